/** A sentence pasted from a plan that dates something by a year, searched with the real model over the bundled corpus. */
import { describe, expect, it } from 'vitest'
import { modelForTests } from '../testing/model-for-tests.js'
import { useSemanticCorpusApp } from '../testing/semantic-corpus-app.js'

describe.skipIf(modelForTests().skipped)('a pasted sentence that dates something by a year', () => {
  const corpus = useSemanticCorpusApp()

  it('finds the 2024 clause saying 力争2025年通过义务教育优质均衡发展督导评估 first in every mode, not only 2025\'s plans (it was filtered to 2025 in semantic and hybrid)', async () => {
    for (const mode of ['keyword', 'semantic', 'hybrid'] as const) {
      const body = await corpus.search('力争2025年通过义务教育优质均衡发展督导评估', mode)
      expect([body.inferred, body.hits[0]?.id], mode).toEqual([undefined, 'daxinganling-2024-quanqu-jiaoyu-gongzuo-yaodian-5-26'])
    }
  })

  it('says no year is missing for 全市儿童青少年总体近视率比2022年下降0.5个百分点 and offers no search without 2022; hybrid lists 江门\'s clause saying it first', async () => {
    for (const mode of ['keyword', 'semantic', 'hybrid'] as const) {
      const body = await corpus.search('全市儿童青少年总体近视率比2022年下降0.5个百分点', mode)
      expect([body.absentYears, body.alternatives], mode).toEqual([undefined, undefined])
    }
    expect((await corpus.search('全市儿童青少年总体近视率比2022年下降0.5个百分点', 'hybrid')).hits[0]?.id).toBe('jiangmen-2023-jiaoyuju-gongzuo-yaodian-2-6')
  })
})
