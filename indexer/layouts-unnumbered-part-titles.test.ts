import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import { chapterLead } from './structure/chapter-number.js'
import { PROJECT_LIST_PLAN as PROJECTS } from '../test/fixtures/layouts/handmade-plan.js'

const PLAN = `某市教育局2024年教育工作要点
2023年工作回顾
一、党的建设全面加强
1.全年开展党组理论学习中心组集中学习12次。
二、教育质量稳步提升
1.全市高考本科上线率达到62%。
2024年重点任务
一、加强党的全面领导
1.健全“第一议题”制度，全年集中学习12次以上。
2.开展党纪学习教育。
二、推进基础教育优质均衡
1.新建、改扩建公办幼儿园6所。`

/** Each record as [id after the plan's id, the lead its citation opens with, chapter title, number, text]. */
function rows(text: string) {
  const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
  return plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.chapter && chapterLead(c.chapter), c.chapter?.title ?? null, c.number, c.text])
}

describe('parseDocument on a plan whose parts are headed by a title line alone over 一、 chapters that start again', () => {
  it('reads 2023年工作回顾 and 2024年重点任务 as its parts, as 第一部分 / 第二部分 are, each chapter and clause in its own part', () => {
    // Before: 2024年重点任务, its 一、 and that chapter's clause 1 ran into clause 二、1. above (-2-1), and 二、 repeated (-2-1-2).
    expect(rows(PLAN)).toEqual([
      ['-p1', null, null, null, '2023年工作回顾'],
      ['-1-1-1', '2023年工作回顾 一、', '党的建设全面加强', 1, '1.全年开展党组理论学习中心组集中学习12次。'],
      ['-1-2-1', '2023年工作回顾 二、', '教育质量稳步提升', 1, '1.全市高考本科上线率达到62%。'],
      ['-p2', null, null, null, '2024年重点任务'],
      ['-2-1-1', '2024年重点任务 一、', '加强党的全面领导', 1, '1.健全“第一议题”制度，全年集中学习12次以上。'],
      ['-2-1-2', '2024年重点任务 一、', '加强党的全面领导', 2, '2.开展党纪学习教育。'],
      ['-2-2-1', '2024年重点任务 二、', '推进基础教育优质均衡', 1, '1.新建、改扩建公办幼儿园6所。'],
    ])
  })

  it('does the same for a title in Chinese numerals (二〇二四年工作安排) after a printed 第一部分, counting it the second part', () => {
    const mixed = PLAN.replace('2023年工作回顾', '第一部分 2023年工作回顾').replace('2024年重点任务', '二〇二四年工作安排')
    expect(rows(mixed).map((r) => [r[0], r[1]])).toEqual([
      ['-p1', null], ['-1-1-1', '第一部分 一、'], ['-1-2-1', '第一部分 二、'],
      ['-p2', null], ['-2-1-1', '二〇二四年工作安排 一、'], ['-2-1-2', '二〇二四年工作安排 一、'], ['-2-2-1', '二〇二四年工作安排 二、'],
    ])
  })

  it('reads a short last line over chapters that go on (三、) or over a 一、 no 二、 follows as before: no part', () => {
    const goesOn = PLAN.replace('一、加强党的全面领导', '三、加强党的全面领导').replace('二、推进基础教育优质均衡', '四、推进基础教育优质均衡')
    expect(rows(goesOn).slice(2, 4).map((r) => [r[0], r[1], r[4]])).toEqual([
      ['-2-1', '二、', '1.全市高考本科上线率达到62%。\n2024年重点任务'],
      ['-3-1', '三、', '1.健全“第一议题”制度，全年集中学习12次以上。'],
    ])
    const lone = PLAN.split('\n二、推进基础教育优质均衡')[0]
    expect(rows(lone).map((r) => r[0])).toEqual(['-p1', '-1-1', '-2-1', '-2-2'])
  })
})

describe('parseDocument on a short line over a list numbered 一、二、 inside a clause, the chapters going on after it', () => {
  it('reads no part: 三、 and 四、 stay chapters and the project lines stay in clause 二、1.', () => {
    // Before: 重点建设项目 was a part's title, 三、 and 四、 cited 重点建设项目 三、/四、, 一、市第一幼儿园新建工程 in no record.
    expect(rows(PROJECTS)).toEqual([
      ['-1-1', '一、', '加强党的全面领导', 1, '1.健全制度。'],
      ['-2-1', '二、', '推进基础教育优质均衡', 1, '1.新建、改扩建公办幼儿园6所，重点建设以下项目。\n重点建设项目\n一、市第一幼儿园新建工程\n二、市实验小学改扩建工程'],
      ['-3-1', '三、', '深化教育改革', 1, '1.推进改革。'],
      ['-4-1', '四、', '强化保障', 1, '1.加大投入。'],
    ])
  })

  it('reads no part where the line names no part, where its 一、二、 head no text, or where the numbering goes on from the run above', () => {
    const withText = PROJECTS.replace('新建工程\n', '新建工程\n建筑面积5000平方米。\n').replace('改扩建工程\n', '改扩建工程\n新增学位900个。\n')
    expect(rows(withText).filter((r) => r[3] !== null).map((r) => [r[0], r[1]])).toEqual([['-1-1', '一、'], ['-2-1', '二、'], ['-3-1', '三、'], ['-4-1', '四、']])
    const yearTitle = PROJECTS.replace('重点建设项目\n', '2024年重点建设项目\n')
    expect(rows(yearTitle).map((r) => [r[0], r[1]])).toEqual([['-1-1', '一、'], ['-2-1', '二、'], ['-3-1', '三、'], ['-4-1', '四、']])
    const goesOn = PROJECTS.replace('重点建设项目\n', '重点任务\n')
      .replace('新建工程\n', '新建工程\n建筑面积5000平方米。\n')
      .replace('改扩建工程\n', '改扩建工程\n新增学位900个。\n三、市第二中学新建工程\n新增学位1200个。\n')
    expect(rows(goesOn).filter((r) => r[3] !== null).map((r) => [r[0], r[1]])).toEqual([['-1-1', '一、'], ['-2-1', '二、'], ['-3-1', '三、'], ['-4-1', '四、']])
  })

  it('still reads a second part with more chapters than the first (一、二、 then 2024年重点任务 over 一、二、三、)', () => {
    const longer = `${PLAN}\n三、深化教育改革\n1.推进改革。`
    expect(rows(longer).slice(3).map((r) => [r[0], r[1]])).toEqual([
      ['-p2', null], ['-2-1-1', '2024年重点任务 一、'], ['-2-1-2', '2024年重点任务 一、'], ['-2-2-1', '2024年重点任务 二、'], ['-2-3-1', '2024年重点任务 三、'],
    ])
  })
})
