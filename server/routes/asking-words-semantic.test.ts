/** Words that ask (which places, how many) and name no topic, in semantic and hybrid mode over the bundled corpus. */
import { describe, expect, it } from 'vitest'
import { modelForTests } from '../testing/model-for-tests.js'
import { useSemanticCorpusApp } from '../testing/semantic-corpus-app.js'

describe.skipIf(modelForTests().skipped)('the places a question asks for, in semantic and hybrid mode', () => {
  const corpus = useSemanticCorpusApp()

  it('finds for 开展课后服务的地方有几个 the clauses 开展课后服务 finds: hybrid 154 (177 before), semantic 93 (100 before), keyword 139 either way', async () => {
    const totals = async (q: string) => Promise.all((['keyword', 'hybrid', 'semantic'] as const).map(async (mode) => (await corpus.search(q, mode)).total))
    expect(await totals('开展课后服务的地方有几个')).toEqual([139, 154, 93])
    expect(await totals('开展课后服务')).toEqual([139, 154, 93])
    expect(await totals('提到双减的城市有哪些')).toEqual([11, 13, 7])
  })
})
