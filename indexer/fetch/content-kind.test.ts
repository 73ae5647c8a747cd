import { describe, expect, it } from 'vitest'
import { contentKind, dispositionName } from './content-kind.js'
import type { ResponseMeta } from './http-fetch.js'

const meta = (url: string, contentType: string | null, contentDisposition: string | null = null): ResponseMeta => ({
  url, status: 200, contentType, etag: null, lastModified: null, date: null, contentDisposition,
})
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])

describe('contentKind', () => {
  it('knows an attachment sent as octet-stream by the file name the server gives or the address', () => {
    expect([
      contentKind(meta('http://jyj.example.cn/download.jsp?id=18', 'application/octet-stream', `attachment; filename*=UTF-8''${encodeURIComponent('2023年工作要点.docx')}`), ZIP),
      contentKind(meta('http://jyj.example.cn/files/2023gzyd.docx', 'application/octet-stream'), ZIP),
      contentKind(meta('http://jyj.example.cn/files/a.txt', 'application/octet-stream'), Buffer.from('2023年工作要点')),
    ]).toEqual(['docx', 'docx', 'txt'])
  })

  it('believes the first bytes over the Content-Type: a PDF sent as text/html, a page sent as text/plain, an old .doc', () => {
    expect([
      contentKind(meta('http://jyj.example.cn/a', 'text/html'), Buffer.from('%PDF-1.7\n')),
      contentKind(meta('http://jyj.example.cn/a', 'text/plain'), Buffer.from('<!DOCTYPE html><html>')),
      contentKind(meta('http://jyj.example.cn/a.docx', 'application/msword'), OLE),
    ]).toEqual(['pdf', 'html', 'doc'])
  })

  it('knows an OFD package by its OFD.xml, its type or its name, and RTF by its first bytes', () => {
    const ofd = Buffer.concat([ZIP, Buffer.from('\u0000\u0000OFD.xml<ofd:OFD')])
    expect([
      contentKind(meta('http://jyj.example.cn/download.jsp?id=3', 'application/octet-stream'), ofd),
      contentKind(meta('http://jyj.example.cn/a', 'application/ofd'), ZIP),
      contentKind(meta('http://jyj.example.cn/files/2024gzyd.ofd', 'application/octet-stream'), ZIP),
      contentKind(meta('http://jyj.example.cn/download.jsp?id=4', 'application/msword'), Buffer.from('{\\rtf1\\ansi\\ansicpg936')),
      contentKind(meta('http://jyj.example.cn/a', 'text/rtf'), Buffer.from('{\\rtf1')),
    ]).toEqual(['ofd', 'ofd', 'ofd', 'rtf', 'rtf'])
  })

  it('refuses images, spreadsheets and zip archives that are not Word documents', () => {
    expect([
      contentKind(meta('http://jyj.example.cn/logo.png', 'image/png'), Buffer.from([0x89, 0x50])),
      contentKind(meta('http://jyj.example.cn/bmb.xls', 'application/vnd.ms-excel'), Buffer.from('x')),
      contentKind(meta('http://jyj.example.cn/files.zip', 'application/zip'), ZIP),
    ]).toEqual([null, null, null])
  })
})

describe('dispositionName', () => {
  it('reads plain and RFC 5987 file names', () => {
    expect([dispositionName('attachment; filename="2020-17.pdf"'), dispositionName(`attachment; filename*=UTF-8''${encodeURIComponent('工作要点.pdf')}`), dispositionName(null)]).toEqual([
      '2020-17.pdf',
      '工作要点.pdf',
      null,
    ])
  })
})
