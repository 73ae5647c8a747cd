import { describe, expect, it } from 'vitest'
import { outline } from '../test/fixtures/plan-outline.js'

/** A PDF's text: page 1 ends with chapter 二's heading, then the page's footnote for the mark ① in clause 3, then its foot. */
const PAGES = [
  '张掖市教育局2024年工作要点',
  '一、坚持立德树人，提升育人质量',
  '1.推进思政课一体化建设。成立大中小学思政课一体化建设联盟，评',
  '选思政课“金课”60节。',
  '2.实施“三个课堂”①应用行动。开展常态化应用的学校达到80%',
  '以上，惠及农村学生3.5万人。',
  '3.加强体育美育。推进“一校一品”建设，开展校园足球、篮球联赛',
  '，学生体质健康达标率达到93%以上。',
  '二、坚持优质均衡，扩大资源供给',
  '①三个课堂：专递课堂、名师课堂、名校网络课堂。',
  '第1页 共5页',
  '张掖市教育局2024年工作要点',
  '4.新建、改扩建公办幼儿园11所，新增学位3300个。',
  '第2页 共5页',
].join('\n')

describe('parseDocument on PDF text whose page-foot note stands under a chapter heading that ends the page', () => {
  it('sets a marked note (①) after the clause that holds its mark, not as a passage of the chapter whose heading ends the page', () => {
    // Before: the note followed the heading 二、 and was read as passage -p1 of chapter 二, far from clause 2 it explains.
    expect(outline(PAGES)).toEqual([
      ['1-1', '坚持立德树人，提升育人质量', null, '1.推进思政课一体化建设。成立大中小学思政课一体化建设联盟，评选思政课“金课”60节。'],
      ['1-2', '坚持立德树人，提升育人质量', null, '2.实施“三个课堂”①应用行动。开展常态化应用的学校达到80%以上，惠及农村学生3.5万人。\n①三个课堂：专递课堂、名师课堂、名校网络课堂。'],
      ['1-3', '坚持立德树人，提升育人质量', null, '3.加强体育美育。推进“一校一品”建设，开展校园足球、篮球联赛，学生体质健康达标率达到93%以上。'],
      ['2-4', '坚持优质均衡，扩大资源供给', null, '4.新建、改扩建公办幼儿园11所，新增学位3300个。'],
    ])
  })
})
