/**
 * Where the embedding model lives on disk. The lookup order is part of the product's contract:
 * an explicit folder (MODEL_DIR / option) wins, then the project's own data/models/, then the machine-wide
 * ../shared/models next to the project. Only the first folder that actually holds the model is used.
 */
import { existsSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The model's folder name in a models folder (the Transformers.js local layout). */
export const MODEL_NAME = 'bge-small-zh-v1.5'
/** The Hub repository a user's machine downloads from when downloads are allowed. */
export const REMOTE_MODEL_ID = `Xenova/${MODEL_NAME}`
/** The int8 weights; there is no fp32 file in the shipped copy, so this file decides "model present". */
export const MODEL_WEIGHTS = 'onnx/model_quantized.onnx'
const REQUIRED_FILES = [MODEL_WEIGHTS, 'tokenizer.json', 'config.json']

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const PROJECT_MODELS_DIR = join(PROJECT_ROOT, 'data', 'models')
export const SHARED_MODELS_DIR = resolve(PROJECT_ROOT, '..', 'shared', 'models')

export interface ModelLocation {
  /** Folder to hand to Transformers.js as `localModelPath`. */
  modelsDir: string
  /** Model id relative to `modelsDir`. */
  modelId: string
  /** The folder holding config.json and onnx/. */
  path: string
}

function hasModelFiles(folder: string): boolean {
  return REQUIRED_FILES.every((file) => existsSync(join(folder, file)))
}

/**
 * Finds the model inside one candidate folder. A candidate may be the model folder itself, a models folder
 * holding `bge-small-zh-v1.5/`, or a download cache holding `Xenova/bge-small-zh-v1.5/`.
 */
export function findModelIn(candidate: string): ModelLocation | null {
  const folder = resolve(candidate)
  if (hasModelFiles(folder)) {
    return { modelsDir: dirname(folder), modelId: basename(folder), path: folder }
  }
  for (const modelId of [MODEL_NAME, REMOTE_MODEL_ID]) {
    const path = join(folder, modelId)
    if (hasModelFiles(path)) return { modelsDir: folder, modelId, path }
  }
  return null
}

/** The folders searched, in order, for a given explicit folder (or none). */
export function candidateModelDirs(explicit?: string): string[] {
  const fromEnv = explicit ?? process.env.MODEL_DIR
  const dirs = fromEnv ? [resolve(fromEnv)] : []
  // An explicit folder is a decision: do not silently fall back to another copy when it is empty.
  if (dirs.length > 0) return dirs
  return [PROJECT_MODELS_DIR, SHARED_MODELS_DIR]
}

export function locateModel(explicit?: string): { location: ModelLocation | null; searched: string[] } {
  const searched = candidateModelDirs(explicit)
  for (const dir of searched) {
    const location = findModelIn(dir)
    if (location) return { location, searched }
  }
  return { location: null, searched }
}
