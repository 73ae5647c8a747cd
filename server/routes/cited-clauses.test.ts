/** A pasted citation (六、第25条) over the bundled corpus: the clauses at that place, and what the page says. */
import { describe, expect, it } from 'vitest'
import { keywordCorpusApp } from '../../test/fixtures/keyword-corpus-app.js'
import type { SearchResponse } from '../api-types.js'
import { createApp } from '../app.js'

const { search, request } = keywordCorpusApp('cited-clauses-test')

const ids = (body: SearchResponse) => body.cited?.clauses.map((c) => c.id)

describe('a pasted citation', () => {
  it('lists the clauses at 六、第25条 in every plan as its hits (its words found 0 and said nothing), named in cited too', async () => {
    const body = await search('六、第25条')
    const at = ['2024-xian-jiaoyu-tiyu-gongzuo-yaodian-ba3c75-6-25', 'jiangmen-2023-jiaoyuju-gongzuo-yaodian-6-25']
    expect([body.total, body.hits.map((h) => h.id), ids(body), body.emptyReason, body.alternatives]).toEqual([2, at, at, undefined, undefined])
    expect(body.cited?.clauses[1]?.citation).toBe('江门市教育局《江门市教育局2023年工作要点》（江教办〔2023〕5号，2023年3月15日）六、第25条')
    expect(body.facets.city).toEqual([{ value: '江门市', count: 1 }])
  })

  it('lists the one clause a whole pasted citation names (its title\'s words listed 151 clauses, not it)', async () => {
    const body = await search('江门市教育局《江门市教育局2023年工作要点》（江教办〔2023〕5号，2023年3月15日）六、第25条')
    expect([body.total, body.hits.map((h) => h.id)]).toEqual([1, ['jiangmen-2023-jiaoyuju-gongzuo-yaodian-6-25']])
  })

  it('looks only in the plan named before the place, or under the filters: 江门市教育局2023年工作要点 六、第25条 → 江门\'s clause 25, 二、第6条 under 荣成市 → 荣成\'s', async () => {
    expect(ids(await search('江门市教育局2023年工作要点 六、第25条'))).toEqual(['jiangmen-2023-jiaoyuju-gongzuo-yaodian-6-25'])
    expect(ids(await search('二、第6条', `&city=${encodeURIComponent('荣成市')}`))).toEqual(['rongcheng-2024-quanshi-jiaoyu-he-tiyu-gongzuo-yaodian-2-6'])
    expect((await search('二、第6条')).cited?.clauses).toHaveLength(7)
  })

  it('finds a clause by its section written out, 三、（一）第11条, though its plan cites it 三、第11条', async () => {
    expect((await search('三、（一）第11条')).cited?.clauses.map((c) => c.citation)).toEqual(['大兴安岭地区《2024年全区教育工作要点》（收录于《教育和体育局2024年工作要点汇编(7篇)》第1篇）三、第11条'])
  })

  it('says no plan here has 第二部分 一、（二）, and offers none of its words (第二, 部分) in its place', async () => {
    const body = await search('第二部分 一、（二）')
    expect([body.total, ids(body), body.alternatives]).toEqual([0, [], undefined])
    expect(body.emptyReason).toBe('“第二部分 一、（二）”是条款在文件中的位置（引用格式），条文里不写这几个字。已收录文件中没有这一位置的条款：请核对章节与条款序号。')
  })

  it('leaves words before a place that name no plan here to the search as usual: 义务教育法第25条 finds 16 by its words, no message', async () => {
    const body = await search('义务教育法第25条')
    expect([body.total, ids(body), body.emptyReason]).toEqual([16, [], undefined])
  })

  it('exports the clauses at 六、第25条 as the search lists them (the download held 0 rows while the page listed 2)', async () => {
    const res = await request(`/api/export?format=json&mode=keyword&q=${encodeURIComponent('六、第25条')}`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { rows: { id: string }[] }
    expect(body.rows.map((r) => r.id)).toEqual(['2024-xian-jiaoyu-tiyu-gongzuo-yaodian-ba3c75-6-25', 'jiangmen-2023-jiaoyuju-gongzuo-yaodian-6-25'])
  })
})
