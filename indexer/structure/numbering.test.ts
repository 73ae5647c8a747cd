import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitClauses } from './clause-splitter.js'
import { findNumbering } from './numbering.js'
import { breakAtMarkers } from './marker-lines.js'

const brief = (lines: string[]) =>
  splitClauses(lines).records.filter((r) => r.kind === 'clause').map((r) => [r.chapter?.number ?? null, r.number, r.heading])

describe('findNumbering', () => {
  it('accepts markers inside a line when they continue their sequence', () => {
    const text = '一、总体要求 坚持稳中求进。二、主要任务 1.加强党建。全面加强。2.推进改革。深化改革。三、保障措施 3.强化保障。'
    expect(findNumbering(text).map((m) => [m.kind, m.number, m.context])).toEqual([
      ['cn', 1, 'line-start'], ['cn', 2, 'after-break'], ['arabic', 1, 'after-break'], ['arabic', 2, 'after-break'],
      ['cn', 3, 'after-break'], ['arabic', 3, 'after-break'],
    ])
  })

  it('does not take decimals, dates, years, quantities or lists of grades for numbering', () => {
    const text = '1.扩大资源。投入1.5亿元，建成“教育云”2.0版，2022.3完成验收。2023年新增学位3600个，小学一、二年级不布置书面作业，3、4年级减量。2.提升质量。'
    expect(findNumbering(text).map((m) => [m.kind, m.number])).toEqual([['arabic', 1], ['arabic', 2]])
  })

  it('reads articles numbered in digits and separators turned into ASCII commas', () => {
    expect(findNumbering('第1条 为规范办学行为，制定本办法。第2条 本办法适用于本市。').map((m) => [m.kind, m.number, m.label])).toEqual([
      ['article', 1, '第1条'], ['article', 2, '第2条'],
    ])
    expect(findNumbering('一,总体要求\n1,强化理论武装。2,加强基层党建。一,二年级不布置书面作业。').map((m) => [m.kind, m.number])).toEqual([
      ['cn', 1], ['arabic', 1], ['arabic', 2],
    ])
  })

  it('takes a skipped number for a gap only when the missing number does not follow within the same parent', () => {
    expect(findNumbering('1.加强党建。\n2.推进改革。\n4、双优创建达标。\n3.强化保障。').map((m) => m.number)).toEqual([1, 2, 3])
    expect(findNumbering('一、党建\n1.加强党建。\n3.推进改革。\n二、保障\n1.强化保障。\n2.强化督导。').map((m) => m.number)).toEqual([1, 1, 3, 2, 1, 2])
  })

  it('takes an item that opens with a year', () => {
    expect(findNumbering('4.加强安全管理。开展排查。5.2024年底前完成校舍改造。').map((m) => [m.kind, m.number])).toEqual([['arabic', 4], ['arabic', 5]])
  })

  it('does not take an article cited inside a sentence for the next article', () => {
    const text = '第九条 收费应当公开透明，依照本办法第十条规定实行资金监管。第十条 预收费用应当进入监管账户。'
    expect(findNumbering(text).map((m) => [m.kind, m.number, m.at])).toEqual([['article', 9, 0], ['article', 10, 30]])
  })

  it('reads ⑴ as （1） and ⒈ as 1., and numbers in full-width digits as ASCII ones', () => {
    expect(findNumbering('⒈加强党建。\n⒉推进改革。重点做好：⑴深化评价改革；⑵推进集团化办学。\n３．强化保障。（１）落实经费。').map((m) => [m.kind, m.number, m.label])).toEqual([
      ['arabic', 1, '1'], ['arabic', 2, '2'], ['arabic-paren', 1, '（1）'], ['arabic-paren', 2, '（2）'], ['arabic', 3, '3'], ['arabic-paren', 1, '（1）'],
    ])
  })

  it('takes circled numbers only at a line start: a ①② list run into its sentence is no numbering', () => {
    const text = '1.加强党建。重点做好：①健全制度；②完善机制。\n①推进党建品牌创建\n②实施“双培养”工程\n2.推进改革，①深化评价改革，②推进集团化办学。'
    expect(findNumbering(text).map((m) => [m.kind, m.number, m.context, m.label])).toEqual([
      ['arabic', 1, 'line-start', '1'], ['circled', 1, 'line-start', '①'], ['circled', 2, 'line-start', '②'], ['arabic', 2, 'line-start', '2'],
    ])
  })

  it('takes 1) and 1） at a line start or after a break, never glued to words or closing a bracket (见附件1）)', () => {
    expect(findNumbering('1)加强党建。\n2）推进改革。').map((m) => [m.kind, m.number, m.context])).toEqual([
      ['arabic-half-paren', 1, 'line-start'], ['arabic-half-paren', 2, 'line-start'],
    ])
    expect(findNumbering('1.推进改革。措施：1)深化评价改革；2)推进集团化办学。\n2.强化保障。').map((m) => [m.kind, m.number, m.context])).toEqual([
      ['arabic', 1, 'line-start'], ['arabic-half-paren', 1, 'after-break'], ['arabic-half-paren', 2, 'after-break'], ['arabic', 2, 'line-start'],
    ])
    expect(findNumbering('1.落实《条例》（见附件1）要求。\n2.按照附件2)执行，（3）项目全部完工。')).toMatchObject([{ kind: 'arabic', number: 1 }, { kind: 'arabic', number: 2 }])
    expect(findNumbering('1.落实《条例》（详见附件 1）要求，开展专项治理。\n2.完善制度。')).toMatchObject([{ kind: 'arabic', number: 1 }, { kind: 'arabic', number: 2 }])
  })

  it('takes no number on a line that lists attachments (附件：1.… 2.…) for numbering, and reads the lines around it as before', () => {
    const text = '现将《开封市2024年教育工作要点》印发给你们。\n附件：1.开封市2024年教育工作要点 2.开封市2024年教育重点任务分工表\n一、坚持党建引领\n1.深化理论武装。健全制度。 2.加强基层党组织建设。开展创建。'
    expect(findNumbering(text).map((m) => [m.kind, m.number, m.context])).toEqual([
      ['cn', 1, 'line-start'],
      ['arabic', 1, 'line-start'],
      ['arabic', 2, 'after-break'],
    ])
    expect(breakAtMarkers(text).split('\n')[1]).toBe('附件：1.开封市2024年教育工作要点 2.开封市2024年教育重点任务分工表')
  })

  it('restarts a sequence at 1 only under a new parent', () => {
    const text = '1.加强党建。要求如下。1.是一个列举。2.推进改革。二、保障 1.强化保障。'
    expect(findNumbering(text).map((m) => [m.kind, m.number])).toEqual([['arabic', 1], ['arabic', 2], ['cn', 2], ['arabic', 1]])
  })
})

describe('splitClauses on flattened text', () => {
  it('uses （一） as the clause level when no arabic level is below it', () => {
    const plan = splitClauses(['一、总体思路 坚持高质量发展。二、重点任务 （一）加强党的领导。健全体制。（二）落实立德树人。推进思政课建设。三、保障措施 （一）加强经费保障。落实投入。'])
    // Chapter 一's line, a title alone, stands over nothing: it is a heading-only record with no number (empty-chapters.ts).
    expect(plan.records.map((r) => [r.chapter?.number, r.number, r.heading, r.headingOnly])).toEqual([
      ['一', null, '总体思路 坚持高质量发展', true], ['二', 1, '加强党的领导', undefined], ['二', 2, '落实立德树人', undefined], ['三', 1, '加强经费保障', undefined],
    ])
    expect(plan.records[0].text).toBe('一、总体思路 坚持高质量发展。')
  })

  it('uses the 1. level when 一、 → （一） → 1. are all present, and reports the levels', () => {
    const plan = splitClauses(['一、坚持党建引领（一）加强政治建设1.强化理论武装。坚持第一议题制度。2.加强基层党建。（二）加强思想政治工作3.推进思政课改革。'])
    expect(plan.records.filter((r) => r.kind === 'clause').map((r) => [r.chapter?.number, r.section, r.number, r.heading])).toEqual([
      ['一', '（一）加强政治建设', 1, '强化理论武装'],
      ['一', '（一）加强政治建设', 2, '加强基层党建'],
      ['一', '（二）加强思想政治工作', 3, '推进思政课改革'],
    ])
    expect(plan.levels).toEqual([
      { marker: '一、', role: 'chapter', count: 1 },
      { marker: '（一）', role: 'section', count: 2 },
      { marker: '1.', role: 'clause', count: 3 },
    ])
  })

  it('numbers clauses with （1） 1) ① ⑴ under （一） when the numbering runs on from one （一） into the next', () => {
    for (const [mark, level] of [[(n: number) => `（${n}）`, '（1）'], [(n: number) => `${n})`, '1)'], [(n: number) => '①②③④'[n - 1], '①'], [(n: number) => '⑴⑵⑶⑷'[n - 1], '⑴']] as const) {
      const plan = splitClauses(['一、坚持党建引领', '（一）加强政治建设', `${mark(1)}强化理论武装。`, `${mark(2)}加强基层党建。`, '（二）加强思想政治工作', `${mark(3)}推进思政课改革。`, '二、推进优质均衡', '（三）扩大优质资源', `${mark(4)}扩大学前教育资源。`])
      expect(plan.records.map((r) => [r.chapter?.number, r.section, r.number, r.heading]), level).toEqual([
        ['一', '（一）加强政治建设', 1, '强化理论武装'],
        ['一', '（一）加强政治建设', 2, '加强基层党建'],
        ['一', '（二）加强思想政治工作', 3, '推进思政课改革'],
        ['二', '（三）扩大优质资源', 4, '扩大学前教育资源'],
      ])
      expect(plan.levels).toEqual([
        { marker: '一、', role: 'chapter', count: 2 },
        { marker: '（一）', role: 'section', count: 3 },
        { marker: level, role: 'clause', count: 4 },
      ])
    }
  })

  it('keeps （1） or ① lists that start again under every （一） inside the （一） clauses', () => {
    for (const [one, two] of [['（1）', '（2）'], ['①', '②']]) {
      const plan = splitClauses(['一、坚持党建引领', '（一）加强政治建设。坚持“第一议题”制度。', `${one}开展理论学习`, `${two}开展主题党日`, '（二）加强基层党组织建设。', `${one}推进党建品牌创建`])
      expect(plan.records.map((r) => [r.number, r.text])).toEqual([
        [1, `（一）加强政治建设。坚持“第一议题”制度。\n${one}开展理论学习\n${two}开展主题党日`],
        [2, `（二）加强基层党组织建设。\n${one}推进党建品牌创建`],
      ])
    }
  })

  it('keeps a （1） or ① list inside the one 一、 item of a notice that has one: the 一、 items stay its clauses', () => {
    for (const [one, two] of [['（1）', '（2）'], ['①', '②']]) {
      const plan = splitClauses([
        '一、坚持免试就近入学。各地要合理划定学校招生范围。',
        '二、规范民办学校招生。重点做好：',
        `${one}严禁提前招生；`,
        `${two}严禁以各类考试选拔学生。`,
        '三、做好特殊群体入学保障。切实保障随迁子女入学。',
        '四、加强组织领导。确保招生入学工作平稳有序。',
      ])
      expect(plan.records.map((r) => [r.number, r.text])).toEqual([
        [1, '一、坚持免试就近入学。各地要合理划定学校招生范围。'],
        [2, `二、规范民办学校招生。重点做好：\n${one}严禁提前招生；\n${two}严禁以各类考试选拔学生。`],
        [3, '三、做好特殊群体入学保障。切实保障随迁子女入学。'],
        [4, '四、加强组织领导。确保招生入学工作平稳有序。'],
      ])
    }
  })

  it('joins a circled marker alone on its line with the text below it', () => {
    expect(brief(['一、坚持党建引领', '①', '强化理论武装。', '②', '加强基层党建。'])).toEqual([['一', 1, '强化理论武装'], ['一', 2, '加强基层党建']])
  })

  it('keeps （1）（2） lists, dash items and 一是/二是 inside their clause', () => {
    const plan = splitClauses([
      '1.推进义务教育优质均衡。重点做好三项工作：（1）推进集团化办学；（2）实施强校工程。一是完善制度；二是健全机制。',
      '——组建教育集团8个；',
      '2.促进普通高中特色发展。支持建设特色高中8所。',
    ])
    expect(plan.records.map((r) => [r.kind, r.number, r.text.slice(0, 13)])).toEqual([
      ['clause', 1, '1.推进义务教育优质均衡。'],
      ['clause', 2, '2.促进普通高中特色发展。'],
    ])
    expect(plan.records[0].text).toContain('——组建教育集团8个')
  })

  it('numbers regulation articles continuously across chapters and keeps an article’s second paragraph and its items', () => {
    const plan = splitClauses([
      '第一章 总则 第一条 为规范办学行为，制定本办法。第二条 本办法适用于本市。第二章 设置与审批 第三条 举办机构应当具备下列条件：（一）有举办者；（二）有场所。',
      '审批机关应当在30日内作出决定。',
      '第四条 机构变更应当报批。',
    ])
    expect(plan.records.map((r) => [r.chapter?.number, r.number, r.heading])).toEqual([
      ['第一章', 1, '为规范办学行为，制定本办法'],
      ['第一章', 2, '本办法适用于本市'],
      ['第二章', 3, '举办机构应当具备下列条件：'],
      ['第二章', 4, '机构变更应当报批'],
    ])
    expect(plan.records[2].text).toContain('审批机关应当在30日内作出决定。')
  })

  it('warns about skipped and repeated clause numbers and about text without numbered clauses', () => {
    expect(splitClauses(['1.加强党建。', '2.推进改革。', '4.强化保障。']).warnings).toEqual([
      { code: 'numbering_gap', message: '条款编号跳号：1、2、4，缺 3。' },
    ])
    expect(splitClauses(['（一）加强党建', '1.强化理论武装。', '2.加强基层党建。', '（二）推进改革', '1.深化评价改革。']).warnings).toEqual([])
    expect(splitClauses(['一、加强党建', '1.强化理论武装。', '3.加强基层党建。', '二、推进改革', '1.深化评价改革。', '2.深化招生改革。', '2.深化考试改革。']).warnings).toEqual([
      { code: 'numbering_gap', message: '第一部分编号跳号：1、3，缺 2。' },
      { code: 'numbering_repeat', message: '第二部分编号重复或倒退：1、2、2（2 再次出现）。' },
    ])
    expect(splitClauses(['本市将持续推进教育高质量发展。', '办好人民满意的教育。']).warnings).toEqual([
      { code: 'no_numbered_clauses', message: '正文有 2 段文字，但没有找到编号条款：全部作为无编号段落索引。' },
    ])
  })
})

describe('breakAtMarkers', () => {
  it('leaves text whose numbering is already at line starts as it is', () => {
    const text = '一、总体要求\n1.加强党建。全面加强。\n2.推进改革。'
    expect(breakAtMarkers(text)).toBe(text)
  })

  it('gives the same clauses for a plan written one item per line, flattened with spaces, and flattened with nothing between', () => {
    const title = fc.constantFrom('加强党的全面领导', '推动教育优质均衡发展', '建设高素质教师队伍', '守牢安全稳定底线', '深化教育综合改革')
    const sentence = fc.constantFrom(
      '坚持把习近平总书记重要指示批示作为第一议题。', '新建公办幼儿园12所，新增学位3600个。', '投入资金1.5亿元改善办学条件。',
      '一是完善制度；二是健全机制。', '依照《条例》第十条规定执行。', '2023年底前实现全覆盖。', '建成教育云2.0版。',
    )
    const clause = fc.record({ title, body: fc.array(sentence, { minLength: 0, maxLength: 3 }) })
    const section = fc.record({ title, clauses: fc.array(clause, { minLength: 1, maxLength: 3 }) })
    const chapter = fc.record({ title, intro: fc.option(sentence, { nil: undefined }), sections: fc.array(section, { minLength: 1, maxLength: 3 }), withSections: fc.boolean() })
    const CN = '一二三四五六七八九十'
    fc.assert(
      fc.property(fc.array(chapter, { minLength: 1, maxLength: 6 }), fc.boolean(), (chapters, restart) => {
        const lines: string[] = []
        let n = 0
        chapters.forEach((ch, i) => {
          lines.push(`${CN[i]}、${ch.title}`)
          if (ch.intro) lines.push(ch.intro)
          if (restart) n = 0
          ch.sections.forEach((s, k) => {
            if (ch.withSections) lines.push(`（${CN[k]}）${s.title}`)
            for (const c of s.clauses) lines.push(`${++n}.${c.title}。${c.body.join('')}`)
          })
        })
        const expected = brief(lines)
        expect(expected.length).toBe(chapters.flatMap((c) => c.sections.flatMap((s) => s.clauses)).length)
        expect(brief([lines.join(' ')])).toEqual(expected)
        expect(brief([lines.join('')])).toEqual(expected)
      }),
      { numRuns: 200 },
    )
  })

  it('gives the same clauses for the plan written in full-width digits, one item per line or flattened', () => {
    const wide = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
    const fold = (s: string) => s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))
    const title = fc.constantFrom('加强党的全面领导', '推动教育优质均衡发展', '建设高素质教师队伍', '深化教育综合改革')
    const sentence = fc.constantFrom('新建公办幼儿园12所，新增学位3600个。', '投入资金1.5亿元改善办学条件。', '2023年底前实现全覆盖。', '重点做好：（1）推进集团化办学；（2）实施强校工程。', '')
    const CN = '一二三四五六七八九十'
    fc.assert(
      fc.property(fc.array(fc.array(fc.tuple(title, sentence), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), fc.constantFrom('.', '、', '．'), fc.boolean(), (chapters, dot, paren) => {
        const lines: string[] = []
        let n = 0
        chapters.forEach((clauses, i) => {
          lines.push(`${CN[i]}、${clauses[0][0]}`)
          for (const [t, body] of clauses) lines.push(`${paren ? `（${++n}）` : `${++n}${dot}`}${t}。${body}`)
        })
        const expected = brief(lines)
        const folded = (ls: string[]) => brief(ls.map(wide)).map(([ch, num, heading]) => [ch, num, fold(String(heading))])
        expect(folded(lines)).toEqual(expected)
        expect(folded([lines.join(' ')])).toEqual(brief([lines.join(' ')]))
      }),
      { numRuns: 100 },
    )
  })

  it('reads 一、 and （一） over a year (一、2023年工作总结, （一）2024年重点任务) as chapter and section, and 一、2 as no marker', () => {
    expect(findNumbering('一、2023年工作总结\n（一）2023年主要成绩\n二、2024年工作要点\n（一）2024年重点任务').map((m) => [m.kind, m.number])).toEqual([
      ['cn', 1], ['cn-paren', 1], ['cn', 2], ['cn-paren', 1],
    ])
    expect(findNumbering('一、2所学校\n二、3个集团')).toEqual([])
  })
})
