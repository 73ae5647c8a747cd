import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeText } from './read/decode-text.js'
import { outlineRows, parseHandmade } from '../test/fixtures/layouts/handmade-plan.js'

describe('readDocument on a .txt saved as UTF-16 without a BOM (an export tool’s “Unicode”), CRLF line ends', () => {
  it('reads it in its byte order, not refused as binary for its NUL bytes', async () => {
    const [plan] = await parseHandmade('liaoyang-2024-utf16-without-bom.txt')
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年，全市教育系统要坚持稳中求进，加快建设教育强市。'],
      ['-1-1', '一全面加强党的建设', null, 1, '1.深化理论武装。健全“第一议题”制度，全年集中学习12次以上。'],
      ['-1-2', '一全面加强党的建设', null, 2, '2.加强基层党组织建设。推进党组织领导的校长负责制全覆盖。'],
      ['-2-3', '二推动教育优质均衡发展', null, 3, '3.扩大学前教育资源。新增公办学位2000个。'],
    ])
    expect([plan.plan.title, plan.plan.signDate]).toEqual(['辽阳市教育局2024年教育工作要点', '2024-03-01'])
  })

  it('reads big-endian bytes too, and still refuses bytes with NULs that read as no Chinese in either order', () => {
    const text = '一、全面加强党的建设\n1.深化理论武装。'
    expect(decodeText(iconv.encode(text, 'utf-16be'), 'a.txt')).toEqual({ text, encoding: 'UTF-16BE' })
    expect(() => decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]), 'a.txt')).toThrow(expect.objectContaining({ code: 'binary' }))
  })

  it('reads UTF-16 with one stray byte at its end, that byte left out', () => {
    const text = '一、全面加强党的建设\n1.深化理论武装。'
    expect(decodeText(Buffer.concat([iconv.encode(text, 'utf-16le'), Buffer.from([0x0a])]), 'a.txt')).toEqual({ text, encoding: 'UTF-16LE' })
  })
})
