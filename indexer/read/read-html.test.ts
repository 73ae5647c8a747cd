import { describe, expect, it } from 'vitest'
import { POLICY_PAGE } from './fixtures/policy-page.js'
import { declaredCharset, extractHtml } from './read-html.js'

describe('extractHtml', () => {
  it('keeps the title and body as lines, drops furniture, and moves the metadata table into fields', () => {
    const result = extractHtml(POLICY_PAGE)
    expect(result.text).toBe(
      [
        '无障碍浏览',
        '',
        '市教育局2025年教育工作要点',
        '',
        '发布日期:2025-03-12 10:10信息来源:荆门市教育局',
        '',
        '\u00a0\u00a0\u00a0\u00a02025年全市教育工作的总体思路是:坚持以习近平新时代中国特色社会主义思想为指导。',
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

  it('takes og:url when there is no canonical link, and null when there is neither', () => {
    expect(extractHtml('<html><head><meta property="og:url" content="https://edu.example.cn/a.html"></head><body><p>正文</p></body></html>').url).toBe('https://edu.example.cn/a.html')
    expect(extractHtml('<p>正文</p>')).toEqual({ text: '正文', fields: {}, url: null })
  })

  it('reads a label/value dl as metadata', () => {
    const result = extractHtml('<dl><dt>发文字号：</dt><dd>江教办〔2023〕5号</dd><dt>成文日期：</dt><dd>2023年3月15日</dd></dl><p>江门市教育局2023年工作要点</p>')
    expect(result).toEqual({ text: '江门市教育局2023年工作要点', fields: { 文号: '江教办〔2023〕5号', 成文日期: '2023年3月15日' }, url: null })
  })

  it('finds the declared charset in the first bytes', () => {
    expect(declaredCharset(Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'))).toBe('gb2312')
    expect(declaredCharset(Buffer.from('<meta charset="UTF-8">'))).toBe('UTF-8')
    expect(declaredCharset(Buffer.from('<p>无</p>'))).toBeNull()
  })
})
