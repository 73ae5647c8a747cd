import { describe, expect, it } from 'vitest'
import { headingRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a plan whose only clause numbering is paragraphs opening 一是… 二是… (or 第一，…) under each chapter', () => {
  it('numbers each such paragraph as a clause by its ordinal, counted again in each chapter, and keeps 一是/二是 inside a paragraph in its clause', () => {
    const [plan] = parseHandmadeText('qinzhou-2024-yishi-erxi-paragraphs.txt')
    expect(headingRows(plan)).toEqual([
      ['-p1', null, null, '2024年，全市教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神', '2024年，全市教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，加快建设教育强市。'],
      ['-p2', '一', null, '坚持把党的政治建设摆在首位，全面提升教育系统党建工作质量', '坚持把党的政治建设摆在首位，全面提升教育系统党建工作质量。'],
      ['-1-1', '一', 1, '深化理论武装', '一是深化理论武装。健全“第一议题”制度，全年开展理论学习中心组集中学习12次以上。'],
      ['-1-2', '一', 2, '加强基层党组织建设', '二是加强基层党组织建设。推进党组织领导的校长负责制全覆盖，培育市级党建示范校10所。'],
      ['-1-3', '一', 3, '推进清廉学校建设', '三是推进清廉学校建设。重点抓好两项工作：一是完善廉洁风险防控制度；二是开展警示教育全覆盖。'],
      ['-2-1', '二', 1, '扩大学前教育资源', '一是扩大学前教育资源。新建、改扩建公办幼儿园8所，新增公办学位2400个。'],
      ['-2-2', '二', 2, '推进义务教育优质均衡', '二是推进义务教育优质均衡。新组建城乡教育共同体6个，实现乡镇中心学校全覆盖。'],
      ['-p3', '三', null, '深入实施新时代强师计划，全面落实教师工资待遇保障政策，全年招聘中小学教师600名', '深入实施新时代强师计划，全面落实教师工资待遇保障政策，全年招聘中小学教师600名。'],
    ])
    expect(plan.plan.levels).toEqual([{ marker: '一、', role: 'chapter', count: 3 }, { marker: '一是', role: 'clause', count: 5 }])
    expect([plan.plan.title, plan.plan.clauseCount, plan.plan.warnings, plan.numberingRestarts]).toEqual(['钦州市教育局2024年教育工作要点', 5, [], true])
  })

  it('numbers paragraphs opening 第一，… 第二，… the same way, headed by the words after the comma', () => {
    const [plan] = parseHandmadeText('beihai-2024-di-yi-comma-items.txt')
    expect(headingRows(plan).map((r) => r.slice(0, 4))).toEqual([
      ['-p1', null, null, '2024年，全市教育系统要坚持以习近平新时代中国特色社会主义思想为指导，推动教育高质量发展'],
      ['-1-1', '一', 1, '深化理论武装'],
      ['-1-2', '一', 2, '加强基层党组织建设'],
      ['-1-3', '一', 3, '推进清廉学校建设'],
      ['-2-1', '二', 1, '扩大学前教育资源'],
      ['-2-2', '二', 2, '推进义务教育优质均衡'],
    ])
    expect(plan.clauses[1].text).toBe('第一，深化理论武装。健全“第一议题”制度，全年开展理论学习中心组集中学习12次以上。')
    expect([plan.plan.levels, plan.plan.warnings]).toEqual([[{ marker: '一、', role: 'chapter', count: 2 }, { marker: '第一，', role: 'clause', count: 5 }], []])
  })
})
