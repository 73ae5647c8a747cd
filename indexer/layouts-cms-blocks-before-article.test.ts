import { describe, expect, it } from 'vitest'
import { extractHtml } from './read/read-html.js'
import { outlineRows, parseHandmade } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a government CMS page with a column of sections and a numbered headline list beside its article', () => {
  it('reads the article alone: no headline is a clause, the title and opening run into none, the 索引号 list still read', async () => {
    const [plan] = await parseHandmade('panjin-2024-cms-sidebar-headlines-before-article.html')
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年，全市教育系统要坚持以习近平新时代中国特色社会主义思想为指导，加快建设教育强市。'],
      ['-1-1', '一全面加强党的建设', null, 1, '1.深化理论武装。健全“第一议题”制度，全年集中学习12次以上。'],
      ['-1-2', '一全面加强党的建设', null, 2, '2.加强基层党组织建设。推进党组织领导的校长负责制全覆盖。'],
      ['-2-3', '二推动教育优质均衡发展', null, 3, '3.扩大学前教育资源。新增公办学位2000个。'],
      ['-2-4', '二推动教育优质均衡发展', null, 4, '4.推进义务教育优质均衡。新组建教育集团5个。'],
    ])
    expect([plan.plan.title, plan.plan.docNumber, plan.plan.issuer, plan.plan.publishDate, plan.plan.warnings]).toEqual([
      '盘锦市教育局2024年教育工作要点', '盘教发〔2024〕3号', '盘锦市教育局', '2024-03-05', [],
    ])
  })

  it('still reads the date and source a line above the article’s block gives, and nothing else of that block', () => {
    const prose = (t: string) => `<p>${t}，全年完成各项任务，推动教育高质量发展。</p>`
    const html = `<html><head><title>盘锦市教育局2024年教育工作要点</title></head><body><div class="lm">政务公开</div>` +
      `<div class="xx">发布时间：2024-03-05 10:20　来源：盘锦市教育局</div><div class="wz"><h1>盘锦市教育局2024年教育工作要点</h1>` +
      `${prose('一、全面加强党的建设')}${prose('1.深化理论武装')}${prose('2.加强基层党建')}</div></body></html>`
    const page = extractHtml(html)
    expect([page.text.split('\n')[0], page.fields]).toEqual(['盘锦市教育局2024年教育工作要点', { 发布日期: '2024-03-05 10:20', 来源: '盘锦市教育局' }])
  })
})

describe('parseDocument on a page whose 印发 notice stands in a block of its own before the plan’s', () => {
  it('keeps a Word page’s 印发 notice set in a section of its own before the plan’s, and with it the issuer, 文号 and dates', async () => {
    const [plan] = await parseHandmade('yingkou-2024-word-html-notice-section-before-plan.html')
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年，全市教育系统要坚持稳中求进，加快建设教育强市。'],
      ['-1-1', '一全面加强党的建设', null, 1, '1.深化理论武装。健全“第一议题”制度，全年集中学习12次以上。'],
      ['-1-2', '一全面加强党的建设', null, 2, '2.加强基层党组织建设。推进党组织领导的校长负责制全覆盖。'],
      ['-2-3', '二推动教育优质均衡发展', null, 3, '3.扩大学前教育资源。新增公办学位2000个。'],
      ['-2-4', '二推动教育优质均衡发展', null, 4, '4.推进义务教育优质均衡。新组建教育集团5个。'],
    ])
    expect([plan.plan.title, plan.plan.docNumber, plan.plan.issuer, plan.plan.publishDate, plan.plan.signDate, plan.plan.warnings]).toEqual([
      '营口市教育局2024年教育工作要点', '营教发〔2024〕3号', '营口市教育局', '2024-03-01', '2024-03-01', [],
    ])
  })

  it('keeps a notice a CMS wraps in a div of its own, while the column of sections before it still goes', () => {
    const prose = (t: string) => `<p>${t}，全年完成各项任务，推动教育高质量发展。</p>`
    const html = `<html><head><title>盘锦市教育局2024年教育工作要点</title></head><body>` +
      `<div class="lm">政务公开</div><ul><li><a href="/a">通知公告</a></li><li><a href="/b">规划计划</a></li></ul>` +
      `<div class="notice"><p>盘教发〔2024〕3号</p><p>关于印发《盘锦市教育局2024年教育工作要点》的通知</p>` +
      `<p>各县（区）教育局：</p><p>现将《盘锦市教育局2024年教育工作要点》印发给你们，请认真贯彻落实。</p><p>盘锦市教育局</p><p>2024年3月1日</p></div>` +
      `<div class="wz"><h1>盘锦市教育局2024年教育工作要点</h1>` +
      `${prose('一、全面加强党的建设')}${prose('1.深化理论武装')}${prose('2.加强基层党建')}${prose('3.推进清廉学校建设')}</div></body></html>`
    expect(extractHtml(html).text.split('\n').filter((line) => line !== '').slice(0, 7)).toEqual([
      '盘教发〔2024〕3号',
      '关于印发《盘锦市教育局2024年教育工作要点》的通知',
      '各县（区）教育局：',
      '现将《盘锦市教育局2024年教育工作要点》印发给你们，请认真贯彻落实。',
      '盘锦市教育局',
      '2024年3月1日',
      '盘锦市教育局2024年教育工作要点',
    ])
  })
})
