import { describe, expect, it } from 'vitest'
import { extractHtml } from './read/read-html.js'
import { markingColour } from './read/html-text-colour.js'
import { parseHandmade, recordRows } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on web pages that head their chapters by colour or size alone, never bold nor in a heading element', () => {
  it('reads red lines (a stylesheet class, <font color>, rgb()) over black prose as chapters, the <h1> title none of them', async () => {
    const [plan] = await parseHandmade('shuozhou-2024-red-text-headings.html')
    expect(recordRows(plan)).toEqual([
      [null, null, null, null, '2024年，全市教育工作要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，推动教育高质量发展。'],
      ['全面加强党对教育工作的领导', null, null, 1, '健全“第一议题”制度，全年组织理论学习中心组集中学习12次以上，推动党的创新理论进校园、进课堂、进头脑。'],
      ['全面加强党对教育工作的领导', null, null, 2, '加强意识形态阵地管理，每半年开展一次意识形态专题研判，落实《朔州市教育系统意识形态工作责任制实施细则》。'],
      ['推动基础教育优质均衡发展', null, null, 1, '新建、改扩建公办幼儿园12所，新增公办学位3000个，公办园在园幼儿占比达到55%。'],
      ['推动基础教育优质均衡发展', null, null, 2, '新组建城乡教育共同体8个，推进县域义务教育优质均衡发展。'],
      ['建设高素质专业化教师队伍', null, null, 1, '开展师德师风专题教育，全年培训教师5000人次。'],
    ])
    expect([plan.plan.title, plan.plan.issuer, plan.plan.signDate]).toEqual(['朔州市教育局2024年教育工作要点', '朔州市教育局', '2024-03-06'])
  })

  it('reads lines larger than every sentence as headings ranked by size: 20px chapters over 18px sections', async () => {
    const [plan] = await parseHandmade('datong-2024-font-size-headings.html')
    expect(recordRows(plan).map((r) => r.slice(0, 4))).toEqual([
      [null, null, null, null],
      ['全面加强党对教育工作的领导', '强化理论武装', null, 1],
      ['全面加强党对教育工作的领导', '强化理论武装', null, 2],
      ['全面加强党对教育工作的领导', '加强基层党组织建设', null, 3],
      ['推动基础教育优质均衡发展', '扩大学前教育资源', null, 1],
      ['推动基础教育优质均衡发展', '推进义务教育优质均衡', null, 2],
    ])
  })

  it('reads <font size="4"> lines as headings over text that sets no size, drawn at the browser’s 16px', () => {
    const prose = (t: string) => `<p>${t}，全年完成各项任务。</p>`
    const html = `<html><body><h1>某市教育局2024年教育工作要点</h1>${prose('开篇')}<p><font size="4">全面加强党的建设</font></p>${prose('深化理论武装')}${prose('加强基层党建')}<p><font size="4">推动教育优质均衡</font></p>${prose('扩大学前教育资源')}</body></html>`
    expect(extractHtml(html).headings).toEqual([{ text: '全面加强党的建设', level: 7 }, { text: '推动教育优质均衡', level: 7 }])
  })

  it('takes black, greys and near-blacks for no colour, and reads hex, rgb() and names', () => {
    expect(['#333', '#222222', 'black', 'rgb(26, 26, 26)', '#c00000', 'red', 'rgb(192,0,0)', '#06c', 'inherit'].map(markingColour)).toEqual([
      null, null, null, null, '#c00000', '#ff0000', '#c00000', '#0066cc', null,
    ])
  })
})
