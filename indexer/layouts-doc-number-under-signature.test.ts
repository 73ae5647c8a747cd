import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A county bureau's plan as its site posts the text: no letterhead, the signature at the end, and the plan's 文号
// printed under the date (alone, in brackets, or after the 此件公开发布 remark).
const PLAN = (foot: string[]) => [
  '莒县教育和体育局2024年教育工作要点',
  '一、加强党的建设',
  '1.深化理论武装。全年组织集中学习10次。',
  '2.加强基层党组织建设。培育党建示范校5所。',
  '二、提升教育质量',
  '3.推进课堂教学改革。开展优质课评选活动。',
  '',
  '莒县教育和体育局',
  '2024年2月26日',
  ...foot,
].join('\n')

describe('parseDocument on a plan that prints its 文号 under the signature at its end', () => {
  it('reads 莒教体发〔2024〕3号 under the date as the plan\'s document number, and keeps it out of the last clause', () => {
    // Before: docNumber null; the number was only read in the head.
    for (const foot of [['', '莒教体发〔2024〕3号'], ['（莒教体发〔2024〕3号）'], ['', '（此件公开发布）', '莒教体发[2024]3号']]) {
      const [plan] = parseDocument({ file: 'a.txt', text: PLAN(foot), fields: {}, url: null })
      const { docNumber, signDate, issuer } = plan.plan
      expect([docNumber, signDate, issuer, plan.clauses.at(-1)!.text]).toEqual(['莒教体发〔2024〕3号', '2024-02-26', '莒县教育和体育局', '3.推进课堂教学改革。开展优质课评选活动。'])
    }
  })
})
