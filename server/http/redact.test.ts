import { describe, expect, it } from 'vitest'
import { redactPaths } from './redact.js'

describe('redactPaths', () => {
  it('cuts absolute paths to their last segment', () => {
    expect(redactPaths('The search index /work/main/data/build/index.sqlite does not exist. Run `npm run index` to build it.')).toBe(
      'The search index …/index.sqlite does not exist. Run `npm run index` to build it.',
    )
    expect(redactPaths('looked in: /a/b/models, C:\\portal\\data\\models')).toBe('looked in: …/models, …/models')
  })

  it('leaves URLs, fractions and relative names alone', () => {
    const text = 'download https://huggingface.co/Xenova/bge-small-zh-v1.5 into data/models (1/2 done)'
    expect(redactPaths(text)).toBe(text)
  })
})
