import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A county plan copied from a sharing site's preview with every break lost and nothing left in its place: the title runs
// straight into the preamble, which opens with the year as its subject (2025年是…), and the duty lines in brackets run
// into the next clause's number.
const LINES = [
  '2025年全县教育和体育工作要点',
  '2025年是“十四五”规划的收官之年，全县教育和体育工作以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十届三中全会精神，奋力推动教育和体育工作走在全市前列。',
  '一、稳妥推进教育资源供给改革',
  '1.加快推进基础设施建设。续建城区第二小学教学楼，新建实验幼儿园，改造薄弱学校操场6处，提升办学条件。（责任单位：基建装备股，各项目学校）',
  '2.做好民生工程配套服务。为中小学生配发校服反光标识1.2万套，增强学生出行安全保障。（责任单位：基建装备股、基教股）',
  '二、积极推进学前教育优质普惠',
  '3.提升游戏育人质量。以省级游戏活动实验区建设为核心，打造游戏环境优化方案，覆盖率达到95.5%。（责任单位：基教股）',
  '4.推进学前教育普及普惠。新建幼儿园2所，新增学位540个。（责任单位：基教股）',
]
const FLATTENED = LINES.join('')

const parse = (text: string) => parseDocument({ file: 'a.txt', text, fields: {}, url: null })

describe('parseDocument on a flattened plan whose title runs into a preamble opening with its year', () => {
  it('takes the dated title off the preamble and reads the clauses after each bracketed duty line', () => {
    // Before: no title was found (the plan was named after its file), and the preamble passage began with the title.
    const [plan] = parse(FLATTENED)
    expect([plan.plan.title, plan.plan.year, plan.plan.level]).toEqual(['2025年全县教育和体育工作要点', 2025, '区县'])
    expect(plan.clauses.map((c) => [c.chapter?.number ?? null, c.number, c.text])).toEqual([
      [null, null, LINES[1]],
      ['一', 1, LINES[3]],
      ['一', 2, LINES[4]],
      ['二', 3, LINES[6]],
      ['二', 4, LINES[7]],
    ])
  })

  it('reads the same outline from the flattened line as from the plan with its line breaks', () => {
    const outline = (text: string) => parse(text)[0].clauses.map((c) => [c.chapter?.title ?? null, c.number, c.text])
    expect(outline(FLATTENED)).toEqual(outline(LINES.join('\n')))
  })

  it('leaves a preamble whole that opens with its year but no title', () => {
    const text = ['2025年全县教育和体育工作要点', '2025年全县将深入推进教育和体育工作改革2025年，重点抓好以下工作。', '一、稳妥推进教育资源供给改革', '1.加快推进基础设施建设。新建实验幼儿园。'].join('\n')
    const [plan] = parse(text)
    expect(plan.clauses[0].text).toBe('2025年全县将深入推进教育和体育工作改革2025年，重点抓好以下工作。')
  })
})
