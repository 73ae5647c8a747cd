import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { LayoutExpectation } from '../../test/fixtures/layouts/render-layouts.js'
import { parseDocument } from '../parse-document.js'
import { POLICY_PAGE } from './fixtures/policy-page.js'
import { declaredCharset, extractHtml } from './read-html.js'

describe('extractHtml', () => {
  it('keeps the title and body as lines, drops furniture (the 无障碍浏览 link before the article too), and moves the metadata table into fields', () => {
    const result = extractHtml(POLICY_PAGE)
    expect(result.text).toBe(
      [
        '市教育局2025年教育工作要点',
        '',
        '发布日期:2025-03-12 10:10信息来源:荆门市教育局',
        '',
        '2025年全市教育工作的总体思路是:坚持以习近平新时代中国特色社会主义思想为指导。',
        '',
        '一、坚持以政治建设为统领,全面加强党的建设',
        '',
        '　　1.全面强化党的创新理论武装。坚持“思想引领、学习在先”,',
        '健全习近平总书记重要指示批示精神传达学习、督促落实机制。',
        '',
        '　　12.强化师德师风建设。聚焦违规补课、违规吃喝、抹牌赌博、酒驾醉驾等重点问题,查处一批负面典型。',
        '',
        '序号 项目',
        '',
        '1 新建幼儿园',
      ].join('\n'),
    )
    expect(result.fields).toEqual({
      索引号: '11420800011236449Y/2025-00078',
      主题分类: '教育',
      发布机构: '市教育局',
      发文日期: '2025-03-12',
      效力状态: '有效',
    })
    expect(result.url).toBe('http://www.jingmen.gov.cn/zwgk/fdzdgknr/ghxx/202503/t20250312_1.shtml')
  })

  it('drops a bar of short links that no class name marks (a menu table over the title), and keeps a line of links with text or long labels', () => {
    const page = `<body><table class="topnav"><tr><td><a href="/">首页</a></td><td><a href="/a">教育新闻</a></td><td><a href="/b">通知公告</a></td><td><a href="/c">政策法规</a></td></tr></table>
      <div class="banner"><span>新乡市教育局2024年工作要点</span></div>
      <p><a href="/">首页</a> | <a href="/a">政务公开</a></p>
      <p>详见<a href="/x">市教育局</a>、<a href="/y">市财政局</a>、<a href="/z">市人社局</a>通知。</p>
      <p><a href="/1.docx">附件1：2024年重点任务分工表</a> <a href="/2.docx">附件2：重点项目清单</a> <a href="/3.docx">附件3：督导计划</a></p></body>`
    expect(extractHtml(page).text.split('\n').filter(Boolean)).toEqual([
      '新乡市教育局2024年工作要点',
      '首页 | 政务公开',
      '详见市教育局、市财政局、市人社局通知。',
      '附件1：2024年重点任务分工表 附件2：重点项目清单 附件3：督导计划',
    ])
  })

  it('reads &nbsp; as a space: indentation by &nbsp; runs goes, a number split over spans keeps one plain space after it', () => {
    const html = `<body><p style="text-indent:32pt"><span>&nbsp;&nbsp;&nbsp;&nbsp;1</span><span>.</span><b><span>加强政治建设。</span></b><span>学习</span><span lang=EN-US>12</span><span>次。</span></p>
      <p><span lang=EN-US>&nbsp;</span></p><p><span>&nbsp;&nbsp;2</span><span>.</span><span>&nbsp;</span><span>加强组织建设。</span></p></body>`
    expect(extractHtml(html).text).toBe('1.加强政治建设。学习12次。\n\n2. 加强组织建设。')
  })

  it('moves a 政务公开 table of spaced labels (索 引 号 | 分　　类 | 发布机构 | 生成日期 | 名　　称 | 文　　号) into fields', () => {
    const html = `<body><table><tr><td>索 引 号：</td><td>007182163/2024-00018</td><td>分　　类：</td><td>计划总结</td></tr>
      <tr><td>发布机构：</td><td>清远市教育局</td><td>生成日期：</td><td>2024-03-12</td></tr>
      <tr><td>名　　称：</td><td colspan="3">清远市教育局2024年工作要点</td></tr>
      <tr><td>文　　号：</td><td>清教〔2024〕6号</td><td>主题分类：</td><td>教育</td></tr></table><h1>清远市教育局2024年工作要点</h1></body>`
    expect(extractHtml(html)).toMatchObject({
      text: '清远市教育局2024年工作要点',
      fields: { 索引号: '007182163/2024-00018', 主题分类: '计划总结', 发布机构: '清远市教育局', 发文日期: '2024-03-12', 标题: '清远市教育局2024年工作要点', 文号: '清教〔2024〕6号' },
    })
  })

  it('takes og:url when there is no canonical link, and null when there is neither', () => {
    expect(extractHtml('<html><head><meta property="og:url" content="https://edu.example.cn/a.html"></head><body><p>正文</p></body></html>').url).toBe('https://edu.example.cn/a.html')
    expect(extractHtml('<p>正文</p>')).toEqual({ text: '正文', fields: {}, url: null })
  })

  it('reads a label/value dl as metadata', () => {
    const result = extractHtml('<dl><dt>发文字号：</dt><dd>江教办〔2023〕5号</dd><dt>成文日期：</dt><dd>2023年3月15日</dd></dl><p>江门市教育局2023年工作要点</p>')
    expect(result).toEqual({ text: '江门市教育局2023年工作要点', fields: { 文号: '江教办〔2023〕5号', 成文日期: '2023年3月15日' }, url: null })
  })

  it('reads a page Word saved, its list numbers inside downlevel conditional comments, without the comment markup', () => {
    const html =
      `<p class=MsoTitle>某某市教育局2024年工作要点</p><p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>一、</span><![endif]>加强党的建设</p>` +
      `<p class=MsoListParagraph><!--[if !supportLists]--><span style='mso-list:Ignore'>1.</span><!--[endif]-->深化理论武装。</p><!--[if gte mso 9]><xml><o:DocumentProperties></o:DocumentProperties></xml><![endif]-->`
    expect(extractHtml(html).text.split('\n').filter(Boolean)).toEqual(['某某市教育局2024年工作要点', '一、加强党的建设', '1.深化理论武装。'])
  })

  it('finds the declared charset in the first bytes', () => {
    expect(declaredCharset(Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'))).toBe('gb2312')
    expect(declaredCharset(Buffer.from('<meta charset="UTF-8">'))).toBe('UTF-8')
    expect(declaredCharset(Buffer.from('<p>无</p>'))).toBeNull()
  })
})

describe('extractHtml on a very long page', () => {
  it('reads a page of 200 000 paragraphs, none bold or a heading, without overflowing the stack', () => {
    const html = `<html><body>${Array.from({ length: 200_000 }, (_, i) => `<p>第${i}句话。</p>`).join('')}</body></html>`
    const text = extractHtml(html).text
    expect(text.startsWith('第0句话。')).toBe(true)
    expect(text.endsWith('第199999句话。')).toBe(true)
  })
})

describe('extractHtml on ordered lists, whose numbers the browser draws', () => {
  it('writes each item\'s number before it, in the list\'s own style, nested lists counting on their own', () => {
    const html =
      '<ol style="list-style-type: cjk-ideographic"><li>总体要求</li><li>重点任务<ol><li>落实立德树人。</li><li>深化“双减”。</li></ol></li>' +
      '<li>保障措施<ol type="a" start="3"><li>经费。</li><li value="7">督导。</li></ol></li></ol>'
    expect(extractHtml(html).text.split('\n').filter(Boolean)).toEqual(['一、总体要求', '二、重点任务', '1.落实立德树人。', '2.深化“双减”。', '三、保障措施', 'c.经费。', 'g.督导。'])
  })

  it('adds nothing to items that carry their typed number, to a list styled without numbers, or to a bullet list', () => {
    const html = '<ol><li>1.加强党建。</li><li>（二）推进改革。</li></ol><ol style="list-style:none"><li>附件</li></ol><ul><li>要点</li></ul><ol reversed><li>二项</li><li>一项</li></ol>'
    expect(extractHtml(html).text.split('\n').filter(Boolean)).toEqual(['1.加强党建。', '（二）推进改革。', '附件', '要点', '2.二项', '1.一项'])
  })

  it('reads every numbered clause of a plan published as ordered lists, as from the typed copy', () => {
    const dir = 'test/fixtures/layouts'
    const lines = readFileSync(`${dir}/source/shaoguan-2023-yaodian.txt`, 'utf8').split('\n').filter(Boolean)
    // Chapters an ordered list in Chinese counting; each chapter's clauses a list starting where the last one stopped.
    let html = ''
    let clause = 0
    let open: 'chapter' | 'clauses' | null = null
    const close = () => (html += open === 'clauses' ? '</ol></li>' : open === 'chapter' ? '</li>' : '')
    html += '<p>' + lines.slice(0, 4).join('</p><p>') + '</p><ol style="list-style-type:cjk-ideographic">'
    for (const line of lines.slice(4, -2)) {
      const chapter = /^[一二三四五六七八九十]+、(.*)$/.exec(line)
      const item = /^\d+\.(.*)$/.exec(line)
      if (chapter) {
        close()
        html += `<li>${chapter[1]}`
        open = 'chapter'
      } else if (item) {
        if (open === 'chapter') html += `<ol start="${clause + 1}">`
        html += `<li>${item[1]}</li>`
        open = 'clauses'
        clause++
      } else html += `<p>${line}</p>`
    }
    close()
    html += '</ol><p>' + lines.slice(-2).join('</p><p>') + '</p>'
    const clauses = parseDocument({ file: 'shaoguan.html', text: extractHtml(html).text, fields: {}, url: null })
      .flatMap((p) => p.clauses)
      .filter((c) => c.number !== null)
      .map((c) => [c.chapter?.number ?? null, c.number, c.heading.slice(0, 8)])
    const expected: LayoutExpectation[] = JSON.parse(readFileSync(`${dir}/expectations.json`, 'utf8'))
    expect(clauses).toEqual(expected.find((e) => e.file === 'shaoguan-2023-yaodian--lines.txt')!.clauses)
  })
})

describe('extractHtml on a task table (序号 | 重点任务 | 牵头单位 | 完成时限)', () => {
  const page =
    '<h1>某某市教育局2024年重点工作任务清单</h1><table><tr><td colspan="4">2024年重点工作任务分解表</td></tr>' +
    '<tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>完成时限</th></tr>' +
    '<tr><td rowspan="2">1</td><td rowspan="2">深化理论武装，健全理论学习中心组学习制度</td><td>办公室</td><td rowspan="3">2024年12月</td></tr>' +
    '<tr><td>组织科</td></tr>' +
    '<tr><td>2</td><td>加强基层党组织建设，推进标准化规范化</td><td>组织科</td></tr>' +
    '<tr><td>３</td><td>扩大优质学位供给，新增学位3000个。</td><td>规划科</td><td>2024年9月</td></tr></table>'

  it('reads each task as one numbered line, its other columns labelled by their headers, merged cells once', () => {
    expect(extractHtml(page).text.split('\n').filter(Boolean)).toEqual([
      '某某市教育局2024年重点工作任务清单',
      '2024年重点工作任务分解表',
      '1.深化理论武装，健全理论学习中心组学习制度。牵头单位：办公室、组织科；完成时限：2024年12月。',
      '2.加强基层党组织建设，推进标准化规范化。牵头单位：组织科；完成时限：2024年12月。',
      '3.扩大优质学位供给，新增学位3000个。牵头单位：规划科；完成时限：2024年9月。',
    ])
  })

  it('gives the clause splitter one clause per task, headed by the task', () => {
    const clauses = parseDocument({ file: 'tasks.html', text: extractHtml(page).text, fields: {}, url: null }).flatMap((p) => p.clauses)
    expect(clauses.filter((c) => c.number !== null).map((c) => [c.number, c.heading])).toEqual([
      [1, '深化理论武装，健全理论学习中心组学习制度'],
      [2, '加强基层党组织建设，推进标准化规范化'],
      [3, '扩大优质学位供给，新增学位3000个'],
    ])
  })
})

describe('extractHtml on a WeChat article (公众号)', () => {
  it('reads a WeChat article saved with its body hidden until a script shows it, and leaves a small hidden tip out', () => {
    const html = [
      '<body><h1 id="activity-name">重磅！2024年荆州教育工作这样干</h1>',
      '<div id="meta_content"><a id="js_name">荆州教育</a><em id="publish_time">2024-03-06 18:30</em></div>',
      '<div id="js_content" style="visibility: hidden;"><p>荆州市2024年教育工作要点</p><p>1.加强思想政治教育。推进大中小学思政课一体化建设。</p><p>2.深化五育并举。开足体育课程。</p></div>',
      '<div style="visibility: hidden;">预览时标签不可点</div></body>',
    ].join('')
    const page = extractHtml(html)
    expect(page.text).toBe('重磅！2024年荆州教育工作这样干\n\n荆州教育2024-03-06 18:30\n\n荆州市2024年教育工作要点\n\n1.加强思想政治教育。推进大中小学思政课一体化建设。\n\n2.深化五育并举。开足体育课程。')
    expect(page.fields).toEqual({ 发布日期: '2024-03-06 18:30' })
  })

  it('keeps an element hidden by display: none out even when it holds most of the text', () => {
    const html = '<body><p>正文一行。</p><div style="display:none; visibility:hidden">隐藏的大段文字隐藏的大段文字隐藏的大段文字</div></body>'
    expect(extractHtml(html).text).toBe('正文一行。')
  })
})

describe('extractHtml on headings (h1–h6, or a line bold from end to end)', () => {
  const page = (body: string, title = '') => extractHtml(`<html><head><title>${title}</title></head><body>${body}</body></html>`).headings ?? []

  it('gives each heading element its level and a whole bold line the level below them, the page’s own title left out', () => {
    const body = '<h1>荆门市2024年教育工作要点</h1><h2>全面加强党的建设</h2><p><strong>强化理论武装</strong></p>' +
      '<p style="font-weight: 700">推进教育均衡发展</p><p><b style="mso-bidi-font-weight:normal"><span>　扩大优质资源</span></b></p>'
    expect(page(body, '荆门市2024年教育工作要点_规划计划_荆门市教育局')).toEqual([
      { text: '全面加强党的建设', level: 2 },
      { text: '强化理论武装', level: 7 },
      { text: '推进教育均衡发展', level: 7 },
      { text: '　扩大优质资源', level: 7 },
    ])
  })

  it('reads no heading in a paragraph a bold lead phrase opens, in plain text beside bold, or in a table cell', () => {
    const body = '<p><strong>加强党建。</strong>健全“第一议题”制度。</p><p>1.<strong>深化理论武装。</strong></p>' +
      '<p style="font-weight:bold">推进<span style="font-weight:normal">教育均衡</span></p><table><tr><td><strong>序号</strong></td><td><strong>任务</strong></td></tr><tr><td>1</td><td>新建学校</td></tr></table>'
    expect(page(body)).toEqual([])
  })

  it('reads the headings of an article a layout table sets in one cell', () => {
    const article = '<p><strong>推进教育均衡发展</strong></p>' + '<p>深化集团化办学改革，新组建紧密型教育集团4个，城乡学校结对帮扶全覆盖。</p>'.repeat(10)
    expect(page(`<table><tr><td>${article}</td></tr></table>`)).toEqual([{ text: '推进教育均衡发展', level: 7 }])
  })

  it('leaves out a first heading that reads as a document’s title, and one alone at its level (a WeChat article’s title under its banner)', () => {
    expect(page('<p><strong>黄山市教育局2024年工作要点</strong></p><p><strong>推进教育均衡发展</strong></p>')).toEqual([{ text: '推进教育均衡发展', level: 7 }])
    expect(page('<p><strong>点击上方蓝字关注我们</strong></p><h2>荆州市2024年教育工作要点</h2><p><strong>推进教育均衡发展</strong></p>')).toEqual([
      { text: '点击上方蓝字关注我们', level: 7 },
      { text: '推进教育均衡发展', level: 7 },
    ])
  })
})
