/**
 * A plan typed in half-width punctuation throughout, as an English input method leaves it: `1. ` chapters, `(1) `
 * clauses, and a Western stop with a space after it (`深化理论武装. 落实…`) ending each clause's title.
 */
import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const TEXT = `平遥县教育科技局2024年教育工作要点
2024年, 全县教育工作要以习近平新时代中国特色社会主义思想为指导, 加快建设教育强县.
1. 加强党的建设
(1) 深化理论武装. 落实"第一议题"制度, 全年开展专题学习12次.
(2) 夯实基层党建. 培育党建示范校8所; 推进党组织领导的校长负责制.
2. 推进基础教育优质均衡
(1) 办好普通高中. 支持平遥中学创建省级示范高中.
(2) 扩大学前教育资源.
新建公办幼儿园2所, 新增学位360个.`

describe('parseDocument on a plan typed in half-width punctuation', () => {
  it('ends each clause title at its Western stop, before a space or at the line end, and keeps the stop in the text', () => {
    const [plan] = parseDocument({ file: 'x.txt', text: TEXT, fields: {}, url: null })
    expect(plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.heading, c.text])).toEqual([
      ['-p1', '2024年, 全县教育工作要以习近平新时代中国特色社会主义思想为指导, 加快建设教育强县', '2024年, 全县教育工作要以习近平新时代中国特色社会主义思想为指导, 加快建设教育强县.'],
      ['-1-1', '深化理论武装', '(1) 深化理论武装. 落实"第一议题"制度, 全年开展专题学习12次.'],
      ['-1-2', '夯实基层党建', '(2) 夯实基层党建. 培育党建示范校8所; 推进党组织领导的校长负责制.'],
      ['-2-1', '办好普通高中', '(1) 办好普通高中. 支持平遥中学创建省级示范高中.'],
      ['-2-2', '扩大学前教育资源', '(2) 扩大学前教育资源.\n新建公办幼儿园2所, 新增学位360个.'],
    ])
  })
})
