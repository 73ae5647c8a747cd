import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const CLAUSES = [
  '1.深化理论武装。全年开展集中学习12次，组织专题培训5场。',
  '2.加强基层党组织建设。培育党建示范校5所，推进“一校一品”党建品牌创建。',
  '3.扩大优质学前教育资源。新建改扩建幼儿园3所，新增学位900个。',
  '4.深化“双减”工作。课后服务覆盖率保持100%。',
]
const PLAN = ['某县教育局2024年教育工作要点', '2024年全县教育工作的总体要求是：全面贯彻党的教育方针。', '一、全面加强党的建设', CLAUSES[0], CLAUSES[1], '二、推进基础教育优质均衡', CLAUSES[2], CLAUSES[3]]
const texts = (lines: string[]) => parseDocument({ file: 'a.txt', text: lines.join('\n'), fields: {}, url: null }).flatMap((p) => p.clauses.filter((c) => c.number !== null).map((c) => c.text))

// A county bureau's page pasted as text: under the plan, the site lists its other articles with no heading over them.
describe('parseDocument on a plan pasted with the page’s list of other articles under it, unheaded', () => {
  it('ends the text where the list of dated titles begins (they ran into clause 4 a line each)', () => {
    for (const list of [
      ['· 某县召开2024年教育工作会议 2024-02-20', '· 关于做好2024年中考工作的通知 2024-04-02'],
      ['[2024-02-20] 某县召开2024年教育工作会议', '[2024-04-02] 关于做好2024年中考工作的通知'],
      ['某县召开2024年教育工作会议 2024.02.20'],
      ['● 关于做好2024年春季学期开学工作的通知', '● 某县召开2024年教育工作会议'],
    ]) expect(texts([...PLAN, ...list])).toEqual(CLAUSES)
  })

  it('keeps a plan’s own bulleted line closing its last clause', () => {
    expect(texts([...PLAN, '5.完善督导机制。每季度通报一次。', '● 强化督导检查工作']).at(-1)).toBe('5.完善督导机制。每季度通报一次。\n● 强化督导检查工作')
  })
})
