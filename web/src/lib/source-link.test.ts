import { describe, expect, it } from 'vitest'
import { sourceLink } from './source-link.js'

describe('sourceLink', () => {
  it('links an http(s) address and names its host', () => {
    expect(sourceLink('http://jyj.jiangmen.gov.cn/zwgk/tzgg/content/post_2816.html')).toEqual({ href: 'http://jyj.jiangmen.gov.cn/zwgk/tzgg/content/post_2816.html', host: 'jyj.jiangmen.gov.cn' })
  })

  it('links nothing else', () => {
    expect([sourceLink(null), sourceLink('javascript:alert(1)'), sourceLink('file:///etc/passwd'), sourceLink('jyj.jiangmen.gov.cn/a.html')]).toEqual([null, null, null, null])
  })
})
