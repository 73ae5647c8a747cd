import { describe, expect, it } from 'vitest'
import { outline } from '../test/fixtures/plan-outline.js'
import { pageTextWithTableRows, type PdfTextItem } from './read/pdf-table-rows.js'

/** A line of text as pdf.js reports it: its string from x on the baseline y, 12pt, ASCII half an em wide. */
const item = (str: string, x: number, y: number, hasEOL = true): PdfTextItem => ({
  str,
  x,
  y,
  width: [...str].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 6 : 12), 0),
  fontSize: 12,
  hasEOL,
})
/** Column lefts of a 序号 / 重点任务 / 牵头单位 / 责任单位 / 完成时限 table. */
const COLS = [50, 90, 290, 380, 490]
/** A row drawn as Word draws it, cell by cell, each cell's lines from its top (`tops[c]`) down 20pt a line. */
const row = (tops: number[], cells: string[][]) => cells.flatMap((lines, c) => lines.map((line, k) => item(line, COLS[c] + (c === 0 ? 4 : 0), tops[c] - k * 20)))

const ABOVE = [item('某县教育局2024年教育工作要点', 150, 800), item('一、推进教育优质均衡', 80, 770), item('1.扩大学前教育资源。新建公办幼儿园4所。', 80, 750), item('二、重点任务清单', 80, 730)]
const HEAD = row([700, 700, 700, 700, 700], [['序号'], ['重点任务'], ['牵头单位'], ['责任单位'], ['完成时限']])
const TASKS = [
  ['2-1', '重点任务清单', null, '1.开展“开学第一课”等主题教育活动。牵头单位：德育股；责任单位：各学校；完成时限：2024年9月。'],
  ['2-2', '重点任务清单', null, '2.新建、改扩建公办幼儿园4所，新增学位720个。牵头单位：基础教育股；责任单位：计划财务股；完成时限：2024年12月。'],
]
const text = (items: PdfTextItem[]) => pageTextWithTableRows(items)

describe('pageTextWithTableRows on a PDF page whose task table Word drew cell by cell', () => {
  it('lays out each row on one line, a wrapped task cell joined, when every cell starts at the row’s top', () => {
    const rows = [
      ...row([670, 670, 670, 670, 670], [['1'], ['开展“开学第一课”等主题', '教育活动'], ['德育股'], ['各学校'], ['2024年9月']]),
      ...row([620, 620, 620, 620, 620], [['2'], ['新建、改扩建公办幼儿园4', '所，新增学位720个'], ['基础教育股'], ['计划财务股'], ['2024年12月']]),
    ]
    // Before: pdf.js's order gave `1 开展“开学第一课”等主题` / `教育活动` / `德育股 各学校 2024年9月`: no row the cleaner
    // could read, and 二、重点任务清单 with the table's lines became passages of chapter 一.
    expect(text([...ABOVE, ...HEAD, ...rows]).split('\n').slice(4)).toEqual([
      '序号\t重点任务\t牵头单位\t责任单位\t完成时限',
      '1\t开展“开学第一课”等主题教育活动\t德育股\t各学校\t2024年9月',
      '2\t新建、改扩建公办幼儿园4所，新增学位720个\t基础教育股\t计划财务股\t2024年12月',
      '',
    ])
    expect(outline(text([...ABOVE, ...HEAD, ...rows])).slice(1)).toEqual(TASKS)
  })

  it('lays out a row whose short cells Word centred in the row’s height, between the wrapped cell’s lines', () => {
    const rows = [
      ...row([660, 670, 660, 660, 660], [['1'], ['开展“开学第一课”等主题', '教育活动'], ['德育股'], ['各学校'], ['2024年9月']]),
      ...row([610, 620, 610, 620, 610], [['2'], ['新建、改扩建公办幼儿园4', '所，新增学位720个'], ['基础教育股'], ['计划财务', '股'], ['2024年12月']]),
    ]
    expect(outline(text([...ABOVE, ...HEAD, ...rows])).slice(1)).toEqual(TASKS)
  })

  it('keeps pdf.js’s text where no row of three cells starts a table: prose, a letter-spaced red head, a 版记 line of two', () => {
    const items = [
      item('沅 陵 县 教 育 局 文 件', 120, 800),
      item('1.扩大学前教育资源。新建公办幼儿园4所，新增', 80, 770),
      item('学位720个。', 80, 750),
      item('沅陵县教育局办公室', 80, 700, false),
      item(' ', 188, 700, false),
      item('2024年2月27日印发', 380, 700),
    ]
    expect(text(items)).toBe('沅 陵 县 教 育 局 文 件\n1.扩大学前教育资源。新建公办幼儿园4所，新增\n学位720个。\n沅陵县教育局办公室 2024年2月27日印发\n')
  })
})
