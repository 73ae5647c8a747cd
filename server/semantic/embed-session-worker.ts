/**
 * One session of the embedder pool (embedder-pool.ts): loads the model with a single ONNX thread, says whether it
 * could, then embeds the passages it is sent, one request at a time, and hands the vectors back (transferred).
 */
import { parentPort, workerData } from 'node:worker_threads'
import { loadEmbedder } from './embedder.js'
import type { SessionReply, SessionRequest, SessionStart } from './embedder-pool.js'

const port = parentPort!
const { modelDir } = workerData as SessionStart
let why = ''
const embedder = await loadEmbedder({ modelDir, intraOpThreads: 1, log: (message) => (why = message) })
port.postMessage({ ready: embedder !== null, why } satisfies SessionReply)
port.on('message', async ({ id, texts }: SessionRequest) => {
  try {
    const vectors = await embedder!.embedPassages(texts)
    port.postMessage({ id, vectors } satisfies SessionReply, vectors.map((v) => v.buffer as ArrayBuffer))
  } catch (error) {
    port.postMessage({ id, why: error instanceof Error ? error.message : String(error) } satisfies SessionReply)
  }
})
