/** Sound-alike corrections offered in semantic and hybrid mode, with the real model over the bundled corpus. */
import { describe, expect, it } from 'vitest'
import { modelForTests } from '../testing/model-for-tests.js'
import { useSemanticCorpusApp } from '../testing/semantic-corpus-app.js'

describe.skipIf(modelForTests().skipped)('a filler typed in characters of its sound, in semantic and hybrid mode', () => {
  const corpus = useSemanticCorpusApp()

  it('offers 双减政策 for hybrid 双减政侧 (16 against 2) and semantic (13 against 2): its words are in no clause together, though clauses lie near', async () => {
    const hybrid = await corpus.search('双减政侧', 'hybrid')
    expect([hybrid.total, hybrid.alternatives]).toEqual([2, [{ query: '双减政策', mode: 'hybrid', total: 16, soundAlike: true }]])
    const semantic = await corpus.search('双减政侧', 'semantic')
    expect([semantic.total, semantic.alternatives]).toEqual([2, [{ query: '双减政策', mode: 'semantic', total: 13, soundAlike: true }]])
  })

  it('offers no filler for a question whose words the plans hold together: hybrid 浙中课后服务 (88), 双减政策 (16)', async () => {
    for (const q of ['浙中课后服务', '双减政策']) expect((await corpus.search(q, 'hybrid')).alternatives, q).toBeUndefined()
  })
})

describe.skipIf(modelForTests().skipped)('a character typed for one that looks like it, in semantic and hybrid mode', () => {
  const corpus = useSemanticCorpusApp()

  it('offers 职业教育 for 职业教肓: hybrid 91 against 11, semantic 90 against 11; 末来学校 is offered 未来学校 (64 against 2)', async () => {
    expect((await corpus.search('职业教肓', 'hybrid')).alternatives).toEqual([{ query: '职业教育', mode: 'hybrid', total: 91, soundAlike: true }])
    expect((await corpus.search('职业教肓', 'semantic')).alternatives).toEqual([{ query: '职业教育', mode: 'semantic', total: 90, soundAlike: true }])
    expect((await corpus.search('末来学校', 'hybrid')).alternatives).toEqual([{ query: '未来学校', mode: 'hybrid', total: 64, soundAlike: true }])
  })

  it('offers 幼小衔接 for 幼小街接, whose 街 no sound gives away: 15 against 0 in hybrid and semantic', async () => {
    const hybrid = await corpus.search('幼小街接', 'hybrid')
    expect([hybrid.total, hybrid.alternatives]).toEqual([0, [{ query: '幼小衔接', mode: 'hybrid', total: 15, soundAlike: true }]])
    const semantic = await corpus.search('幼小街接', 'semantic')
    expect([semantic.total, semantic.alternatives]).toEqual([0, [{ query: '幼小衔接', mode: 'semantic', total: 15, soundAlike: true }]])
  })

  it('offers no look-alike where the words as typed find 5 clauses or more: hybrid 课后服务, 未来学校', async () => {
    for (const q of ['课后服务', '未来学校']) expect((await corpus.search(q, 'hybrid')).alternatives, q).toBeUndefined()
  })
})
