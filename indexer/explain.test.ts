import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { explainDocument } from './explain.js'
import { parseDocument } from './parse-document.js'

const explain = (path: string, file: string) =>
  explainDocument(file, parseDocument({ file, text: readFileSync(path, 'utf8'), fields: {}, url: null }))

describe('explainDocument', () => {
  it('prints the metadata with where each value came from, the outline, the warnings and the catalog fix', () => {
    expect(explain('test/fixtures/metadata/no-year-anywhere.txt', 'no-year.txt').split('\n')).toEqual([
      'no-year.txt: 1 plan',
      '',
      '── plan 1: ningxiang-guanyu-jiaqiang-xinshidai-zhong-xiaoxue-jiaoshi',
      'metadata:',
      '  title     宁乡市关于加强新时代中小学教师队伍建设的实施意见   ← from the title: 宁乡市关于加强新时代中小学教师队伍建设的实施意见',
      '  issuer    —                             ← not found',
      '  文号      —                             ← not found',
      '  year      —                             ← not found',
      '  signed    —                             ← not found',
      '  published —                             ← not found',
      '  city      宁乡市                        ← from the title: 宁乡市关于加强新时代中小学教师队伍建设的实施意见',
      '  province  湖南省                        ← inferred: 宁乡市',
      '  level     区县                          ← inferred: 宁乡市',
      '  validity  —                             ← not found',
      'outline: 4 numbered clauses, 1 passage; levels: chapter 一、 › clause 1.',
      '  一、加强师德师风建设  — 2 clauses',
      '     1 健全师德建设长效机制      2 严格师德失范行为处理',
      '  二、提升教师专业素质  — 2 clauses',
      '     3 实施教师素质提升工程      4 加强名师工作室建设',
      'warnings:',
      '  [year_missing] 没有找到年份：标题、文号和落款日期都没有写明',
      'to correct it, add to data/catalog.json: { "file": "no-year.txt", "set": { "year": 2024 } }',
    ])
  })

  it('lists the paragraphs of chapters without numbered clauses by their place, beside the numbered clauses of a mixed plan', () => {
    const lines = explain('test/fixtures/layouts/handmade/yingtan-2024-mixed-prose-and-clauses.txt', 'yingtan.txt').split('\n')
    expect(lines.slice(lines.findIndex((l) => l.startsWith('outline:')), lines.indexOf('warnings: none'))).toEqual([
      'outline: 3 numbered clauses, 4 passages (4 of them paragraphs of chapters without numbered clauses, cited by place); levels: chapter 一、 › clause 1.',
      '  一、总体要求  — 2 paragraphs',
      '     第1段 2024年，全市教育…     第2段 着力办好人民满意的教…',
      '  二、重点任务  — 3 clauses',
      '     1 加强党的建设              2 扩大学前教育资源          3 推进义务教育优质均衡',
      '  三、保障措施  — 2 paragraphs',
      '     第1段 强化经费保障，落实“…   第2段 加强督导考核，将重点…',
    ])
  })

  it('counts headings printed with nothing under them apart from the passages and names each where it stands', () => {
    // Before: outline: 4 numbered clauses, 4 passages (the one passage and the three heading-only records), and
    // 二、推进改革, 四、其他 and （二）深化改革 appeared nowhere in the outline.
    const text = '某市教育局2024年教育工作要点\n为做好全年工作，制定本要点。\n一、加强党的全面领导\n（一）加强党建\n1.健全制度。\n2.加强督导。\n（二）深化改革\n（三）强化保障\n3.加大投入。\n二、推进改革\n三、强化保障\n4.加强督导。\n四、其他'
    const lines = explainDocument('x.txt', parseDocument({ file: 'x.txt', text, fields: {}, url: null })).split('\n')
    expect(lines.slice(lines.findIndex((l) => l.startsWith('outline:')), lines.indexOf('warnings: none'))).toEqual([
      'outline: 4 numbered clauses, 1 passage, 3 empty headings; levels: chapter 一、 › section （一） › clause 1.',
      '  一、加强党的全面领导  — 3 clauses; empty section （二）深化改革',
      '     1 健全制度                  2 加强督导                  3 加大投入',
      '  二、推进改革  — empty heading',
      '  三、强化保障  — 1 clause',
      '     4 加强督导',
      '  四、其他  — empty heading',
    ])
  })

  it('heads an attachment’s rows with 附件 and its title, as a citation writes it, not 附件、', () => {
    const lines = explain('test/fixtures/layouts/handmade/luohe-2024-single-attachment-rows.txt', 'luohe.txt').split('\n')
    expect(lines.slice(lines.findIndex((l) => l.startsWith('  附件')), lines.indexOf('warnings: none'))).toEqual([
      '  附件 2024年全市教育重点建设项目清单  — 3 clauses',
      '     1 新建学校2所               2 改扩建中小学校7所         3 新建、改扩建幼儿园3…',
    ])
  })

  it('names the compilation a plan belongs to and the evidence it rejected', () => {
    const corpus = explain('data/corpus/001_3165b1e1fe2a6d7c.txt', '001_3165b1e1fe2a6d7c.txt')
    expect(corpus.split('\n')[0]).toBe('001_3165b1e1fe2a6d7c.txt: 7 plans')
    expect(corpus).toContain('── plan 2 of 7 in “教育和体育局2024年工作要点汇编(7篇)”: rongcheng-2024-quanshi-jiaoyu-he-tiyu-gongzuo-yaodian')
    expect(corpus).toContain('outline: 22 numbered clauses (22 from the table of contents only), 0 passages; levels: chapter 一、 › clause 1.')
    // The levels are the splitter's: its （一） sections appear although no clause is numbered by them.
    expect(corpus).toContain('outline: 31 numbered clauses, 1 passage; levels: chapter 一、 › section （一） › clause 1.\n')
    const mirror = explain('test/fixtures/metadata/template-site-publish-time.txt', 'mirror.txt')
    expect(mirror).toContain('  (publish date not taken: 发布日期:2024-11-03 09:15 (the page names no government issuer))')
  })

  it('describes plans numbered ⑴ or ① with the levels and clause numbers they print', () => {
    const liuzhou = explain('test/fixtures/layouts/handmade/liuzhou-2024-parenthesized-digits.txt', 'liuzhou.txt').split('\n')
    expect(liuzhou.slice(liuzhou.findIndex((l) => l.startsWith('outline:')), liuzhou.indexOf('warnings: none') + 1)).toEqual([
      'outline: 8 numbered clauses, 1 passage; levels: chapter 一、 › section （一） › clause ⑴',
      '  一、坚持党建引领  — 3 clauses',
      '     1 强化理论武装              2 加强基层党建              3 落实意识形态工作责任…',
      '  二、推进基础教育扩优提质  — 4 clauses',
      '     4 扩大优质学前教育资源      5 推进义务教育优质均衡      6 深化课堂教学改革          7 推进教育数字化',
      '  三、守牢安全稳定底线  — 1 clause',
      '     8 开展安全隐患排查整治',
      'warnings: none',
    ])
    expect(explain('test/fixtures/layouts/handmade/jiujiang-2023-circled-clauses.txt', 'jiujiang.txt')).toContain(
      'outline: 8 numbered clauses, 1 passage; levels: chapter 一、 › clause ①; numbering restarts in each chapter\n',
    )
  })

  it('says why a file gave no plan', () => {
    expect(explainDocument('empty.txt', [])).toBe('empty.txt: no plan found — no line starts a numbered clause (1. / （1） / 第一条) after cleaning.')
  })
})
