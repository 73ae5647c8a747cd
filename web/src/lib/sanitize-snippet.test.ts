import { describe, expect, it } from 'vitest'
import { decodeEntities, markedTerms, parseSnippet, sanitizeSnippet } from './sanitize-snippet.js'

// A snippet as the server sends it for 双减 in the 荆门市 2025 plan: quotes escaped, terms marked.
const SERVER_SNIPPET = '6.持续巩固&quot;<mark>双减</mark>&quot;成效。坚持校内提质增效,持续抓好中小学生&#39;五项管理&#39;、课后服务…'

describe('sanitizeSnippet', () => {
  it('keeps the server’s <mark> tags and re-escapes the text', () => {
    expect(sanitizeSnippet(SERVER_SNIPPET)).toBe(
      '6.持续巩固&#34;<mark>双减</mark>&#34;成效。坚持校内提质增效,持续抓好中小学生&#39;五项管理&#39;、课后服务…',
    )
  })

  it('drops any other tag, attribute or event handler', () => {
    const hostile = '<mark onclick="x()">双减</mark><script>alert(1)</script><img src=x onerror=alert(1)>成效<a href="javascript:x">链接</a>'
    expect(sanitizeSnippet(hostile)).toBe('双减alert(1)成效链接')
  })

  it('shows escaped markup from the clause text as text, never as an element', () => {
    expect(sanitizeSnippet('统计&lt;script&gt;数据 <mark>课后服务</mark>')).toBe('统计&#60;script&#62;数据 <mark>课后服务</mark>')
  })

  it('flattens nested and unbalanced marks', () => {
    expect(sanitizeSnippet('<mark><mark>县中</mark>振兴</mark></mark>计划<mark>普高')).toBe('<mark>县中振兴</mark>计划<mark>普高</mark>')
  })

  it('accepts mark tags in any letter case', () => {
    expect(parseSnippet('<MARK>双减</Mark>工作')).toEqual([{ text: '双减', mark: true }, { text: '工作', mark: false }])
  })
})

describe('decodeEntities', () => {
  it('decodes named, decimal and hex entities and leaves unknown ones alone', () => {
    expect(decodeEntities('&lt;&#8220;&#x201D;&amp;&copy;')).toBe('<“”&&copy;')
  })

  it('drops surrogate and out-of-range code points', () => {
    expect(decodeEntities('a&#xD800;b&#99999999;c')).toBe('abc')
  })
})

describe('markedTerms', () => {
  it('lists each marked string once, in order of appearance', () => {
    expect(markedTerms('<mark>课后服务</mark>“五个严禁”…<mark>双减</mark>与<mark>课后服务</mark>')).toEqual(['课后服务', '双减'])
  })
})
