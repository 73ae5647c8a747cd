/**
 * A title that prints its year in Chinese numerals, as one under a seal does (`二〇二四年全县教育工作要点`, its 〇
 * often typed ○): the plan's id gives the year once, in figures, as for `2024年`, not again as words of the slug.
 */
import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const planOf = (text: string) => parseDocument({ file: 'x.txt', text, fields: {}, url: null })[0].plan

describe('parseDocument on a title with its year in Chinese numerals', () => {
  it('ids 二〇二四年全县教育工作要点 and 阜南县教育局二○二四年教育工作要点 as their 2024年 forms are', () => {
    const body = `一、加强党的建设
（一）深化理论武装。全年开展集中学习12次。
（二）加强基层党建。培育党建示范校8所。`
    const mengcheng = planOf(`二〇二四年全县教育工作要点\n蒙城县教育体育局\n${body}\n蒙城县教育体育局\n二〇二四年二月二十六日`)
    expect([mengcheng.id, mengcheng.year, mengcheng.title]).toEqual(['mengcheng-2024-quan-xian-jiaoyu-gongzuo-yaodian', 2024, '二〇二四年全县教育工作要点'])
    const funan = planOf(`阜南县教育局二○二四年教育工作要点\n${body}`)
    expect([funan.id, funan.year]).toEqual(['funan-2024-jiaoyuju-jiaoyu-gongzuo-yaodian', 2024])
  })
})
