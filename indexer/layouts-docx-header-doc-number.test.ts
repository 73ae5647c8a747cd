import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { HANDMADE_DIR, parseHandmade, recordRows } from '../test/fixtures/layouts/handmade-plan.js'
import { parseDocument } from './parse-document.js'
import { readDocument } from './read/read-document.js'

const FILE = 'ezhou-2024-docx-doc-number-in-header.docx'

describe('parseDocument on a red-head .docx whose 文号 is printed only in its page header', () => {
  it('takes the 文号 from the header line that is one, not from the bureau’s name or the running title', async () => {
    const [plan] = await parseHandmade(FILE)
    expect([plan.plan.title, plan.plan.issuer, plan.plan.docNumber, plan.plan.year]).toEqual(['鄂州市教育局2024年工作要点', '鄂州市教育局', '鄂州教发〔2024〕6号', 2024])
  })

  it('keeps the header’s lines out of the body, which reads as it did', async () => {
    const doc = await readDocument(join(HANDMADE_DIR, FILE))
    expect(doc.text.split('\n').filter(Boolean)).toEqual([
      '鄂州市教育局2024年工作要点',
      '2024年，全市教育系统坚持立德树人根本任务，加快建设教育强市。',
      '一、全面加强党的建设',
      '1.深化理论武装。健全“第一议题”制度，全年组织理论学习中心组集中学习不少于12次。',
      '2.加强基层党组织建设。推进中小学校党组织领导的校长负责制落地见效。',
      '二、推进基础教育扩优提质',
      '3.扩大普惠性学前教育资源。新增公办学位2000个。',
      '4.推进县域义务教育优质均衡。新组建城乡教育共同体8个。',
      '鄂州市教育局',
      '2024年2月26日',
    ])
    const [plan] = await parseHandmade(FILE)
    expect(recordRows(plan)).toEqual([
      [null, null, null, null, '2024年，全市教育系统坚持立德树人根本任务，加快建设教育强市。'],
      ['全面加强党的建设', null, 1, null, '1.深化理论武装。健全“第一议题”制度，全年组织理论学习中心组集中学习不少于12次。'],
      ['全面加强党的建设', null, 2, null, '2.加强基层党组织建设。推进中小学校党组织领导的校长负责制落地见效。'],
      ['推进基础教育扩优提质', null, 3, null, '3.扩大普惠性学前教育资源。新增公办学位2000个。'],
      ['推进基础教育扩优提质', null, 4, null, '4.推进县域义务教育优质均衡。新组建城乡教育共同体8个。'],
    ])
  })

  it('lets a 文号 the body prints under the title win over the header’s', async () => {
    const doc = await readDocument(join(HANDMADE_DIR, FILE))
    const text = doc.text.replace('鄂州市教育局2024年工作要点\n', '鄂州市教育局2024年工作要点\n\n鄂州教发〔2024〕9号\n')
    const [plan] = parseDocument({ file: FILE, text, fields: doc.fields, url: doc.url, headings: doc.headings })
    expect(plan.plan.docNumber).toBe('鄂州教发〔2024〕9号')
  })

  it('takes the header’s 文号 of the same file saved under a .doc name, as sites often serve a .docx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'header-doc-number-'))
    try {
      const asDoc = join(dir, 'plan.doc')
      copyFileSync(join(HANDMADE_DIR, FILE), asDoc)
      const doc = await readDocument(asDoc)
      expect(doc.fields).toEqual({ 页眉文号: '鄂州教发〔2024〕6号' })
      const [plan] = parseDocument({ file: 'plan.doc', text: doc.text, fields: doc.fields, url: doc.url, headings: doc.headings })
      expect(plan.plan.docNumber).toBe('鄂州教发〔2024〕6号')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
