import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A web page's plan: chapters 一、二、, under each a title (an <h4>) over a bulleted list (* • - as the page's <ul>
// was copied), nothing numbered below the chapters. A title with a comma in it was glued to its first item
// (坚持理论武装，深化党的创新理论学习* 落实…), and a bulleted item without a stop to the next one.
const PLAN = `某县教育体育局2025年工作要点
一、坚持党建引领，加强党的全面领导
坚持理论武装，深化党的创新理论学习
* 落实“第一议题”制度，全年集中学习12次
* 开展党建品牌创建活动
夯实基层基础
* 推进中小学校党组织领导的校长负责制
二、推进优质均衡
扩大优质资源供给，满足群众入学需求
- 新建、改扩建学校5所
- 新增学位2000个`

function outline(text: string) {
  const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
  return plan.clauses.map((c) => [c.chapter?.title ?? null, c.section, c.paragraph ?? null, c.text])
}

describe('parseDocument on titles over bulleted lists under numbered chapters', () => {
  it('heads a section with each title, its items each a paragraph of their own', () => {
    expect(outline(PLAN)).toEqual([
      ['坚持党建引领，加强党的全面领导', '坚持理论武装，深化党的创新理论学习', 1, '* 落实“第一议题”制度，全年集中学习12次'],
      ['坚持党建引领，加强党的全面领导', '坚持理论武装，深化党的创新理论学习', 2, '* 开展党建品牌创建活动'],
      ['坚持党建引领，加强党的全面领导', '夯实基层基础', 3, '* 推进中小学校党组织领导的校长负责制'],
      ['推进优质均衡', '扩大优质资源供给，满足群众入学需求', 1, '- 新建、改扩建学校5所'],
      ['推进优质均衡', '扩大优质资源供给，满足群众入学需求', 2, '- 新增学位2000个'],
    ])
  })

  it('reads a standard title under a bulleted item without a stop as a chapter (it was the item’s next paragraph)', () => {
    const text = '某中学春季学期工作计划\n指导思想\n坚持立德树人，落实五育并举。\n工作目标\n* 德育目标：强化学生行为习惯养成教育\n• 教学目标：聚焦课堂教学改革\n主要措施\n* 加强德育工作，开展主题班会'
    expect(outline(text)).toEqual([
      ['指导思想', null, 1, '坚持立德树人，落实五育并举。'],
      ['工作目标', null, 1, '* 德育目标：强化学生行为习惯养成教育'],
      ['工作目标', null, 2, '• 教学目标：聚焦课堂教学改革'],
      ['主要措施', null, 1, '* 加强德育工作，开展主题班会'],
    ])
  })

  it('leaves a single title over a list as a paragraph of its chapter', () => {
    const text = '某县教育局2025年工作要点\n一、加强党的建设\n深化理论武装\n* 落实“第一议题”制度\n二、推进优质均衡\n新建学校5所。'
    expect(outline(text)).toEqual([
      ['加强党的建设', null, 1, '深化理论武装'],
      ['加强党的建设', null, 2, '* 落实“第一议题”制度'],
      ['推进优质均衡', null, 1, '新建学校5所。'],
    ])
  })
})
