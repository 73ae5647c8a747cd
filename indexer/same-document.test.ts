import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runIndexer } from '../server/startup/run-indexer.js'
import { readBuild } from './build-files.js'
import { MOVED_IDS_FILE } from './moved-ids.js'
import { SAME_DOCUMENT, textSimilarity } from './same-document.js'

const JINGMEN = `荆门市教育局2024年教育工作要点

一、加强党的建设
1.深化理论武装。组织全市教师开展理论学习，全年集中学习12次以上。
2.夯实基层基础。创建党建示范校10所，推进党组织书记抓党建述职评议全覆盖。
二、推进优质均衡
3.扩大优质资源。新建改扩建中小学校5所，新增学位6000个。
4.深化集团化办学。组建教育集团8个，覆盖城乡学校40所。
`

/** Another city's plan: the phrases every plan uses, little else in common. */
const JINGZHOU = `荆州市教育局2024年教育工作要点

一、落实立德树人根本任务
1.加强思想政治教育。推进大中小学思政课一体化建设，打造思政示范课50节。
2.促进学生全面发展。落实每天校内外各1小时体育活动，开展艺术展演。
二、办好人民满意的教育
3.发展学前教育。新增普惠性幼儿园12所，普惠率达到92%。
4.提升职业教育。建设市级高水平专业群6个，深化产教融合。
`

describe('textSimilarity', () => {
  it('finds a plan re-read under another title one document, and another city’s plan another', () => {
    const retitled = JINGMEN.replace('2024年教育工作要点', '2024年全市教育工作要点（试行）')
    expect(textSimilarity(JINGMEN, JINGMEN)).toBe(1)
    expect(textSimilarity(JINGMEN, retitled)).toBeCloseTo(0.874, 3)
    // The bundled corpus's two closest different plans share 0.043 (two county plans of one compilation).
    expect(textSimilarity(JINGMEN, JINGZHOU)).toBeCloseTo(0.041, 3)
    expect(SAME_DOCUMENT).toBe(0.5)
  })
})

describe('another document saved under the same file name', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'same-document-'))
    mkdirSync(join(dir, 'corpus'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('moves no id to it and gives its clauses no earlier first-indexed date', async () => {
    const buildDir = join(dir, 'build')
    const index = async (text: string) => {
      writeFileSync(join(dir, 'corpus', '0001.txt'), text)
      return runIndexer({ inputs: [join(dir, 'corpus')], buildDir, embed: false, catalogPath: join(dir, 'none.json') })
    }
    await index(JINGMEN)
    const second = await index(JINGZHOU)
    expect(readFileSync(join(buildDir, MOVED_IDS_FILE), 'utf8')).toBe('{}\n')
    expect(second.movedPlans).toBeUndefined()
    const build = readBuild(buildDir)
    expect(build.plans.map((p) => p.id)).toEqual(['jingzhou-2024-jiaoyuju-jiaoyu-gongzuo-yaodian'])
    expect([...new Set(build.clauses.map((c) => c.firstIndexed))]).toEqual([second.indexedAt])
  })
})
