import { describe, expect, it } from 'vitest'
import { withoutMarkup } from './pasted-markup.js'

describe('withoutMarkup', () => {
  it('drops the tags of a query pasted from a page: <b>双减</b> is 双减, <p>双减</p><p>课后服务</p> two words', () => {
    expect(withoutMarkup('<b>双减</b>')).toBe('双减')
    expect(withoutMarkup('<span style="color:red">校园</span>欺凌')).toBe('校园欺凌')
    expect(withoutMarkup('<p>双减</p><p>课后服务</p>')).toBe(' 双减  课后服务 ')
    expect(withoutMarkup('双减<br/>托管')).toBe('双减 托管')
  })

  it('reads character references as their characters: 课后服务&nbsp;托管, &quot;双减&quot;', () => {
    expect(withoutMarkup('课后服务&nbsp;托管')).toBe('课后服务\u00a0托管')
    expect(withoutMarkup('&quot;双减&quot;')).toBe('"双减"')
  })

  it('keeps a < or > that opens no tag, and text without markup, as typed: <5岁, 年龄>3, a<b', () => {
    expect(withoutMarkup('<5岁的幼儿')).toBe('<5岁的幼儿')
    expect(withoutMarkup('年龄>3')).toBe('年龄>3')
    expect(withoutMarkup('双减 -托管')).toBe('双减 -托管')
  })
})
