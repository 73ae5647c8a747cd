import { parseDocument } from './parse-document.js'
import { describe, expect, it } from 'vitest'
import { findNumbering } from './structure/numbering.js'
import { outlineRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a plan numbered as a decimal outline', () => {
  it('reads `1 ` title lines as chapters and `1.1` items as their clauses, counted again in each chapter', () => {
    const [plan] = parseHandmadeText('tangshan-2024-decimal-outline.txt')
    expect(outlineRows(plan).slice(0, 5)).toEqual([
      ['-p1', null, null, null, '2024年是实现“十四五”规划目标任务的关键一年。全市教育系统要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，加快建设教育强市。'],
      ['-1-1', '1全面加强党的领导', null, 1, '1.1 深化理论武装。健全“第一议题”制度，全年开展理论学习中心组集中学习12次以上。'],
      ['-1-2', '1全面加强党的领导', null, 2, '1.2 加强基层党组织建设。推进中小学校党组织领导的校长负责制全覆盖，培育市级党建示范校10所。'],
      ['-1-3', '1全面加强党的领导', null, 3, '1.3 推进清廉学校建设。完善廉洁风险防控制度，开展警示教育全覆盖。'],
      ['-2-1', '2推动基础教育优质均衡发展', null, 1, '2.1 扩大学前教育资源。新建、改扩建公办幼儿园8所，新增公办学位2400个。'],
    ])
    expect(plan.clauses.map((c) => `${c.chapter?.number}.${c.number} ${c.heading}`).slice(5)).toEqual([
      '2.2 推进义务教育优质均衡', '2.3 促进普通高中多样化发展', '3.1 加强师德师风建设', '3.2 深化“县管校聘”改革',
    ])
    expect([plan.plan.levels, plan.plan.warnings, plan.numberingRestarts]).toEqual([
      [{ marker: '1.', role: 'chapter', count: 3 }, { marker: '1.1', role: 'clause', count: 8 }], [], true,
    ])
  })

  it('reads `1.` chapters, `1.1` sections and `1.1.1` clauses, the section named with its number', () => {
    const [plan] = parseHandmadeText('langfang-2024-decimal-three-levels.txt')
    expect(plan.clauses.map((c) => [c.chapter?.number ?? null, c.section, c.number, c.text.slice(0, 6)])).toEqual([
      [null, null, null, '为深入贯彻全'],
      ['1', '1.1 强化政治引领', 1, '1.1.1 '],
      ['1', '1.1 强化政治引领', 2, '1.1.2 '],
      ['1', '1.2 加强思想政治教育', 1, '1.2.1 '],
      ['1', '1.2 加强思想政治教育', 2, '1.2.2 '],
      ['2', '2.1 发展学前教育', 1, '2.1.1 '],
      ['2', '2.2 推进义务教育优质均衡', 1, '2.2.1 '],
      ['2', '2.2 推进义务教育优质均衡', 2, '2.2.2 '],
    ])
    expect(plan.clauses[1].chapter?.title).toBe('坚持党建引领，筑牢立德树人根基')
    expect(plan.plan.levels).toEqual([
      { marker: '1.', role: 'chapter', count: 2 }, { marker: '1.1', role: 'section', count: 4 }, { marker: '1.1.1', role: 'clause', count: 7 },
    ])
  })

  it('takes no quantity after a break (：2.5万名) and no `3.2` under chapter 1 for outline numbers', () => {
    const text = '1 全面加强党的领导\n1.1 深化理论武装。全年培训目标：2.5万名教师。\n1.2 推进改革。\n3.2 加强督导。\n2 推动发展\n2.1 扩大资源。'
    expect(findNumbering(text).map((m) => [m.kind, m.label])).toEqual([
      ['arabic', '1'], ['decimal', '1.1'], ['decimal', '1.2'], ['arabic', '2'], ['decimal', '2.1'],
    ])
  })

  it('joins a PDF-wrapped line that opens with a decimal quantity (3.8平方米, 1.5比1, 2.4公顷) to the sentence it continues', () => {
    const text = ['某市教育局2024年教育工作要点', '一、全面加强党的建设', '1.深化理论武装。健全制度。', '2.加强办学条件建设。全市生均校舍面积达到', '3.8平方米以上，生师比降至', '1.5比1以下，新建校园面积', '2.4公顷。', '3.推进清廉学校建设。'].join('\n')
    const [plan] = parseDocument({ file: 'a.txt', text, fields: {}, url: null })
    expect(plan.clauses.map((c) => c.text)).toEqual([
      '1.深化理论武装。健全制度。',
      '2.加强办学条件建设。全市生均校舍面积达到3.8平方米以上，生师比降至1.5比1以下，新建校园面积2.4公顷。',
      '3.推进清廉学校建设。',
    ])
  })
})
