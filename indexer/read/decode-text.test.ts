import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeText } from './decode-text.js'

/** Real lines of data/corpus/000_*.txt and 002_*.txt. */
const CORPUS_LINES = [
  '市教育局2025年教育工作要点',
  '12.强化师德师风建设。建立健全教师定期理论学习、荣誉表彰制度,开展教师节系列活动,设立“名师路”“荣誉墙”,表彰一批优秀教师。',
  '提升基层党建工作质量。坚持抓基层强基础,推进基层党',
]
/** The same lines in traditional characters, as a Taiwan or Hong Kong site would publish them in Big5. */
const TRADITIONAL_LINES = [
  '市教育局2025年教育工作要點',
  '12.強化師德師風建設。建立健全教師定期理論學習、榮譽表彰制度,開展教師節系列活動,設立“名師路”“榮譽牆”,表彰一批優秀教師。',
  '提升基層黨建工作質量。堅持抓基層強基礎,推進基層黨',
]

describe('decodeText', () => {
  it('reads GBK bytes of corpus lines as GB18030', () => {
    const text = CORPUS_LINES.join('\r\n')
    expect(decodeText(iconv.encode(text, 'gbk'), 'plan.txt')).toEqual({ text, encoding: 'GB18030' })
  })

  it('reads Big5 bytes of corpus lines as Big5', () => {
    const text = TRADITIONAL_LINES.join('\n')
    expect(decodeText(iconv.encode(text, 'big5'), 'plan.txt')).toEqual({ text, encoding: 'Big5' })
  })

  it('reads a two-character GBK file that chardet takes for UTF-8', () => {
    expect(decodeText(iconv.encode('学校', 'gbk'), 'a.txt')).toEqual({ text: '学校', encoding: 'GB18030' })
    expect(decodeText(iconv.encode('教育', 'gbk'), 'a.txt')).toEqual({ text: '教育', encoding: 'GB18030' })
  })

  it('reads a short Big5 title that chardet takes for ISO-8859-1', () => {
    expect(decodeText(iconv.encode('發展', 'big5'), 'a.txt')).toEqual({ text: '發展', encoding: 'Big5' })
  })

  it('strips a UTF-8 byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CORPUS_LINES[0], 'utf8')])
    expect(decodeText(bytes, 'a.txt')).toEqual({ text: CORPUS_LINES[0], encoding: 'UTF-8 (BOM)' })
  })

  it('reads UTF-8 without a BOM and UTF-16 with one', () => {
    expect(decodeText(Buffer.from(CORPUS_LINES[1], 'utf8'), 'a.txt')).toEqual({ text: CORPUS_LINES[1], encoding: 'UTF-8' })
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CORPUS_LINES[0], 'utf16le')])
    expect(decodeText(utf16, 'a.txt')).toEqual({ text: CORPUS_LINES[0], encoding: 'UTF-16LE' })
  })

  it('prefers a page that is valid UTF-8 over its declared gb2312 charset, and follows the declaration otherwise', () => {
    expect(decodeText(Buffer.from('学校', 'utf8'), 'a.html', 'gb2312').encoding).toBe('UTF-8')
    expect(decodeText(iconv.encode(CORPUS_LINES[1], 'gbk'), 'a.html', 'gb2312')).toEqual({ text: CORPUS_LINES[1], encoding: 'GB18030' })
  })

  it('throws binary for bytes with NUL characters', () => {
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x41])
    expect(() => decodeText(bytes, '/corpus/photo.txt')).toThrow(
      expect.objectContaining({ code: 'binary', message: expect.stringContaining('photo.txt') }),
    )
  })
})
