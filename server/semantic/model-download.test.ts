import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeModelStatus, loadEmbedder } from './embedder.js'
import { REMOTE_MODEL_ID } from './model-location.js'
import { modelForTests } from '../testing/model-for-tests.js'

/**
 * A Hub mirror on localhost (the machine has no route to huggingface.co): real HTTP, serving the real model
 * files under the Hub's URL layout, reached through HF_ENDPOINT exactly as a user's mirror would be.
 */
function startMirror(modelPath: string, requests: string[]): Promise<Server> {
  const prefix = `/${REMOTE_MODEL_ID}/resolve/main/`
  const server = createServer((req, res) => {
    const url = decodeURIComponent(req.url ?? '')
    requests.push(url)
    const file = url.startsWith(prefix) ? join(modelPath, url.slice(prefix.length)) : ''
    if (!file || file.includes('..') || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found')
      return
    }
    res.writeHead(200, { 'content-length': statSync(file).size, 'content-type': 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

describe.skipIf(modelForTests().skipped)('loadEmbedder with downloads allowed', () => {
  const installed = modelForTests().location
  const downloadDir = mkdtempSync(join(tmpdir(), 'model-download-'))
  const requests: string[] = []
  let server: Server
  const savedEndpoint = process.env.HF_ENDPOINT

  beforeAll(async () => {
    if (!installed) throw new Error('bge-small-zh-v1.5 is not installed: the mirror serves its files')
    server = await startMirror(installed.path, requests)
    process.env.HF_ENDPOINT = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => {
    if (savedEndpoint === undefined) delete process.env.HF_ENDPOINT
    else process.env.HF_ENDPOINT = savedEndpoint
    server?.close()
    rmSync(downloadDir, { recursive: true, force: true })
  })

  it('downloads the model once into the models folder, then loads it from there without the network', async () => {
    const first = await loadEmbedder({ modelDir: downloadDir, downloadDir, allowDownload: true })
    expect(first).not.toBeNull()
    expect(requests).toContain(`/${REMOTE_MODEL_ID}/resolve/main/onnx/model_quantized.onnx`)
    expect(statSync(join(downloadDir, REMOTE_MODEL_ID, 'onnx/model_quantized.onnx')).size).toBe(
      statSync(join(installed!.path, 'onnx/model_quantized.onnx')).size,
    )

    const served = requests.length
    const second = await loadEmbedder({ modelDir: downloadDir, downloadDir, allowDownload: true })
    expect(second).not.toBeNull()
    expect(requests.length).toBe(served)
    expect(describeModelStatus()).toEqual({
      semantic: true,
      modelId: 'bge-small-zh-v1.5-q8',
      path: join(downloadDir, REMOTE_MODEL_ID),
    })

    const [a] = await first!.embedPassages(['减轻学生课业负担'])
    const [b] = await second!.embedPassages(['减轻学生课业负担'])
    expect(Array.from(b)).toEqual(Array.from(a))
  })

  it('returns null with the reason when the download fails', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'model-download-fail-'))
    process.env.HF_ENDPOINT = 'http://127.0.0.1:9/'
    try {
      const embedder = await loadEmbedder({ modelDir: empty, downloadDir: empty, allowDownload: true, log: () => {} })
      expect(embedder).toBeNull()
      expect(describeModelStatus().reason).toMatch(/^Downloading Xenova\/bge-small-zh-v1\.5 failed \(.+\)\. The embedding model/)
    } finally {
      process.env.HF_ENDPOINT = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      rmSync(empty, { recursive: true, force: true })
    }
  })
})
