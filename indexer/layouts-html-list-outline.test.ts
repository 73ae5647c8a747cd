import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'
import { extractHtml } from './read/read-html.js'
import { outlineRows, parseHandmade } from '../test/fixtures/layouts/handmade-plan.js'

describe('parseDocument on a web page whose plan is nested <ol>s drawn 1. at both levels, chapter titles outside, clauses inside', () => {
  it('heads a chapter by each outer item’s number and title and numbers the inner items as its clauses, from 1 in each', async () => {
    const [plan] = await parseHandmade('pingba-2024-nested-decimal-ol.html')
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年，全区教育系统要坚持稳中求进，加快建设教育强区。'],
      ['-1-1', '1全面加强党的建设', null, 1, '1.深化理论武装。健全“第一议题”制度，全年集中学习12次以上。'],
      ['-1-2', '1全面加强党的建设', null, 2, '2.加强基层党组织建设。推进党组织领导的校长负责制全覆盖。'],
      ['-2-1', '2推动教育优质均衡发展', null, 1, '1.扩大学前教育资源。新增公办学位600个。'],
      ['-2-2', '2推动教育优质均衡发展', null, 2, '2.推进义务教育优质均衡。新组建教育集团2个。'],
    ])
    expect([plan.plan.title, plan.plan.warnings]).toEqual(['平坝区教育局2024年教育工作要点', []])
  })
})

describe('parseDocument on a web page of nested <ol>s drawn 1. at both levels with a （一） paragraph after them', () => {
  it('still reads the lists as chapters that keep their numbers over their clauses, the （一） paragraph a section of the last', () => {
    const page = extractHtml(
      '<html><head><meta charset="utf-8"><title>某市教育局2024年教育工作要点</title></head><body><div class="content">' +
        '<h1>某市教育局2024年教育工作要点</h1><p>2024年，全市教育系统要坚持稳中求进，加快建设教育强市。</p><ol>' +
        '<li>全面加强党的建设<ol><li>深化理论武装。健全“第一议题”制度。</li><li>加强基层党组织建设。推进校长负责制。</li></ol></li>' +
        '<li>推动教育优质均衡发展<ol><li>扩大学前教育资源。新增公办学位2000个。</li><li>推进义务教育优质均衡。新组建教育集团5个。</li></ol></li>' +
        '</ol><p>（一）组织保障。各地要加强组织领导。</p></div></body></html>',
    )
    const [plan] = parseDocument({ file: 'x.html', text: page.text, fields: page.fields, url: null, headings: page.headings })
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年，全市教育系统要坚持稳中求进，加快建设教育强市。'],
      ['-1-1', '1全面加强党的建设', null, 1, '1.深化理论武装。健全“第一议题”制度。'],
      ['-1-2', '1全面加强党的建设', null, 2, '2.加强基层党组织建设。推进校长负责制。'],
      ['-2-1', '2推动教育优质均衡发展', null, 1, '1.扩大学前教育资源。新增公办学位2000个。'],
      ['-2-2', '2推动教育优质均衡发展', null, 2, '2.推进义务教育优质均衡。新组建教育集团5个。'],
      ['-p2', '2推动教育优质均衡发展', '（一）组织保障', null, '（一）组织保障。各地要加强组织领导。'],
    ])
    expect(plan.plan.warnings).toEqual([])
  })
})

describe('parseDocument on a web page of nested <ol type="a">s drawn a. at both levels, the inner ones from a. again', () => {
  it('heads a chapter by each outer item’s title alone, a. being no number a chapter keeps, its items paragraphs under it', () => {
    const page = extractHtml(
      '<html><head><meta charset="utf-8"><title>某市教育局2024年教育工作要点</title></head><body><div class="content">' +
        '<h1>某市教育局2024年教育工作要点</h1><p>2024年，全市教育系统要坚持稳中求进，加快建设教育强市。</p><ol type="a">' +
        '<li>全面加强党的建设<ol type="a"><li>深化理论武装。健全制度。</li><li>加强基层党组织建设。推进全覆盖。</li></ol></li>' +
        '<li>推动教育优质均衡发展<ol type="a"><li>扩大学前教育资源。新增学位。</li></ol></li></ol></div></body></html>',
    )
    const [plan] = parseDocument({ file: 'x.html', text: page.text, fields: page.fields, url: null, headings: page.headings })
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年，全市教育系统要坚持稳中求进，加快建设教育强市。'],
      ['-p2', '全面加强党的建设', null, null, 'a.深化理论武装。健全制度。'],
      ['-p3', '全面加强党的建设', null, null, 'b.加强基层党组织建设。推进全覆盖。'],
      ['-p4', '推动教育优质均衡发展', null, null, 'a.扩大学前教育资源。新增学位。'],
    ])
  })
})
