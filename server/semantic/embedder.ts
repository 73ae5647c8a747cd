/**
 * The real sentence-embedding model (BAAI bge-small-zh-v1.5, int8 ONNX) run in-process with Transformers.js.
 * When the model is not on disk, loadEmbedder returns null and records why, so keyword search carries on and
 * semantic search can answer "unavailable" with instructions. Nothing ever stands in for the model.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Embedder } from '../engine/types.js'
import {
  MODEL_NAME,
  PROJECT_MODELS_DIR,
  REMOTE_MODEL_ID,
  locateModel,
  type ModelLocation,
} from './model-location.js'

/** bge-*-zh v1.5 is trained to put this instruction in front of short queries (never passages). */
export const QUERY_INSTRUCTION = '为这个句子生成表示以用于检索相关文章：'
export const EMBEDDING_DIMENSION = 512
/** Identifies the vectors: weights + quantisation. A different id means incomparable vectors. */
export const EMBEDDING_MODEL_ID = `${MODEL_NAME}-q8`

export const defaultEmbedderOptions = {
  /**
   * Passages per forward pass. 1 on purpose: the int8 model quantises activations per batch, so padding from
   * batch mates changes a passage's vector (cosine 0.99 instead of 1), and batching is also slower on 2 cores
   * (measured with ~200-character clauses: 74/s at 1, 56/s at 4, 38/s at 16). One at a time, a text always
   * gets the same vector, whatever it is embedded with, and queries match passages exactly.
   */
  batchSize: 1,
  /**
   * Characters kept from any input before tokenising. The model's window is 512 tokens and its vocabulary is
   * character-level for Chinese, so text past ~510 characters would be cut by the tokenizer anyway;
   * this only avoids tokenising very long inputs for nothing.
   */
  maxInputChars: 1024,
}

export interface LoadEmbedderOptions {
  /** A folder holding the model (or a models folder holding `bge-small-zh-v1.5/`). Overrides MODEL_DIR. */
  modelDir?: string
  /**
   * Allow a first-run download from the Hugging Face Hub when no folder holds the model. Off by default;
   * ALLOW_MODEL_DOWNLOAD=1 turns it on. HF_ENDPOINT points it at a mirror (e.g. https://hf-mirror.com).
   */
  allowDownload?: boolean
  /** Where a download goes; data/models/ by default, which the next run searches. */
  downloadDir?: string
  /** Where the reason goes when the model cannot be loaded; defaults to console.warn. */
  log?: (message: string) => void
  /** Threads of the one forward pass (ONNX Runtime's intra-op threads); unset: one per core. */
  intraOpThreads?: number
}

export interface ModelStatus {
  semantic: boolean
  modelId: string | null
  /** The folder the model was loaded from. */
  path: string | null
  /** Why semantic search is unavailable and how to fix it. */
  reason?: string
}

let status: ModelStatus = {
  semantic: false,
  modelId: null,
  path: null,
  reason: 'The embedding model has not been loaded yet.',
}

/** For /api/health: whether the last loadEmbedder call produced a model, and if not, why. */
export function describeModelStatus(): ModelStatus {
  return { ...status }
}

export function installInstructions(searched: string[]): string {
  return (
    `The embedding model ${MODEL_NAME} was not found (looked in: ${searched.join(', ')}). ` +
    `Semantic and hybrid search are off; keyword search works as usual. To enable them, copy the model folder ` +
    `(config.json, tokenizer.json, onnx/model_quantized.onnx from Xenova/${MODEL_NAME}) to ` +
    `${PROJECT_MODELS_DIR}/${MODEL_NAME}/, or set MODEL_DIR to a folder that holds it, ` +
    `or run once with internet access and ALLOW_MODEL_DOWNLOAD=1 to download it (about 24 MB; ` +
    `HF_ENDPOINT=<mirror URL> to download from a Hugging Face mirror).`
  )
}

type FeatureExtractor = (texts: string[], options: { pooling: 'cls'; normalize: boolean }) => Promise<{
  data: Float32Array | ArrayLike<number>
  dims: number[]
}>

class BgeEmbedder implements Embedder {
  readonly modelId = EMBEDDING_MODEL_ID
  readonly dimension = EMBEDDING_DIMENSION
  /** Calls run one after another: ONNX already uses every core for one batch, interleaving only adds latency. */
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly extract: FeatureExtractor,
    private readonly batchSize: number,
    private readonly maxInputChars: number,
  ) {}

  async embedPassages(texts: string[]): Promise<Float32Array[]> {
    const out = new Array<Float32Array>(texts.length)
    // Sorting by length keeps padding (wasted compute) low inside each batch.
    const order = texts.map((_, i) => i).sort((a, b) => texts[a].length - texts[b].length)
    for (let start = 0; start < order.length; start += this.batchSize) {
      const idx = order.slice(start, start + this.batchSize)
      const vectors = await this.run(idx.map((i) => texts[i]))
      idx.forEach((i, k) => (out[i] = vectors[k]))
    }
    return out
  }

  async embedQuery(text: string): Promise<Float32Array> {
    const [vector] = await this.run([QUERY_INSTRUCTION + text.trim()])
    return vector
  }

  private run(texts: string[]): Promise<Float32Array[]> {
    const inputs = texts.map((t) => (t.length > this.maxInputChars ? t.slice(0, this.maxInputChars) : t))
    const next = this.queue.then(async () => {
      const tensor = await this.extract(inputs, { pooling: 'cls', normalize: true })
      const [rows, dims] = tensor.dims
      if (dims !== this.dimension) {
        throw new Error(`The model returned ${dims}-dimensional vectors; ${this.dimension} were expected.`)
      }
      const data = Float32Array.from(tensor.data as ArrayLike<number>)
      return Array.from({ length: rows }, (_, r) => data.slice(r * dims, (r + 1) * dims))
    })
    this.queue = next.catch(() => undefined)
    return next
  }
}

/**
 * Loads the model from MODEL_DIR / opts.modelDir, else data/models/, else ../shared/models; returns null
 * with a logged reason when none holds it (and downloads are not allowed) or when loading fails.
 */
export async function loadEmbedder(opts: LoadEmbedderOptions = {}): Promise<Embedder | null> {
  const log = opts.log ?? ((message: string) => console.warn(message))
  const allowDownload = opts.allowDownload ?? ['1', 'true'].includes(process.env.ALLOW_MODEL_DOWNLOAD ?? '')
  const downloadDir = opts.downloadDir ?? PROJECT_MODELS_DIR
  const { location, searched } = locateModel(opts.modelDir)
  let target: ModelLocation | null = location
  if (!target && allowDownload) {
    mkdirSync(downloadDir, { recursive: true })
    target = { modelsDir: downloadDir, modelId: REMOTE_MODEL_ID, path: join(downloadDir, REMOTE_MODEL_ID) }
  }
  if (!target) {
    status = { semantic: false, modelId: null, path: null, reason: installInstructions(searched) }
    log(status.reason!)
    return null
  }

  try {
    const { env, pipeline } = await import('@huggingface/transformers')
    env.localModelPath = `${target.modelsDir}/`
    env.allowLocalModels = true
    env.allowRemoteModels = allowDownload && !location
    if (process.env.HF_ENDPOINT) env.remoteHost = process.env.HF_ENDPOINT.replace(/\/?$/, '/')
    // A download lands in <downloadDir>/Xenova/bge-small-zh-v1.5/, which locateModel finds on the next run.
    env.cacheDir = downloadDir
    const extractor = await pipeline('feature-extraction', target.modelId, {
      dtype: 'q8',
      session_options: {
        // ONNX Runtime's worker threads spin while idle. On a machine whose cores are shared (the server, the
        // indexer and everything else on 2 cores), spinning threads fight each other: measured at load 10,
        // 2 spinning threads gave 6.9 passages/s, 2 non-spinning 16.1/s, 1 thread 18.0/s.
        extra: { session: { intra_op: { allow_spinning: '0' } } },
        ...(opts.intraOpThreads ? { intraOpNumThreads: opts.intraOpThreads } : {}),
      },
    })
    const embedder = new BgeEmbedder(
      extractor as unknown as FeatureExtractor,
      defaultEmbedderOptions.batchSize,
      defaultEmbedderOptions.maxInputChars,
    )
    status = { semantic: true, modelId: embedder.modelId, path: target.path }
    return embedder
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    const fix = location
      ? `The model files in ${target.path} could not be loaded (${why}). Replace them with a fresh copy of ` +
        `Xenova/${MODEL_NAME} (onnx/model_quantized.onnx, tokenizer.json, config.json).`
      : `Downloading ${REMOTE_MODEL_ID} failed (${why}). ${installInstructions(searched)}`
    status = { semantic: false, modelId: null, path: null, reason: fix }
    log(fix)
    return null
  }
}

