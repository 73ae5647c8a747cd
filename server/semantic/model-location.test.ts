import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { modelForTests } from '../testing/model-for-tests.js'
import { MODEL_NAME, PROJECT_MODELS_DIR, SHARED_MODELS_DIR, candidateModelDirs, findModelIn, locateModel } from './model-location.js'

const installed = modelForTests().location

describe('locateModel', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'model-location-'))
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  it('searches the project models folder, then ../shared/models, when no folder is given', () => {
    const saved = process.env.MODEL_DIR
    delete process.env.MODEL_DIR
    try {
      expect(candidateModelDirs()).toEqual([PROJECT_MODELS_DIR, SHARED_MODELS_DIR])
    } finally {
      if (saved !== undefined) process.env.MODEL_DIR = saved
    }
  })

  it('uses only the given folder, without falling back, when one is given', () => {
    expect(locateModel(scratch)).toEqual({ location: null, searched: [scratch] })
  })

  it.skipIf(!installed)('finds the model whether given the model folder or the folder that holds it', () => {
    expect(installed).not.toBeNull()
    const byParent = findModelIn(installed!.modelsDir)
    const bySelf = findModelIn(installed!.path)
    expect(byParent).toEqual({ modelsDir: installed!.modelsDir, modelId: MODEL_NAME, path: installed!.path })
    expect(bySelf).toEqual(byParent)
  })

  it.skipIf(!installed)('finds a model downloaded into the Hub cache layout (Xenova/bge-small-zh-v1.5)', () => {
    const cached = join(scratch, 'Xenova', MODEL_NAME)
    mkdirSync(join(cached, 'onnx'), { recursive: true })
    for (const file of ['config.json', 'tokenizer.json', 'onnx/model_quantized.onnx']) {
      symlinkSync(join(installed!.path, file), join(cached, file))
    }
    expect(findModelIn(scratch)).toEqual({ modelsDir: scratch, modelId: `Xenova/${MODEL_NAME}`, path: cached })
  })
})
