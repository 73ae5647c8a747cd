import { describe, expect, it } from 'vitest'
import { parseHandmade } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a web page that sets each printed line in a <div> of its own, paragraphs marked by &nbsp; indents', () => {
  it('joins the unindented lines to the paragraph they run on, across words and numbers the line ends cut', async () => {
    const [plan] = await parseHandmade('tangxian-2024-div-lines-nbsp-indents.html')
    expect(plan.clauses.map((c) => c.text)).toEqual([
      '2024年，全县教育工作要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神和全国教育大会精神，落实立德树人根本任务，深化教育综合改革，加快建设教育强县。',
      '1.深化理论武装。健全“第一议题”制度，全年开展理论学习中心组集中学习12次以上，推动党的创新理论进校园、进课堂、进头脑。',
      '2.加强基层党组织建设。推进中小学校党组织领导的校长负责制全覆盖，培育县级党建示范校5所。',
      '3.扩大学前教育资源。新建、改扩建公办幼儿园3所，新增公办学位900个。',
      '4.推进义务教育优质均衡。新组建城乡教育共同体3个，实现乡镇中心学校全覆盖。',
    ])
    expect([plan.plan.issuer, plan.plan.publishDate, plan.plan.levels]).toEqual([
      '唐县教育局', '2024-03-04', [{ marker: '一、', role: 'chapter', count: 2 }, { marker: '1.', role: 'clause', count: 4 }],
    ])
  })
})
