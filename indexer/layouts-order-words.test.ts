import { describe, expect, it } from 'vitest'
import { headingRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a plan whose only clause numbering is paragraphs opening 首先，… 其次，… 再次，… 最后，…', () => {
  it('numbers each such paragraph as a clause in its order, counted again in each chapter, headed by the words after the comma', () => {
    const [plan] = parseHandmadeText('xingtai-2024-shouxian-qici-paragraphs.txt')
    expect(headingRows(plan).map((r) => r.slice(0, 4))).toEqual([
      ['-p1', null, null, '2024年，全市教育系统要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务'],
      ['-1-1', '一', 1, '深化理论武装'],
      ['-1-2', '一', 2, '加强基层党组织建设'],
      ['-1-3', '一', 3, '推进全面从严治党'],
      ['-2-1', '二', 1, '扩大学前教育资源'],
      ['-2-2', '二', 2, '推进义务教育优质均衡'],
      ['-2-3', '二', 3, '促进普通高中多样化发展'],
      ['-2-4', '二', 4, '办好特殊教育'],
      ['-p2', '三', null, '深入实施新时代强师计划，全年招聘中小学教师600名，交流轮岗教师500名以上'],
    ])
    expect(plan.clauses[3].text).toBe('最后，推进全面从严治党。完善廉洁风险防控制度，开展警示教育全覆盖，最后形成常态长效机制。')
    expect([plan.plan.levels, plan.plan.warnings]).toEqual([[{ marker: '一、', role: 'chapter', count: 3 }, { marker: '首先', role: 'clause', count: 7 }], []])
  })
})
