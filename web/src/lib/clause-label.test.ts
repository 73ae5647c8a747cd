import { describe, expect, it } from 'vitest'
import { chapterLabel, chapterPrefix, numberLabel } from './clause-label.js'

describe('numberLabel', () => {
  it('writes a clause number as printed, a paragraph of a chapter without numbered clauses by its place, and other passages as 段落', () => {
    expect([numberLabel({ number: 6 }), numberLabel({ number: null, paragraph: 2 }), numberLabel({ number: null })]).toEqual(['第6条', '第2段', '段落'])
  })

  it('writes a heading printed with nothing under it as 仅有标题, whatever number or place it has', () => {
    expect([numberLabel({ number: null, headingOnly: true }), numberLabel({ number: null, paragraph: 3, headingOnly: true }), numberLabel({ number: null, headingOnly: false })]).toEqual(['仅有标题', '仅有标题', '段落'])
  })
})

describe('chapterPrefix and chapterLabel', () => {
  it('put 、 after 一 but not after a chapter word such as 第一章', () => {
    expect([chapterPrefix({ number: '六', title: '深化改革' }), chapterPrefix({ number: '第一章', title: '总体要求' }), chapterPrefix(null)]).toEqual(['六、', '第一章', ''])
    expect([chapterLabel({ number: '六', title: '深化改革' }), chapterLabel({ number: '第一章', title: '总体要求' })]).toEqual(['六、深化改革', '第一章 总体要求'])
  })
})

describe('chapterLabel in a plan in parts', () => {
  it('names the part before a chapter that starts again in each part, as the prefix before a clause number does', () => {
    const chapter = { number: '一', title: '加强党的全面领导', part: '第二部分' }
    expect([chapterLabel(chapter), chapterPrefix(chapter)]).toEqual(['第二部分 一、加强党的全面领导', '第二部分 一、'])
  })
})
