import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { parseDocument, type ParsedPlan } from './parse-document.js'
import { HANDMADE_DIR, parseHandmade, parseHandmadeText, PROJECT_LIST_PLAN as PROJECTS } from '../test/fixtures/layouts/handmade-plan.js'

/**
 * The lines of a plan's text that no record holds: neither a line of some record's text nor the heading line of a
 * chapter or section some record stands under. The indexer must never lose a document's text, so this is empty.
 */
function lostLines(plan: ParsedPlan): string[] {
  const held = new Set(plan.clauses.flatMap((c) => c.text.split('\n').map((l) => l.trim())))
  // A section is kept with its printed label (`（一）强化政治引领`), which the line may print otherwise (`〔一〕`).
  const headings = plan.clauses.flatMap((c) => [c.chapter?.title ?? '', c.section?.replace(/^(（[^）]*）|第\S+节|[\d.]+)\s*/, '') ?? ''])
  const named = new Set(headings.filter((h) => h !== ''))
  return plan.text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !held.has(l) && ![...named].some((h) => l.includes(h)))
}

const parse = (text: string) => parseDocument({ file: 'x.txt', text, fields: {}, url: null })

/** Each record as [id after the plan's id, chapter number and title, number, text]. */
const rows = (plan: ParsedPlan) => plan.clauses.map((c) => [c.id.replace(plan.plan.id, ''), c.chapter && `${c.chapter.number}、${c.chapter.title}`, c.number, c.text])

describe('parseDocument keeps every line of a plan in some record', () => {
  it('keeps 二、 of a list 一、二、 inside clause 二、1. in that clause, not as chapter 二 again with nothing under it', () => {
    // Before: the list's 二 was read as chapter 二 repeated, no record stood under it, and its line was in no record.
    const [plan] = parse(PROJECTS)
    expect(rows(plan)).toEqual([
      ['-1-1', '一、加强党的全面领导', 1, '1.健全制度。'],
      ['-2-1', '二、推进基础教育优质均衡', 1, '1.新建、改扩建公办幼儿园6所，重点建设以下项目。\n重点建设项目\n一、市第一幼儿园新建工程\n二、市实验小学改扩建工程'],
      ['-3-1', '三、深化教育改革', 1, '1.推进改革。'],
      ['-4-1', '四、强化保障', 1, '1.加大投入。'],
    ])
    expect(lostLines(plan)).toEqual([])
  })

  it('keeps a list of three or four (三、 四、 reaching the chapters\' next numbers) in the clause, the chapters 三、 四、 after it', () => {
    // Before: the list's 三 was chapter 三 with nothing under it (its line in no record); with 四 too, 三、深化教育改革 and
    // 四、强化保障 stood under the list's 四 and 三、市第二中学新建工程 was in no record.
    const three = PROJECTS.replace('改扩建工程\n', '改扩建工程\n三、市第二中学新建工程\n')
    const four = PROJECTS.replace('改扩建工程\n', '改扩建工程\n三、市第二中学新建工程\n四、市第三中学新建工程\n')
    const list = '1.新建、改扩建公办幼儿园6所，重点建设以下项目。\n重点建设项目\n一、市第一幼儿园新建工程\n二、市实验小学改扩建工程\n三、市第二中学新建工程'
    for (const [text, items] of [[three, list], [four, `${list}\n四、市第三中学新建工程`]]) {
      const [plan] = parse(text)
      expect(rows(plan)).toEqual([
        ['-1-1', '一、加强党的全面领导', 1, '1.健全制度。'],
        ['-2-1', '二、推进基础教育优质均衡', 1, items],
        ['-3-1', '三、深化教育改革', 1, '1.推进改革。'],
        ['-4-1', '四、强化保障', 1, '1.加大投入。'],
      ])
      expect(lostLines(plan)).toEqual([])
    }
  })

  it('keeps a list 一、二、 inside chapter 一\'s clause there, and reads chapter 二 with a 1. under it as the chapter', () => {
    // Before: the list's 二 was chapter 二 with nothing under it, 二、项目乙 in no record.
    const [inOne] = parse('某市教育局2024年教育工作要点\n一、加强党的全面领导\n1.健全制度，建设以下项目。\n一、项目甲\n二、项目乙\n二、推进改革\n1.推进改革。')
    expect(rows(inOne)).toEqual([
      ['-1-1', '一、加强党的全面领导', 1, '1.健全制度，建设以下项目。\n一、项目甲\n二、项目乙'],
      ['-2-1', '二、推进改革', 1, '1.推进改革。'],
    ])
    const [both] = parse('某市教育局2024年教育工作要点\n一、加强党的全面领导\n1.健全制度，建设以下项目。\n一、项目甲\n二、推进改革\n1.推进改革，建设以下项目。\n一、项目丙\n二、项目丁\n三、强化保障\n1.加大投入。')
    expect(rows(both)).toEqual([
      ['-1-1', '一、加强党的全面领导', 1, '1.健全制度，建设以下项目。\n一、项目甲'],
      ['-2-1', '二、推进改革', 1, '1.推进改革，建设以下项目。\n一、项目丙\n二、项目丁'],
      ['-3-1', '三、强化保障', 1, '1.加大投入。'],
    ])
  })

  it('still reads a chapter number printed twice at a line start as the chapter again when no list runs into it', () => {
    const [plan] = parse('某市教育局2024年教育工作要点\n一、加强党的全面领导\n1.健全制度。\n二、推进改革\n1.推进改革。\n二、强化保障\n1.加大投入。')
    expect(rows(plan).map((r) => [r[0], r[1]])).toEqual([['-1-1', '一、加强党的全面领导'], ['-2-1', '二、推进改革'], ['-2-1-2', '二、强化保障']])
  })

  it('gives a chapter heading with nothing under it a heading-only record of its own (三、其他 last, 二、推进改革 right over 三、)', () => {
    // Before: no record stood under 三、其他 (or 二、推进改革), so its line was only in the plan's text (1 line in no record).
    const [last] = parse('某市教育局2024年教育工作要点\n一、加强党的全面领导\n1.健全制度。\n二、推进改革\n1.推进改革。\n三、其他')
    expect(rows(last)).toEqual([['-1-1', '一、加强党的全面领导', 1, '1.健全制度。'], ['-2-1', '二、推进改革', 1, '1.推进改革。'], ['-3-', '三、其他', null, '三、其他']])
    expect(last.clauses.map((c) => [c.heading, c.outlineOnly, c.headingOnly, last.text.slice(c.start, c.end)])).toEqual([
      ['健全制度', false, undefined, '1.健全制度。'], ['推进改革', false, undefined, '1.推进改革。'], ['其他', false, true, '三、其他'],
    ])
    expect(lostLines(last)).toEqual([])
    const [between] = parse('某市教育局2024年教育工作要点\n一、加强党的全面领导\n1.健全制度。\n二、推进改革\n三、强化保障\n1.加大投入。')
    expect(rows(between)).toEqual([['-1-1', '一、加强党的全面领导', 1, '1.健全制度。'], ['-2-', '二、推进改革', null, '二、推进改革'], ['-3-1', '三、强化保障', 1, '1.加大投入。']])
    expect(between.clauses.map((c) => [c.outlineOnly, c.headingOnly])).toEqual([[false, undefined], [false, true], [false, undefined]])
    expect(lostLines(between)).toEqual([])
  })

  it('gives a section heading with nothing under it a heading-only record -<chapter>-s<k>, the paragraphs and clause ids around it as they were', () => {
    // Before: （二）完善机制 and （二）目标任务 were in no record. -p1 stays 一、（一）第1段, the clauses keep their ids.
    const [clauses] = parse('某市教育局2024年教育工作要点\n一、加强党的全面领导\n（一）健全制度\n1.健全制度。\n（二）完善机制\n（三）加强督导\n2.加强督导。')
    expect(clauses.clauses.map((c) => [c.id.replace(clauses.plan.id, ''), c.section, c.number, c.text, c.headingOnly])).toEqual([
      ['-1-1', '（一）健全制度', 1, '1.健全制度。', undefined],
      ['-1-s2', '（二）完善机制', null, '（二）完善机制', true],
      ['-1-2', '（三）加强督导', 2, '2.加强督导。', undefined],
    ])
    const [paragraphs] = parse('某市教育局2024年教育工作要点\n一、总体要求\n（一）指导思想\n坚持稳中求进。\n（二）目标任务\n二、主要任务\n1.加强党建。\n2.推进改革。')
    expect(paragraphs.clauses.map((c) => [c.id.replace(paragraphs.plan.id, ''), c.section, c.paragraph, c.text, c.headingOnly])).toEqual([
      ['-p1', '（一）指导思想', 1, '坚持稳中求进。', undefined],
      ['-1-s2', '（二）目标任务', undefined, '（二）目标任务', true],
      ['-2-1', null, undefined, '1.加强党建。', undefined],
      ['-2-2', null, undefined, '2.推进改革。', undefined],
    ])
    expect([...lostLines(clauses), ...lostLines(paragraphs)]).toEqual([])
  })

  it('loses no line of any handmade text layout', () => {
    const files = readdirSync(HANDMADE_DIR).filter((f) => f.endsWith('.txt'))
    expect(files.length).toBeGreaterThan(100)
    const lost = files.flatMap((file) => parseHandmadeText(file).flatMap((plan) => lostLines(plan).map((line) => `${file}: ${line}`)))
    expect(lost).toEqual([])
  })

  it('keeps a chapter line run into one long sentence of text (一、总体要求坚持以…强市。, flattened) as a passage under it', () => {
    // Before: the whole line was chapter 一's title, no record stood under it, and its sentence was in no record.
    const [plan] = parse('某市教育局2024年教育工作要点\n一、总体要求坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务，加快建设教育强市。二、全面加强党的领导1.健全制度。')
    expect(rows(plan)).toEqual([
      ['-p1', '一、总体要求坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务，加快建设教育强市', null, '一、总体要求坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务，加快建设教育强市。'],
      ['-2-1', '二、全面加强党的领导', 1, '1.健全制度。'],
    ])
    const [short] = parse('某市教育局2024年教育工作要点\n一、全面加强党的建设。\n1.健全制度。')
    expect(rows(short)).toEqual([['-1-1', '一、全面加强党的建设', 1, '1.健全制度。']])
  })

  it('loses no line of any of the generated layouts (test/fixtures/layouts/*.txt)', () => {
    const dir = 'test/fixtures/layouts'
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'))
    expect(files.length).toBeGreaterThan(30)
    const lost = files.flatMap((file) =>
      parseDocument({ file, text: readFileSync(`${dir}/${file}`, 'utf8'), fields: {}, url: null }).flatMap((plan) => lostLines(plan).map((line) => `${file}: ${line}`)),
    )
    expect(lost).toEqual([])
  })

  it('loses no line of any handmade layout read by its own reader (Word, HTML, Markdown, PDF, OFD, RTF)', async () => {
    const files = readdirSync(HANDMADE_DIR).filter((f) => !/\.(txt|ts|json)$/.test(f))
    expect(files.length).toBeGreaterThan(60)
    const lost: string[] = []
    for (const file of files) for (const plan of await parseHandmade(file)) lost.push(...lostLines(plan).map((line) => `${file}: ${line}`))
    expect(lost).toEqual([])
  })
})
