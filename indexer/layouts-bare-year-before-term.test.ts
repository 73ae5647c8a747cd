import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A school office's plan as a sharing site (max.book118.com, 2025) lists it: its year without 年, straight before the term.
const BODY = ['一、指导思想', '本学期,我校政教工作将紧密围绕党的教育方针,秉持“育人为本、德育为先”的教育理念。', '二、工作措施', '1.加强行为规范教育。开展文明班级评比。', '2.加强安全教育。每月开展一次安全演练。']

describe('parseDocument on a school plan whose title writes its year without 年 before the term', () => {
  it('reads the year of 2025春学期…, 2025秋学期… and 2025上学期… as it reads 2025春季…', () => {
    const year = (title: string) => parseDocument({ file: 'a.txt', text: [title, ...BODY].join('\n'), fields: {}, url: null })[0].plan.year
    expect(['2025春学期政教工作计划', '2025秋学期教学工作计划', '2025上学期德育工作计划', '2025春季学期政教工作计划'].map(year)).toEqual([2025, 2025, 2025, 2025])
  })
})
