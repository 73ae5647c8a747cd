import { describe, expect, it } from 'vitest'
import { BOM, contentDisposition, csvCell, exportFileName, parseCsv, toCsv, type ExportRow } from './csv.js'

const row: ExportRow = {
  id: 'jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian-2-6',
  planId: 'jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian',
  planName: '荆门市教育局《市教育局2025年教育工作要点》',
  plan: '市教育局2025年教育工作要点',
  issuer: '荆门市教育局',
  province: '湖北省',
  city: '荆门市',
  level: '市',
  year: 2025,
  docNumber: null,
  publishDate: '2025-03-12',
  validity: '有效',
  chapter: '二、落实立德树人根本任务,促进学生全面发展',
  section: null,
  number: 6,
  heading: '持续巩固“双减”成效',
  text: '6.持续巩固“双减”成效。坚持校内提质增效,持续抓好中小学生“五项管理”、课后服务“五个严禁”,加强各科作业统筹,控制作业总量,减少不必要的考试,建设一批课后服务特色案例学校。',
  themes: ['义务教育', '校外培训'],
  headingOnly: false,
  firstIndexed: '2026-11-30T21:00:00.000Z',
  citation: '荆门市教育局《市教育局2025年教育工作要点》（2025年3月12日）二、第6条',
  link: 'http://127.0.0.1:3000/c/jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian-2-6',
}

describe('csvCell', () => {
  it('quotes cells with commas, quotes or line breaks and doubles inner quotes', () => {
    expect(csvCell('坚持校内提质增效,持续抓好')).toBe('"坚持校内提质增效,持续抓好"')
    expect(csvCell('他说"双减"')).toBe('"他说""双减"""')
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"')
    expect(csvCell('双减')).toBe('双减')
  })

  it('writes null as an empty cell and numbers as digits', () => {
    expect(csvCell(null)).toBe('')
    expect(csvCell(2025)).toBe('2025')
  })

  it('turns a would-be formula into text', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"')
    expect(csvCell('-1+2')).toBe("'-1+2")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
  })
})

describe('toCsv', () => {
  const HEADER = '文件,标题,发布机构,省份,城市,层级,年份,文号,发布日期,效力状态,章节,小节,条号,要点,条文,主题,仅有标题,首次收录,引用,链接,条款编号'

  it('starts with a BOM, uses Chinese headers and CRLF, and parses back to the same cells', () => {
    const csv = toCsv([row, { ...row, city: null, year: null, number: null, chapter: '', themes: [], headingOnly: true }])
    expect(csv.startsWith(BOM)).toBe(true)
    expect(csv.slice(1).split('\r\n')[0]).toBe(HEADER)
    const r = row
    expect(parseCsv(csv)).toEqual([
      HEADER.split(','),
      [r.planName, r.plan, '荆门市教育局', '湖北省', '荆门市', '市', '2025', '', '2025-03-12', '有效', r.chapter, '', '6', r.heading, r.text, '义务教育；校外培训', '否', r.firstIndexed, r.citation, r.link, r.id],
      [r.planName, r.plan, '荆门市教育局', '湖北省', '', '市', '', '', '2025-03-12', '有效', '', '', '', r.heading, r.text, '', '是', r.firstIndexed, r.citation, r.link, r.id],
    ])
  })
})

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the UTF-8 name percent-encoded', () => {
    expect(contentDisposition('政策条款-双减.csv', 'clauses.csv')).toBe(
      "attachment; filename=\"clauses.csv\"; filename*=UTF-8''%E6%94%BF%E7%AD%96%E6%9D%A1%E6%AC%BE-%E5%8F%8C%E5%87%8F.csv",
    )
  })
})

describe('exportFileName', () => {
  it('names the file after the query, without path separators or quotes', () => {
    expect(exportFileName('双减 课后服务', 'csv')).toBe('政策条款-双减 课后服务.csv')
    expect(exportFileName('../../etc/passwd', 'json')).toBe('政策条款-.. .. etc passwd.json')
    expect(exportFileName('"双减"', 'csv')).toBe('政策条款-双减.csv')
    expect(exportFileName('', 'csv')).toBe('政策条款-全部.csv')
  })
})
