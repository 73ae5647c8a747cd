/**
 * A compilation that numbers its plans (`一、荆门市教育局2024年工作要点` … `二、沙洋县教育局2024年教育工作要点`), each plan
 * numbering its own chapters from 一 again: the numbered line is a plan's title only when its words are a whole plan
 * title naming a place or issuer and a year, and a chapter sequence of its own starts under it. A chapter that reads a
 * little like a title (`二、工作要点`, `三、2024年重点工作`) stays a chapter.
 */
import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const plansOf = (lines: string[]) =>
  parseDocument({ file: 'x.txt', text: lines.join('\n'), fields: {}, url: null }).map((p) => ({
    title: p.plan.title,
    city: p.plan.city,
    year: p.plan.year,
    clauses: p.clauses.filter((c) => c.number !== null).map((c) => [c.chapter?.title ?? null, c.text]),
  }))

const JINGMEN = [
  '一、荆门市教育局2024年工作要点',
  '一、加强党的全面领导',
  '1.深入学习贯彻党的二十大精神。持续推进主题教育成果转化。',
  '2.加强基层党组织建设。推进校长负责制。',
  '二、办好人民满意教育',
  '3.推进县域义务教育优质均衡。',
]
const SHAYANG = ['二、沙洋县教育局2024年教育工作要点', '一、坚持立德树人', '1.加强思想政治教育。深化大中小学思政课一体化建设。', '2.加强劳动教育。建设劳动教育实践基地。']
const ZHONGXIANG = ['三、钟祥市教育局2024年工作要点', '一、推进学前教育普及普惠', '1.扩大普惠性学前教育资源。']

describe('parseDocument reads a compilation’s numbered plan titles as its plans', () => {
  it('cuts three numbered plans under a compilation’s title, each with its own title, city, year and clauses', () => {
    expect(plansOf(['荆门市教育系统2024年工作要点汇编', ...JINGMEN, ...SHAYANG, ...ZHONGXIANG])).toEqual([
      {
        title: '荆门市教育局2024年工作要点',
        city: '荆门市',
        year: 2024,
        clauses: [
          ['加强党的全面领导', '1.深入学习贯彻党的二十大精神。持续推进主题教育成果转化。'],
          ['加强党的全面领导', '2.加强基层党组织建设。推进校长负责制。'],
          ['办好人民满意教育', '3.推进县域义务教育优质均衡。'],
        ],
      },
      {
        title: '沙洋县教育局2024年教育工作要点',
        city: '沙洋县',
        year: 2024,
        clauses: [
          ['坚持立德树人', '1.加强思想政治教育。深化大中小学思政课一体化建设。'],
          ['坚持立德树人', '2.加强劳动教育。建设劳动教育实践基地。'],
        ],
      },
      { title: '钟祥市教育局2024年工作要点', city: '钟祥市', year: 2024, clauses: [['推进学前教育普及普惠', '1.扩大普惠性学前教育资源。']] },
    ])
  })

  it('cuts two numbered plans of different places with no compilation title over them', () => {
    expect(plansOf([...JINGMEN, ...SHAYANG]).map((p) => [p.title, p.city, p.clauses.length])).toEqual([
      ['荆门市教育局2024年工作要点', '荆门市', 3],
      ['沙洋县教育局2024年教育工作要点', '沙洋县', 2],
    ])
  })

  it('cuts two numbered plans of one bureau and year, its 一、 and 二、 entries', () => {
    const lines = [...JINGMEN, '二、荆门市教育局2024年党建工作要点', '一、加强政治建设', '1.坚定拥护“两个确立”。']
    expect(plansOf(lines).map((p) => [p.title, p.city, p.year, p.clauses])).toEqual([
      [
        '荆门市教育局2024年工作要点',
        '荆门市',
        2024,
        [
          ['加强党的全面领导', '1.深入学习贯彻党的二十大精神。持续推进主题教育成果转化。'],
          ['加强党的全面领导', '2.加强基层党组织建设。推进校长负责制。'],
          ['办好人民满意教育', '3.推进县域义务教育优质均衡。'],
        ],
      ],
      ['荆门市教育局2024年党建工作要点', '荆门市', 2024, [['加强政治建设', '1.坚定拥护“两个确立”。']]],
    ])
  })

  it('keeps `二、工作要点` and `三、2024年重点工作` as chapters of one plan', () => {
    const lines = [
      '荆门市教育局2024年工作要点',
      '一、总体要求',
      '1.坚持稳中求进工作总基调。',
      '二、工作要点',
      '2.推进县域义务教育优质均衡。',
      '三、2024年重点工作',
      '3.扩大普惠性学前教育资源。',
    ]
    expect(plansOf(lines)).toEqual([
      {
        title: '荆门市教育局2024年工作要点',
        city: '荆门市',
        year: 2024,
        clauses: [
          ['总体要求', '1.坚持稳中求进工作总基调。'],
          ['工作要点', '2.推进县域义务教育优质均衡。'],
          ['2024年重点工作', '3.扩大普惠性学前教育资源。'],
        ],
      },
    ])
  })

  it('keeps a chapter named for a city’s plan as a chapter when no chapters of its own start under it', () => {
    const lines = [
      '湖北省教育厅2024年工作要点',
      '一、荆门市教育局2024年工作要点',
      '1.推进县域义务教育优质均衡。',
      '二、沙洋县教育局2024年教育工作要点',
      '2.加强劳动教育。建设劳动教育实践基地。',
    ]
    expect(plansOf(lines).map((p) => [p.title, p.clauses])).toEqual([
      [
        '湖北省教育厅2024年工作要点',
        [
          ['荆门市教育局2024年工作要点', '1.推进县域义务教育优质均衡。'],
          ['沙洋县教育局2024年教育工作要点', '2.加强劳动教育。建设劳动教育实践基地。'],
        ],
      ],
    ])
  })
})
