import { describe, expect, it } from 'vitest'
import { outlineRows, parseHtmlPage } from '../test/fixtures/layouts/handmade-plan.js'
import { parseDocument } from './parse-document.js'

/** A saved official-account article: headings as <section><strong>, clauses as bold lead sentences, the reader's bar under it. */
const PAGE = (tail: string) => `<html><head><meta charset="utf-8"><title>权威发布｜2025年全县教育工作要点来了！</title></head>
<body id="activity-detail"><div class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">权威发布｜2025年全县教育工作要点来了！</h1>
<div id="meta_content"><a id="js_name">绥宁教育</a><em id="publish_time">2025年03月12日 17:45</em></div>
<div class="rich_media_content" id="js_content">
<section style="text-align:center;"><strong><span style="font-size:20px;">绥宁县2025年教育工作要点</span></strong></section>
<section><span>2025年全县教育工作的总体思路是：以习近平新时代中国特色社会主义思想为指导，加快建设教育强县。</span></section>
<section><strong><span style="color:#c00000;">一、坚持党建引领</span></strong></section>
<section><span><strong>深化理论武装。</strong>落实“第一议题”制度，全年开展集中学习12次以上。</span></section>
<section><span><strong>加强基层党建。</strong>推进中小学校党组织领导的校长负责制，创建党建品牌3个。</span></section>
<section><strong><span style="color:#c00000;">二、推进优质均衡</span></strong></section>
<section><span><strong>办好县域高中。</strong>实施县中振兴计划，本科上线率提高2个百分点。</span></section>
<section><span><strong>扩大学前资源。</strong>新建公办幼儿园1所，新增学位270个。</span></section>
<section><span style="color:#888;font-size:12px;">来源：绥宁县教育局</span></section>
${tail}
</div></div></body></html>`

const ROWS = [
  ['-p1', null, null, null, '2025年全县教育工作的总体思路是：以习近平新时代中国特色社会主义思想为指导，加快建设教育强县。'],
  ['-p2', '一坚持党建引领', null, null, '深化理论武装。落实“第一议题”制度，全年开展集中学习12次以上。'],
  ['-p3', '一坚持党建引领', null, null, '加强基层党建。推进中小学校党组织领导的校长负责制，创建党建品牌3个。'],
  ['-p4', '二推进优质均衡', null, null, '办好县域高中。实施县中振兴计划，本科上线率提高2个百分点。'],
  ['-p5', '二推进优质均衡', null, null, '扩大学前资源。新建公办幼儿园1所，新增学位270个。'],
]

describe('parseDocument on an official account\'s article whose reader bar and calls to read on are saved with it', () => {
  it('drops the call 点个“在看”，分享给更多人 and the bar 阅读原文阅读 2356点赞 18在看 6 run together, not passages of the last chapter', () => {
    // Before: -p6 点个“在看”，分享给更多人, -p7 阅读原文阅读 2356点赞 18在看 6, -p8 写留言, -p9 留言 精选留言, -p10 点分享 点收藏 点点赞 点在看 under chapter 二.
    const tail = `<section style="text-align:center;"><span>点个“在看”，分享给更多人</span></section>
<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 2356</span><span>点赞 18</span><span>在看 6</span></div>
<div>写留言</div><div>留言 精选留言</div><p>点分享 点收藏 点点赞 点在看</p>`
    const [plan] = parseHtmlPage(PAGE(tail))
    expect(outlineRows(plan)).toEqual(ROWS)
    expect([plan.plan.title, plan.plan.city, plan.plan.level, plan.plan.year, plan.plan.publishDate]).toEqual(['绥宁县2025年教育工作要点', '绥宁县', '区县', 2025, '2025-03-12'])
  })

  it('ends the text at 喜欢此内容的人还喜欢, the account\'s list of other articles under it', () => {
    // Before: the heading and the titles under it were passages of chapter 二.
    const tail = '<div class="rich_media_extra">喜欢此内容的人还喜欢</div><div>绥宁县召开2025年教育工作会议</div><div>2025年绥宁县义务教育招生政策问答</div>'
    expect(outlineRows(parseHtmlPage(PAGE(tail))[0])).toEqual(ROWS)
  })
})

describe('the reader-bar rules leave the plan’s own lines that use the same words', () => {
  it('keeps a wrapped line 阅读, an activity 点赞新时代好少年 and an item 阅读分享 in their clauses', () => {
    const text = '某市教育局2024年教育工作要点\n一、加强党的全面领导\n1.健全制度。推进书香校园建设，深化全民\n阅读\n2.加强督导。开展“点赞身边好老师”活动。\n二、促进学生全面发展\n3.丰富校园活动。组织以下主题活动：\n点赞新时代好少年\n阅读分享\n4.加强体育。每天锻炼1小时。'
    const [plan] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
    expect(plan.clauses.map((c) => c.text)).toEqual([
      '1.健全制度。推进书香校园建设，深化全民\n阅读',
      '2.加强督导。开展“点赞身边好老师”活动。',
      '3.丰富校园活动。组织以下主题活动：\n点赞新时代好少年\n阅读分享',
      '4.加强体育。每天锻炼1小时。',
    ])
  })
})
