import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildSnippet, escapeHtml, markAll } from './highlight.js'

// Real clause text from the bundled corpus (荆门市 2025, clause 5) and a traditional-character rendering.
const CLAUSE =
  '5.健全“五育并举”育人体系。实施学生身心健康提升行动,严格落实学生每天综合体育活动时间不低于2小时要求,举办“一校两特”展演,组织全市体育、美育竞赛,培育一批足球、网球、艺术特色学校,鼓励有条件的学校设置游泳课程。加强研学统筹,会同科技部门开发一批科技研学线路、课程,举办科学教育成果展示活动。加强劳动教育,组织开展校内日常劳动。加强心理健康教育,配齐专兼职心理健康教师,每学期开展一次学生心理健康测评,健全教育、咨询、预警、干预“四位一体”工作体系。'

const unescape = (html: string) =>
  html.replace(/<\/?mark>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')

describe('markAll', () => {
  it('marks every occurrence of every term, joining marks that touch', () => {
    expect(markAll('加强心理健康教育,配齐专兼职心理健康教师', ['心理健康', '教师'])).toBe(
      '加强<mark>心理健康</mark>教育,配齐专兼职<mark>心理健康教师</mark>',
    )
  })

  it('merges overlapping terms into one mark', () => {
    expect(markAll('举办科学教育成果展示活动', ['科学教育', '教育成果'])).toBe('举办<mark>科学教育成果</mark>展示活动')
  })

  it('marks the original characters of traditional and full-width text', () => {
    expect(markAll('推進“雙減”與ＫＩ５課程', ['双减', 'ki5'])).toBe('推進“<mark>雙減</mark>”與<mark>ＫＩ５</mark>課程')
  })

  it('escapes everything outside the marks', () => {
    expect(markAll('<b>双减</b> & "作业"', ['双减'])).toBe('&lt;b&gt;<mark>双减</mark>&lt;/b&gt; &amp; &quot;作业&quot;')
  })

  it('marks a one-character term beside longer ones only where it joins one of them, and alone everywhere', () => {
    // 带 of 学生带手机 inside 一带一路 is another word; 进 alone marks 推进 and 引进, as asked.
    expect(markAll('落实学生带手机进校园管理,推进一带一路', ['学生', '手机', '带'])).toBe('落实<mark>学生带手机</mark>进校园管理,推进一带一路')
    expect(markAll('推进引进', ['进'])).toBe('推<mark>进</mark>引<mark>进</mark>')
  })

  it('returns the escaped text when no term occurs', () => {
    expect(markAll('a<b', ['双减'])).toBe(escapeHtml('a<b'))
  })
})

describe('buildSnippet', () => {
  it('returns a short text whole', () => {
    expect(buildSnippet('加强劳动教育,组织开展校内日常劳动。', ['劳动教育'])).toBe('加强<mark>劳动教育</mark>,组织开展校内日常劳动。')
  })

  it('cuts a window around the match with an ellipsis on each cut side', () => {
    const snippet = buildSnippet(CLAUSE, ['劳动教育'])
    expect(snippet.startsWith('…')).toBe(true)
    expect(snippet.endsWith('…')).toBe(true)
    expect(snippet).toContain('<mark>劳动教育</mark>')
    const plain = unescape(snippet).slice(1, -1)
    expect(plain.length).toBe(100)
    expect(CLAUSE.includes(plain)).toBe(true)
  })

  it('prefers the place that holds the most distinct terms', () => {
    // 研学 occurs twice, but only once next to 科学教育.
    const snippet = buildSnippet(CLAUSE, ['研学', '科学教育'], { window: 40 })
    expect(snippet).toContain('<mark>科学教育</mark>')
    expect(snippet).toContain('<mark>研学</mark>')
  })

  it('shows every term it chose the place for, 欺凌 after three 学校, and the tightest such place', () => {
    // 泉州市 2025, clause 26: the window was counted from the first 学校 on but shown from a quarter window before it,
    // so 欺凌, the one word of 孩子在学校被欺负怎么办 that the clause is found for, fell outside the snippet.
    const clause =
      '26.持续完善校园安全体系。巩固深化教育系统意识形态、网络安全预警监测和通报机制,持续规范教材、教辅、读物、电子读物等进校园管理。优化学校安全督导考核机制,持续实施中小学幼儿园“护校安园”专项行动,推进校园智慧安防系统建设,探索建立第三方参与学科类校外培训机构及校园食品安全评估机制,实现全市学校应急疏散演练100%覆盖。持续深化学校及学科类校外培训机构安全风险隐患排查整治、校车和学校道路交通安全综合整治、校园及周边综合治理、校园食品安全整治,推进防范学生欺凌专项治理,健全预防学生溺水工作联防联控机制,开展教育系统常态化扫黑除恶斗争。'
    expect(buildSnippet(clause, ['孩子', '学校', '欺负', '欺凌'])).toBe(
      '…<mark>学校</mark>及学科类校外培训机构安全风险隐患排查整治、校车和<mark>学校</mark>道路交通安全综合整治、校园及周边综合治理、校园食品安全整治,推进防范学生<mark>欺凌</mark>专项治理,健全预防学生溺水工作联防联控机制,开展教育系统常态化扫黑除恶…',
    )
  })

  it('centres on 人工智能 for 人工智能进课堂, not on the 进 of 推进 and 引进, which it no longer marks', () => {
    // 长沙市 2020, clause 4-2: the snippet marked 引进 and 推进's 进 and was drawn to them (third result in keyword mode).
    const clause =
      '2.加快推进智慧教育。顺应第四次科技革命,推进教育教学的深层次、系统性变革。实施智慧教育行动计划,培育一批“未来学校”“智慧校园”、网络空间应用优秀学校等示范创建项目;采取政府主导、企业参与策略,引进一批优质数字教育资源,升级一批校园信息技术设施设备。启动人工智能体验学习中心等平台建设,推动教与学方式的深刻变革。推进网络联校对农村薄弱学校的全覆盖,促进义务教育优质均衡发展。'
    expect(buildSnippet(clause, ['人工智能', '课堂', '进'])).toBe(
      '…主导、企业参与策略,引进一批优质数字教育资源,升级一批校园信息技术设施设备。启动<mark>人工智能</mark>体验学习中心等平台建设,推动教与学方式的深刻变革。推进网络联校对农村薄弱学校的全覆盖,促进义务教育优质均衡发展。',
    )
  })

  it('shows the clause opening when no term occurs', () => {
    expect(buildSnippet(CLAUSE, ['托育'], { window: 20 })).toBe(escapeHtml(CLAUSE.slice(0, 20)) + '…')
  })

  it('emits only mark tags and gives back the original substring', () => {
    const text = fc.string({ unit: fc.constantFrom(...'双减课后服务<>&"\'雙減ＫK𠀀 ,。'), maxLength: 300 })
    const terms = fc.array(fc.string({ unit: fc.constantFrom(...'双减课后服务K𠀀<&'), minLength: 1, maxLength: 4 }), { maxLength: 4 })
    fc.assert(
      fc.property(text, terms, fc.integer({ min: 10, max: 150 }), (t, ts, window) => {
        for (const html of [markAll(t, ts), buildSnippet(t, ts, { window })]) {
          const withoutMarks = html.replace(/<mark>[^<]*<\/mark>/g, (m) => m.slice(6, -7))
          expect(withoutMarks).not.toMatch(/[<>]/)
          expect(html.match(/<mark>/g)?.length ?? 0).toBe(html.match(/<\/mark>/g)?.length ?? 0)
          expect(html).not.toMatch(/<mark><\/mark>/)
        }
        expect(unescape(markAll(t, ts))).toBe(t)
        const snippet = unescape(buildSnippet(t, ts, { window })).replace(/^…/, '').replace(/…$/, '')
        expect(t.includes(snippet)).toBe(true)
      }),
      { numRuns: 1000 },
    )
  })
})
