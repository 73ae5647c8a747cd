import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodePage, headerCharset } from './charset.js'

const BODY = '<p>现将《江门市教育局2023年工作要点》印发给你们，请结合实际，抓好贯彻落实。</p>'
const page = (meta: string) => `<html><head>${meta}<title>江门市教育局2023年工作要点</title></head><body>${BODY}</body></html>`
const GB2312_META = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'

describe('headerCharset', () => {
  it('reads the charset parameter of a Content-Type, quoted or not', () => {
    expect([headerCharset('text/html; charset=GBK'), headerCharset('text/html;charset="utf-8"'), headerCharset('text/html'), headerCharset(null)]).toEqual(['GBK', 'utf-8', null, null])
  })
})

describe('decodePage', () => {
  it('trusts the HTTP header first', () => {
    const bytes = iconv.encode(page(''), 'gbk')
    expect(decodePage(bytes, 'text/html; charset=GBK', 'a.html')).toEqual({ text: page(''), encoding: 'GB18030', encodingFrom: 'http' })
  })

  it('uses the meta tag of a GB2312 page served without a charset', () => {
    const html = page(GB2312_META)
    expect(decodePage(iconv.encode(html, 'gbk'), 'text/html', 'a.html')).toEqual({ text: html, encoding: 'GB18030', encodingFrom: 'meta' })
  })

  it('passes over a header that says utf-8 when the bytes are GBK, for the meta tag', () => {
    const html = page(GB2312_META)
    expect(decodePage(iconv.encode(html, 'gbk'), 'text/html; charset=utf-8', 'a.html')).toEqual({ text: html, encoding: 'GB18030', encodingFrom: 'meta' })
  })

  it('passes over a meta gb2312 on a page that is valid UTF-8 Chinese', () => {
    const html = page(GB2312_META)
    expect(decodePage(Buffer.from(html), 'text/html', 'a.html')).toEqual({ text: html, encoding: 'UTF-8', encodingFrom: 'detected' })
  })

  it('detects a GBK page that declares nothing', () => {
    const html = page('')
    expect(decodePage(iconv.encode(html, 'gbk'), null, 'a.html')).toEqual({ text: html, encoding: 'GB18030', encodingFrom: 'detected' })
  })
})
