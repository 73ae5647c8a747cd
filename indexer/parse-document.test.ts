import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanText } from './clean/clean-text.js'
import { parseDocument, type ParsedPlan } from './parse-document.js'
import { readLineMarker } from './structure/line-markers.js'

const CORPUS = 'data/corpus'
const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort()
const parsed: ParsedPlan[] = files.flatMap((file) =>
  parseDocument({ file, text: readFileSync(join(CORPUS, file), 'utf8'), fields: {}, url: null }),
)
const byId = new Map(parsed.map((p) => [p.plan.id, p]))

describe('parseDocument on the bundled corpus', () => {
  it('finds the 11 plans: 4 single files and a compilation of 7, three of them outline only', () => {
    expect(parsed.map((p) => [p.plan.id, p.plan.clauseCount, p.plan.outlineOnlyCount, p.plan.passageCount])).toEqual([
      ['jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian', 23, 0, 1],
      ['daxinganling-2024-quanqu-jiaoyu-gongzuo-yaodian', 31, 0, 1],
      ['rongcheng-2024-quanshi-jiaoyu-he-tiyu-gongzuo-yaodian', 39, 0, 8],
      ['2024-qu-jiaoyu-he-tiyu-ju-gongzuo-yaodian-cc7628', 30, 0, 1],
      ['2024-shi-jiaoyuju-gongzuo-yaodian-0aa782', 53, 17, 1],
      ['2024-xian-jiaoyu-tiyu-gongzuo-yaodian-a8a5ce', 22, 22, 0],
      ['2024-xian-jiaoyu-tiyu-gongzuo-yaodian-ba3c75', 25, 25, 0],
      ['2024-xian-jiaoyu-he-tiyu-ju-gongzuo-yaodian-4270ea', 24, 24, 0],
      ['jiangmen-2023-jiaoyuju-gongzuo-yaodian', 27, 0, 1],
      ['changsha-2020-quanshi-jiaoyu-gongzuo-yaodian', 27, 0, 1],
      ['quanzhou-2025-jiaoyu-gongzuo-yaodian', 27, 0, 1],
    ])
  })

  it('finds every clause number once, 1..N per plan (per chapter where numbering restarts)', () => {
    for (const p of parsed) {
      const clauses = p.clauses.filter((c) => c.number !== null)
      if (p.numberingRestarts) {
        const chapters = [...new Set(clauses.map((c) => c.chapter!.number))]
        for (const ch of chapters) {
          const numbers = clauses.filter((c) => c.chapter!.number === ch).map((c) => c.number)
          expect(numbers, `${p.plan.id} ${ch}`).toEqual(numbers.map((_, i) => i + 1))
        }
      } else {
        expect(clauses.map((c) => c.number), p.plan.id).toEqual(clauses.map((_, i) => i + 1))
      }
      expect(new Set(p.clauses.map((c) => c.id)).size).toBe(p.clauses.length)
    }
  })

  it('tiles each plan\'s cleaned text with its records and heading lines, nothing lost or repeated', () => {
    const withBody = parsed.filter((p) => p.text.length > 0)
    expect(withBody.length).toBe(8)
    for (const p of withBody) {
      // The plan text is a run of whole lines of its document's cleaned text.
      const cleaned = cleanText(readFileSync(join(CORPUS, p.plan.source.file), 'utf8')).text.split('\n').filter((l) => l.length > 0)
      expect(`\n${cleaned.join('\n')}\n`.includes(`\n${p.text}\n`), p.plan.id).toBe(true)

      const covered = new Array<number>(p.text.length).fill(0)
      for (const r of p.clauses.filter((c) => !c.outlineOnly)) {
        expect(p.text.slice(r.start, r.end), r.id).toBe(r.text)
        for (let i = r.start; i < r.end; i++) covered[i]++
      }
      // Each character is in exactly one record, or in a chapter or section heading line; line breaks may be in neither.
      let offset = 0
      for (const line of p.text.split('\n')) {
        const kind = readLineMarker(line)?.kind
        const heading = kind === 'chapter' || kind === 'section' ? 1 : 0
        for (let i = offset; i < offset + line.length; i++) {
          expect(covered[i] + heading, `${p.plan.id} at ${i}: ${line}`).toBe(1)
        }
        if (offset + line.length < p.text.length) expect(covered[offset + line.length], `${p.plan.id} line break at ${offset + line.length}`).toBeLessThanOrEqual(1)
        offset += line.length + 1
      }
    }
  })

  it('gives clauses of chapter-restarting plans ids and chapters that tell them apart (长沙 2020 二、第4条)', () => {
    const changsha = byId.get('changsha-2020-quanshi-jiaoyu-gongzuo-yaodian')!
    expect(changsha.numberingRestarts).toBe(true)
    const clause = changsha.clauses.find((c) => c.id === 'changsha-2020-quanshi-jiaoyu-gongzuo-yaodian-2-4')!
    expect(clause.chapter).toEqual({ number: '二', title: '抓重点,增强人民群众教育获得感' })
    expect(clause.text.startsWith('4.实施更加严格的控辍保学措施2020年是脱贫攻坚的决战决胜之年。')).toBe(true)
  })

  it('completes the plan whose body stops at clause 36 from its outline, without indexing a clause twice', () => {
    const plan = byId.get('2024-shi-jiaoyuju-gongzuo-yaodian-0aa782')!
    expect(plan.incomplete).toBe(true)
    const numbers = plan.clauses.filter((c) => c.number !== null).map((c) => [c.number, c.outlineOnly])
    expect(numbers.filter(([, outline]) => !outline).map(([n]) => n)).toEqual(Array.from({ length: 36 }, (_, i) => i + 1))
    expect(numbers.filter(([, outline]) => outline).map(([n]) => n)).toEqual(Array.from({ length: 17 }, (_, i) => i + 37))
    const c27 = plan.clauses.find((c) => c.number === 27)!
    expect([c27.outlineOnly, c27.heading, c27.section]).toEqual([false, '构建优质均衡基本公共教育服务体系', '（四）基础教育公平优质均衡工程'])
    const c46 = plan.clauses.find((c) => c.number === 46)!
    expect([c46.outlineOnly, c46.heading, c46.text, c46.chapter?.number, c46.section]).toEqual([
      true, '减轻学生作业负担', '46.减轻学生作业负担', '四', '（四）深化义务教育“双减”改革',
    ])
  })

  it('indexes the three outline-only plans from their table-of-contents headings', () => {
    const plan = byId.get('2024-xian-jiaoyu-he-tiyu-ju-gongzuo-yaodian-4270ea')!
    expect(plan.clauses.every((c) => c.outlineOnly && c.start === 0 && c.end === 0)).toBe(true)
    expect(plan.clauses[1]).toMatchObject({ number: 2, heading: '持续巩固“双减”工作成果', chapter: { number: '二', title: '聚焦立德树人根本任务' } })
  })

  it('keeps furniture, spam and metadata lines out of every record', () => {
    const furniture = /打印|关闭|扫一扫|葡京|无障碍|浏览量|发布时间|发布日期|来源[:：]|索引号|效力状态| > /
    for (const p of parsed) for (const c of p.clauses) expect(c.text, c.id).not.toMatch(furniture)
  })

  it('infers metadata with its evidence, and null where the document does not say', () => {
    const meta = (id: string) => {
      const { title, issuer, city, province, level, year, publishDate, docNumber, validity } = byId.get(id)!.plan
      return { title, issuer, city, province, level, year, publishDate, docNumber, validity }
    }
    expect(meta('jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian')).toEqual({
      title: '市教育局2025年教育工作要点', issuer: '荆门市教育局', city: '荆门市', province: '湖北省', level: '市',
      year: 2025, publishDate: '2025-03-12', docNumber: null, validity: '有效',
    })
    expect(meta('jiangmen-2023-jiaoyuju-gongzuo-yaodian')).toEqual({
      title: '江门市教育局2023年工作要点', issuer: '江门市教育局', city: '江门市', province: '广东省', level: '市',
      year: 2023, publishDate: '2023-03-15', docNumber: '江教办〔2023〕5号', validity: null,
    })
    expect(meta('changsha-2020-quanshi-jiaoyu-gongzuo-yaodian')).toMatchObject({ issuer: '长沙市教育局', city: '长沙市', province: '湖南省', year: 2020, publishDate: '2020-02-17' })
    expect(meta('quanzhou-2025-jiaoyu-gongzuo-yaodian')).toMatchObject({ issuer: '泉州市教育局', city: '泉州市', province: '福建省', year: 2025, publishDate: '2025-03-22' })
    // A prefecture (地区) and a county-level city proved from the place names of the body.
    expect(meta('daxinganling-2024-quanqu-jiaoyu-gongzuo-yaodian')).toMatchObject({ city: '大兴安岭地区', province: '黑龙江省', level: '市', issuer: null })
    expect(meta('rongcheng-2024-quanshi-jiaoyu-he-tiyu-gongzuo-yaodian')).toMatchObject({ city: '荣成市', province: '山东省', level: '区县' })
    // Anonymised plans: no city, never a guess; the province only where the body names one.
    expect(meta('2024-qu-jiaoyu-he-tiyu-ju-gongzuo-yaodian-cc7628')).toMatchObject({ city: null, province: null, level: '区县' })
    expect(meta('2024-shi-jiaoyuju-gongzuo-yaodian-0aa782')).toMatchObject({ city: null, province: '河北省', level: '市' })
    expect(meta('2024-xian-jiaoyu-tiyu-gongzuo-yaodian-a8a5ce')).toMatchObject({ city: null, province: null, level: '区县', year: 2024 })
    expect(byId.get('jingmen-2025-shi-jiaoyuju-jiaoyu-gongzuo-yaodian')!.plan.metadataEvidence.city).toEqual({ value: '荆门市', source: 'header', quote: '荆门市教育局' })
    expect(byId.get('daxinganling-2024-quanqu-jiaoyu-gongzuo-yaodian')!.plan.metadataEvidence.city?.source).toBe('body')
  })

  it('records the compilation a plan came from', () => {
    expect(byId.get('rongcheng-2024-quanshi-jiaoyu-he-tiyu-gongzuo-yaodian')!.plan.source).toEqual({
      file: '001_3165b1e1fe2a6d7c.txt', url: null, partOf: { title: '教育和体育局2024年工作要点汇编(7篇)', index: 2, count: 7 },
    })
  })

  it('gives the same ids on every run', () => {
    const again = files.flatMap((file) => parseDocument({ file, text: readFileSync(join(CORPUS, file), 'utf8'), fields: {}, url: null }))
    expect(again.flatMap((p) => p.clauses.map((c) => c.id))).toEqual(parsed.flatMap((p) => p.clauses.map((c) => c.id)))
  })

  it('lets data/catalog.json entries correct a plan, filling province and level from the gazetteer', () => {
    const text = readFileSync(join(CORPUS, '001_3165b1e1fe2a6d7c.txt'), 'utf8')
    const [, , third] = parseDocument({ file: '001_3165b1e1fe2a6d7c.txt', text, fields: {}, url: null }, [
      { file: '001_3165b1e1fe2a6d7c.txt', plan: 3, set: { city: '青岛市', issuer: '某区教育和体育局' } },
    ])
    expect([third.plan.city, third.plan.province, third.plan.level, third.plan.issuer]).toEqual(['青岛市', '山东省', '市', '某区教育和体育局'])
    expect(third.plan.metadataEvidence.city).toEqual({ value: '青岛市', source: 'catalog' })
    expect(third.plan.id).toBe('qingdao-2024-qu-jiaoyu-he-tiyu-ju-gongzuo-yaodian')
  })
})

describe('parseDocument on a compilation without a table of contents whose plans each follow the notice that issues them', () => {
  const county = (name: string, number: string, date: string, task: string) => [
    `${name}教育局关于印发《${name}2024年教育工作要点》的通知`,
    number,
    '各镇（街道）中心学校，直属各学校：',
    `现将《${name}2024年教育工作要点》印发给你们，请结合实际认真贯彻落实。`,
    `${name}教育局`,
    date,
    `${name}2024年教育工作要点`,
    '一、加强党的全面领导',
    '1.深化理论武装。坚持第一议题制度，推动党的创新理论进校园。',
    '二、推进教育优质均衡',
    `2.${task}`,
  ]
  const text = [
    ...county('长沙县', '长县教发〔2024〕3号', '2024年2月20日', '促进义务教育优质均衡。新建改扩建学校3所。'),
    ...county('望城区', '望教发〔2024〕5号', '2024年2月26日', '推进学前教育普及普惠。新增公办学位1200个。'),
    ...county('宁乡市', '宁教发〔2024〕2号', '2024年3月1日', '提升普通高中办学质量。推进多样化特色发展。'),
  ].join('\n')

  it('reads each notice’s 文号, issuer and date as the metadata of the plan it issues, and keeps it out of the plan before', () => {
    const plans = parseDocument({ file: 'changsha-counties-2024.txt', text, fields: {}, url: null })
    expect(plans.map(({ plan, clauses }) => [plan.title, plan.docNumber, plan.issuer, plan.signDate, clauses[0].text, clauses[clauses.length - 1].text])).toEqual([
      ['长沙县2024年教育工作要点', '长县教发〔2024〕3号', '长沙县教育局', '2024-02-20', '1.深化理论武装。坚持第一议题制度，推动党的创新理论进校园。', '2.促进义务教育优质均衡。新建改扩建学校3所。'],
      ['望城区2024年教育工作要点', '望教发〔2024〕5号', '望城区教育局', '2024-02-26', '1.深化理论武装。坚持第一议题制度，推动党的创新理论进校园。', '2.推进学前教育普及普惠。新增公办学位1200个。'],
      ['宁乡市2024年教育工作要点', '宁教发〔2024〕2号', '宁乡市教育局', '2024-03-01', '1.深化理论武装。坚持第一议题制度，推动党的创新理论进校园。', '2.提升普通高中办学质量。推进多样化特色发展。'],
    ])
  })
})
