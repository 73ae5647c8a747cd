/** The looser queries a keyword search with few results offers, through createApp over the bundled corpus. */
import { describe, expect, it } from 'vitest'
import { keywordCorpusApp } from '../../test/fixtures/keyword-corpus-app.js'
import { normalizeForMatch } from '../../indexer/normalize.js'
import { loadCorpusBuild } from '../../test/fixtures/corpus-build.js'
import type { SearchResponse } from '../api-types.js'

const { search } = keywordCorpusApp('alternatives-test')

describe('keyword search with few results', () => {
  it('offers 欺凌 with its count for 如何防止校园欺凌, which finds fewer clauses', async () => {
    const build = await loadCorpusBuild()
    const withQiling = build.clauses.filter((c) => normalizeForMatch(`${c.heading}\n${c.text}`).includes('欺凌')).length
    const body = await search('如何防止校园欺凌')
    expect(body.total).toBeLessThan(withQiling)
    expect(body.alternatives).toContainEqual({ query: '欺凌', mode: 'keyword', total: withQiling })
    expect((await search('欺凌')).total).toBe(withQiling)
  })

  it('offers 欺凌 (4) for 校园欺凌 typed alone, which one clause writes, not 校园 (58); 近视 (5) for 近视防控 (3), not 防控 (11)', async () => {
    const body = await search('校园欺凌')
    expect(body.total).toBe(1)
    expect(body.alternatives?.filter((a) => a.mode === 'keyword')).toEqual([{ query: '欺凌', mode: 'keyword', total: 4 }])
    const myopia = await search('近视防控')
    expect(myopia.total).toBe(3)
    expect(myopia.alternatives?.filter((a) => a.mode === 'keyword')).toEqual([{ query: '近视', mode: 'keyword', total: 5 }])
    expect((await search('近视防控了吗')).alternatives?.filter((a) => a.mode === 'keyword')).toEqual([{ query: '近视', mode: 'keyword', total: 5 }])
  })

  it('offers each term alone, most specific first, for a query of several terms that finds nothing', async () => {
    const body = await search('双减 溺水')
    expect(body.total).toBe(0)
    const offered = body.alternatives!.map((a) => [a.query, a.total])
    const totals = await Promise.all(['溺水', '双减'].map(async (q) => [q, (await search(q)).total]))
    expect(offered).toEqual(totals)
  })

  it('offers nothing for a single phrase, for a query with enough results, and on later pages', async () => {
    expect((await search('欺凌')).alternatives).toBeUndefined()
    expect((await search('课后服务 双减')).total).toBeGreaterThanOrEqual(5)
    expect((await search('课后服务 双减')).alternatives).toBeUndefined()
    expect((await search('如何防止校园欺凌', '&page=2')).alternatives).toBeUndefined()
  })

  it('searches within a city or year the query names, as semantic mode does: the plans say 荆门 rarely, their metadata always', async () => {
    const jingmen = await search('双减', `&city=${encodeURIComponent('荆门市')}`)
    const body = await search('荆门 双减')
    expect(jingmen.total).toBe(2)
    expect(body.total).toBe(2)
    expect(body.inferred).toEqual({ query: '双减', mentions: ['荆门'], city: ['荆门市'] })
    expect(body.hits.map((h) => h.id)).toEqual(jingmen.hits.map((h) => h.id))
    // 长沙2020年课后服务 listed 泉州's and 江门's 课后服务 before 长沙's, the words 长沙 and 2020年 being in none of them.
    const changsha = await search('长沙2020年课后服务')
    expect(changsha.inferred).toEqual({ query: '课后服务', mentions: ['长沙', '2020'], city: ['长沙市'], year: [2020] })
    expect(changsha.hits.map((h) => h.id)).toEqual(['changsha-2020-quanshi-jiaoyu-gongzuo-yaodian-2-3'])
    // Its looser queries are counted and offered within the year: 2024年教师培训 listed the opening paragraphs writing 2024年.
    const training = await search('2024年教师培训')
    expect(training.inferred).toEqual({ query: '教师培训', mentions: ['2024'], year: [2024] })
    expect(training.total).toBe(2)
    expect(training.alternatives!.filter((a) => a.mode === 'keyword')).toEqual([
      { query: '培训', mode: 'keyword', total: (await search('培训', '&year=2024')).total, filters: { year: [2024] } },
    ])
  })

  it('offers the search within a city or year to a question asked as typed (infer=0), first', async () => {
    const jingmen = await search('双减', `&city=${encodeURIComponent('荆门市')}`)
    const body = await search('荆门 双减', '&infer=0')
    expect(body.total).toBe(0)
    expect(body.inferred).toBeUndefined()
    expect(body.alternatives![0]).toEqual({ query: '双减', mode: 'keyword', total: jingmen.total, filters: { city: ['荆门市'] } })
    const in2024 = await search('双减', '&year=2024')
    expect((await search('2024年双减', '&infer=0')).alternatives![0]).toEqual({ query: '双减', mode: 'keyword', total: in2024.total, filters: { year: [2024] } })
  })

  it('offers no search within the place the user filters on already: 荆门 双减 under 荆门市 is offered 双减 (2), once', async () => {
    const body = await search('荆门 双减', `&city=${encodeURIComponent('荆门市')}&infer=0`)
    expect(body.total).toBe(0)
    expect(body.alternatives).toEqual([{ query: '双减', mode: 'keyword', total: 2 }, { query: '荆门', mode: 'keyword', total: 6 }])
  })

  it('offers the search within the places a keyword question names though it finds many clauses: 荆门和泉州在课后服务上有什么不同', async () => {
    const body = await search('荆门和泉州在课后服务上有什么不同', '&infer=0')
    expect(body.total).toBeGreaterThanOrEqual(5)
    // The comparing words go with the places (ba9e39a, plan-level-ask.ts withoutComparing).
    const rest = '课后服务'
    const within = await search(rest, `&city=${encodeURIComponent('荆门市')}&city=${encodeURIComponent('泉州市')}`)
    expect(within.total).toBeGreaterThan(0)
    expect(body.alternatives).toEqual([{ query: rest, mode: 'keyword', total: within.total, filters: { city: ['荆门市', '泉州市'] } }])
    expect((await search('课后服务 双减')).alternatives).toBeUndefined()
  })

  it('offers the search within a place in the words it searches, not the question\'s filler: 荆门有没有提课后服务 → 课后服务', async () => {
    const within = await search('课后服务', `&city=${encodeURIComponent('荆门市')}`)
    expect(within.total).toBe(1)
    expect((await search('荆门有没有提课后服务', '&infer=0')).alternatives).toEqual([{ query: '课后服务', mode: 'keyword', total: 1, filters: { city: ['荆门市'] } }])
    expect((await search('荆门有没提双减', '&infer=0')).alternatives).toEqual([{ query: '双减', mode: 'keyword', total: 2, filters: { city: ['荆门市'] } }])
    // Asked as it comes, it is searched there: the one clause.
    expect((await search('荆门有没有提课后服务')).hits.map((h) => h.id)).toEqual(within.hits.map((h) => h.id))
  })

  it('offers no word found in a third of the plans\' clauses or more: 家长学校 is offered 家长 (5), not 学校 (153), AI教育 not 教育 (251)', async () => {
    expect((await search('学校')).total).toBe(153)
    expect((await search('家长学校')).alternatives).toEqual([{ query: '家长', mode: 'keyword', total: 5 }])
    expect((await search('AI教育')).alternatives).toEqual([
      { query: 'AI 教育', mode: 'keyword', total: 2 },
      { query: '人工智能', mode: 'keyword', total: 8 },
    ])
  })

  it('offers no word inside a longer offer that finds the same clauses: 荆门 有没有提课后服务 is offered 课后服务 (9), not 课后 (9) too', async () => {
    expect((await search('课后')).total).toBe((await search('课后服务')).total)
    const offered = (await search('荆门 有没有提课后服务', '&infer=0')).alternatives!.map((a) => a.query)
    expect(offered).toContain('课后服务')
    expect(offered).not.toContain('课后')
  })

  it('offers the clauses of a place the query only names, which no clause says: 湖北省', async () => {
    const body = await search('湖北省')
    expect(body.total).toBe(0)
    const browse = await search('', `&province=${encodeURIComponent('湖北省')}`)
    expect(browse.total).toBeGreaterThan(0)
    expect(body.alternatives![0]).toEqual({ query: '', mode: 'keyword', total: browse.total, filters: { province: ['湖北省'] } })
  })

  it('offers the clauses of the place, not 新 within it, for a question that leaves one character: 广东省有什么新政策, 荆门有什么新政策', async () => {
    const guangdong = await search('', `&province=${encodeURIComponent('广东省')}`)
    expect(guangdong.total).toBe(28)
    const body = await search('广东省有什么新政策')
    expect(body.total).toBe(0)
    expect(body.alternatives!.filter((a) => a.mode === 'keyword')).toEqual([{ query: '', mode: 'keyword', total: 28, filters: { province: ['广东省'] } }])
    const jingmen = await search('', `&city=${encodeURIComponent('荆门市')}`)
    expect((await search('荆门有什么新政策')).alternatives).toEqual([{ query: '', mode: 'keyword', total: jingmen.total, filters: { city: ['荆门市'] } }])
  })

  it('searches a short term typed with a particle or a topic-less word at its edge as the term: 双减吗, 双减政策, 有校车吗', async () => {
    const shuangjian = (await search('双减')).total
    expect(shuangjian).toBeGreaterThan(0)
    expect((await search('双减吗')).total).toBe(shuangjian)
    expect((await search('双减政策')).total).toBe(shuangjian)
    expect((await search('有校车吗')).total).toBe((await search('校车')).total)
  })

  it('finds what a researcher asks about, not the asking: 哪些城市提到了双减, 各地 和 双减 做法 find the 双减 clauses', async () => {
    const shuangjian = (await search('双减')).total
    expect((await search('哪些城市提到了双减')).total).toBe(shuangjian)
    expect((await search('各地 和 双减 做法')).total).toBe(shuangjian)
  })

  it('offers the plans\' admission words for what parents type and no plan writes: 摇号, 划片, 午托', async () => {
    const offered = async (q: string) => {
      const body = await search(q)
      expect(body.total).toBe(0)
      return body.alternatives!.map((a) => a.query)
    }
    expect(await offered('摇号')).toEqual(['派位', '公民同招', '招生入学'])
    expect(await offered('划片')).toEqual(['招生入学', '就近入学'])
    expect(await offered('午托')).toEqual(['午餐', '托管', '课后服务'])
  })

  it('never offers back a word the query excludes, in words or with a minus: 不要课后服务的，只看托管', async () => {
    for (const q of ['不要课后服务的，只看托管', '托管 -课后服务']) {
      const offered = (await search(q)).alternatives?.map((a) => a.query) ?? []
      // Offered as what it leaves out (托管 -课后服务) it is kept out, not asked for.
      expect(offered.filter((text) => text.replace(/-课后服务/gu, '').includes('课后服务'))).toEqual([])
    }
  })

  it('excludes the term after NOT as a minus does: 双减 NOT 校外培训 finds the 8 clauses of 双减 -校外培训 and offers no 校外培训', async () => {
    const minus = await search('双减 -校外培训')
    const not = await search('双减 NOT 校外培训')
    expect([not.total, not.hits.map((h) => h.id)]).toEqual([8, minus.hits.map((h) => h.id)])
    expect(not.alternatives).toBeUndefined()
  })

  it('keeps out of its looser queries what the query excludes: 校园欺凌 -体罚 → 欺凌 -体罚 (4); 课后服务 -双减 (4) is offered neither 课后 (9) nor 服务', async () => {
    const bullying = await search('校园欺凌 -体罚')
    expect(bullying.total).toBe(1)
    expect(bullying.alternatives).toEqual([{ query: '欺凌 -体罚', mode: 'keyword', total: 4 }])
    const afterSchool = await search('课后服务 -双减')
    expect(afterSchool.total).toBe(4)
    expect((await search('课后 -双减')).total).toBe(4)
    expect(afterSchool.alternatives).toBeUndefined()
  })

  it('offers no word found in a third of the clauses the search is confined to: 荆门2025年学前教育有什么新举措 is not offered 教育', async () => {
    const body = await search('荆门2025年学前教育有什么新举措')
    expect(body.total).toBe(2)
    const within = `&city=${encodeURIComponent('荆门市')}&year=2025`
    // 19 of the 24 clauses of 荆门市 2025: counted against every plan's 343 clauses, it was offered.
    expect([(await search('教育', within)).total, (await search('', within)).total]).toEqual([19, 24])
    expect((body.alternatives ?? []).filter((a) => a.mode === 'keyword')).toEqual([])
  })

  it('offers no word the plans write in another sense, alone: 孩子沉迷手机游戏 is not offered 游戏, the clauses of kindergarten play', async () => {
    const body = await search('孩子沉迷手机游戏')
    expect(body.hits.map((h) => h.id)).toEqual(['jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian-2-6'])
    expect((await search('游戏')).total).toBe(7)
    expect((body.alternatives ?? []).filter((a) => a.mode === 'keyword')).toEqual([])
  })

  it('offers the plans\' word for a short everyday word that finds nothing as typed: 霸凌 → 欺凌', async () => {
    const body = await search('霸凌')
    expect(body.total).toBe(0)
    expect(body.alternatives).toEqual([{ query: '欺凌', mode: 'keyword', total: (await search('欺凌')).total }])
  })

  it('sets apart the two words of a short phrase the plans never write side by side: 学生近视 → 学生 近视', async () => {
    const build = await loadCorpusBuild()
    const both = build.clauses.filter((c) => ['学生', '近视'].every((w) => normalizeForMatch(`${c.heading}\n${c.text}`).includes(w))).length
    const body = await search('学生近视')
    expect(body.total).toBeLessThan(both)
    expect(body.alternatives![0]).toEqual({ query: '学生 近视', mode: 'keyword', total: both })
    // 近视 alone finds the same clauses here, so it is not offered a second time.
    expect((await search('近视')).total).toBe(both)
    expect(body.alternatives!.map((a) => a.query)).not.toContain('近视')
  })
})

describe('numbers typed in Chinese numerals', () => {
  it('offers the query with its numbers in digits, as the plans write them: 十五分钟 → 15分钟, 二〇二五年 → 2025年', async () => {
    for (const [typed, digits] of [['十五分钟', '15分钟'], ['二〇二五年', '2025年']]) {
      const body = await search(typed)
      expect(body.total).toBe(0)
      const written = (await search(digits)).total
      expect(written).toBeGreaterThan(0)
      expect(body.alternatives![0]).toEqual({ query: digits, mode: 'keyword', total: written })
    }
  })
})

describe('a district or county no plan is of, in a city whose plan is held', () => {
  it('offers the question within the city: 东宝区的双减 → 双减 · 限 荆门市, 掇刀区 alone → 荆门市\'s clauses', async () => {
    const body = await search('东宝区的双减')
    expect(body.absentPlaces).toEqual(['东宝区'])
    expect(body.alternatives).toEqual([{ query: '双减', mode: 'keyword', total: (await search('双减', '&city=荆门市')).total, filters: { city: ['荆门市'] } }])
    expect((await search('掇刀区')).alternatives).toEqual([{ query: '', mode: 'keyword', total: (await search('', '&city=荆门市')).total, filters: { city: ['荆门市'] } }])
    // The user's own filter to another city asks for that city.
    expect((await search('东宝区的双减', '&city=江门市')).alternatives).toBeUndefined()
  })

  it('offers no city for a district left out (东宝区以外的双减, 除了东宝区的双减), and drops the 和 between two districts: 丰泽区和鲤城区的课后服务 → 课后服务 · 限 泉州市', async () => {
    const parentCity = (body: SearchResponse) => body.alternatives?.filter((a) => a.filters?.city !== undefined) ?? []
    expect(parentCity(await search('东宝区以外的双减'))).toEqual([])
    expect(parentCity(await search('除了东宝区的双减'))).toEqual([])
    expect(parentCity(await search('丰泽区和鲤城区的课后服务'))).toEqual([
      { query: '课后服务', mode: 'keyword', total: (await search('课后服务', '&city=泉州市')).total, filters: { city: ['泉州市'] } },
    ])
  })
})

describe('a word typed in characters of the same sound', () => {
  it('asks 您是不是要找 with the plans\' word that sounds the same: 双剪 → 双减, 课后服物 → 课后服务, 泉洲 → 泉州', async () => {
    const first = async (q: string) => {
      const body = await search(q)
      expect(body.total).toBe(0)
      return body.alternatives![0]
    }
    expect(await first('双剪')).toEqual({ query: '双减', mode: 'keyword', total: (await search('双减')).total, soundAlike: true })
    expect(await first('课后服物')).toEqual({ query: '课后服务', mode: 'keyword', total: (await search('课后服务')).total, soundAlike: true })
    expect(await first('双剪 课后服物')).toEqual({ query: '双减 课后服务', mode: 'keyword', total: (await search('双减 课后服务')).total, soundAlike: true })
    expect(await first('泉洲')).toEqual({ query: '泉州', mode: 'keyword', total: (await search('泉州')).total, soundAlike: true })
    expect(await first('shuangjian')).toEqual({ query: '双减', mode: 'keyword', total: (await search('双减')).total, soundAlike: true })
  })

  it('corrects the word of a question that no clause holds, while the rest finds clauses: 双剪怎么落实', async () => {
    const body = await search('双剪怎么落实')
    expect(body.total).toBeGreaterThan(0)
    expect(body.alternatives).toEqual([{ query: '双减怎么落实', mode: 'keyword', total: (await search('双减怎么落实')).total, soundAlike: true }])
  })

  it('corrects a slip inside a question that the segmenter cut into words of its own: 心里健康教育, 校园欺陵', async () => {
    for (const [typed, meant] of [['心里健康教育', '心理健康教育'], ['校园欺陵', '校园欺凌']]) {
      const body = await search(typed)
      expect(body.alternatives?.[0]).toEqual({ query: meant, mode: 'keyword', total: (await search(meant)).total, soundAlike: true })
    }
  })

  it('leaves a common word spelt right, though the plans hold a word of its sound more often: 自愿 (not 资源), 一种 (not 一中), 全州, 自愿参加课后服务', async () => {
    for (const q of ['自愿', '一种', '全州', '自愿参加课后服务']) expect((await search(q)).alternatives).toBeUndefined()
  })

  it('corrects a common word where its neighbour shows the slip and the plans hold the two corrected: 心里辅导 → 心理辅导', async () => {
    expect((await search('心里辅导')).alternatives?.[0]).toEqual({ query: '心理辅导', mode: 'keyword', total: (await search('心理辅导')).total, soundAlike: true })
  })

  it('offers 职业教育 (18) for 职业教肓 (0), a character typed for one that looks like it, and for a query that found nothing however few the correction finds: 末来学校 → 未来学校 (1), 幼小街接 → 幼小衔接 (3)', async () => {
    expect((await search('职业教肓')).alternatives?.[0]).toEqual({ query: '职业教育', mode: 'keyword', total: 18, soundAlike: true })
    expect((await search('末来学校')).alternatives).toEqual([{ query: '未来学校', mode: 'keyword', total: 1, soundAlike: true }])
    expect((await search('幼小街接')).alternatives).toEqual([{ query: '幼小衔接', mode: 'keyword', total: 3, soundAlike: true }, { query: '幼小', mode: 'keyword', total: 5 }])
  })

  it('leaves a query whose words the plans hold as typed, however it sounds', async () => {
    expect((await search('双减怎么落实')).alternatives).toBeUndefined()
    expect((await search('近视')).alternatives).toBeUndefined()
  })
})

describe('places the index holds no plan of', () => {
  it('says which places a query names have no plan here: 南京 双减 → 南京市, and nothing for 荆门 双减', async () => {
    expect((await search('南京 双减')).absentPlaces).toEqual(['南京市'])
    expect((await search('浙江省的课后服务')).absentPlaces).toEqual(['浙江省'])
    expect((await search('荆门 双减')).absentPlaces).toBeUndefined()
    expect((await search('南京 双减', '&page=2')).absentPlaces).toBeUndefined()
  })
})

describe('years the index holds no plan of', () => {
  it('says a named year has no plan here and offers the topic in every year: 2021年的双减 → 2021, 双减', async () => {
    const body = await search('2021年的双减')
    expect(body.total).toBe(0)
    expect(body.absentYears).toEqual([2021])
    expect(body.alternatives).toContainEqual({ query: '双减', mode: 'keyword', total: (await search('双减')).total })
    expect((await search('2024年的双减')).absentYears).toBeUndefined()
    expect((await search('2035年 教育强国')).absentYears).toBeUndefined()
  })

  it('offers the topic within the newest year held for a year newer than any plan: 2026年的双减, 明年课后服务有什么新要求', async () => {
    const newest = (await search('2026年的双减')).alternatives
    const in2025 = (await search('双减', '&year=2025')).total
    expect(in2025).toBeGreaterThan(0)
    expect(newest).toContainEqual({ query: '双减', mode: 'keyword', total: in2025, filters: { year: [2025] } })
    const next = await search('明年课后服务有什么新要求')
    expect(next.alternatives).toContainEqual({ query: '课后服务有什么新要求', mode: 'keyword', total: (await search('课后服务有什么新要求', '&year=2025')).total, filters: { year: [2025] } })
    // A year older than the newest plan is not asked for the newest plans.
    expect((await search('2021年的双减')).alternatives?.some((a) => a.filters?.year)).toBe(false)
  })

  it('offers the newest plans without a place no plan here is of: 深圳2026年的双减 → 双减 · 限 2025年 (3), and says 深圳市 has none', async () => {
    const body = await search('深圳2026年的双减')
    expect([body.absentPlaces, body.absentYears]).toEqual([['深圳市'], [2026]])
    expect(body.alternatives).toEqual([{ query: '双减', mode: 'keyword', total: 3, filters: { year: [2025] } }, { query: '双减', mode: 'keyword', total: 11 }])
    expect((await search('武汉市和深圳2026年的双减')).alternatives?.[0]).toEqual({ query: '双减', mode: 'keyword', total: 3, filters: { year: [2025] } })
  })
})

describe('questions about plans, not clauses', () => {
  it('offers the spread of the topic for a question asking which cities or since when: 哪些城市提到了人工智能, 哪一年开始提双减', async () => {
    const places = await search('哪些城市提到了人工智能')
    expect(places.total).toBe((await search('人工智能')).total)
    expect(places.research).toEqual({ query: '人工智能', asks: 'places' })
    expect((await search('哪一年开始提双减')).research).toEqual({ query: '双减', asks: 'years' })
    // The topic as typed, not the vocabulary's words that keyword mode widens the question by, nor lower-cased.
    expect((await search('各地STEM教育怎么做')).research).toEqual({ query: 'STEM 教育', asks: 'places' })
    expect((await search('荆门和江门的AI教育有什么不同')).research).toEqual({ query: 'AI教育', asks: 'compare', city: ['荆门市', '江门市'] })
    expect((await search('人工智能')).research).toBeUndefined()
    expect((await search('哪些城市提到了人工智能', '&page=2')).research).toBeUndefined()
  })

  it('offers the comparison of the topic across the cities a question compares: 荆门和江门的双减有什么不同', async () => {
    expect((await search('荆门和江门的双减有什么不同')).research).toEqual({ query: '双减', asks: 'compare', city: ['荆门市', '江门市'] })
    expect((await search('荆门和江门的双减')).research).toBeUndefined()
  })
})
