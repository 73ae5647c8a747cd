import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../parse-document.js'
import { readDocument } from '../read/read-document.js'
import { docNumberFromField, findOwnDocNumber, isDocNumberLine } from './doc-number.js'
import { findPublishDate, findSignDate, isSignatureDateLine } from './document-dates.js'
import { findTitle, flattenedTitle } from './find-title.js'
import { closeUp, parseDate, planYearIn, yearIn } from './head-text.js'
import { inferPlace } from './infer-place.js'

const FIXTURES = 'test/fixtures/metadata'

interface Fixture {
  file: string
  fields?: Record<string, string>
  expected: Record<string, unknown>
}

const fixtures = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Fixture[]

describe('metadata of documents with letterheads, notices, web and PDF furniture (test/fixtures/metadata)', () => {
  it('has at least 20 documents, each with every field stated', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20)
    for (const f of fixtures) expect(Object.keys(f.expected).sort(), f.file).toEqual(
      ['city', 'docNumber', 'issuer', 'level', 'province', 'publishDate', 'signDate', 'title', 'warnings', 'year'],
    )
  })

  it.each(fixtures.map((f) => [f.file, f] as const))('reads %s exactly', (file, fixture) => {
    const plans = parseDocument({ file, text: readFileSync(join(FIXTURES, file), 'utf8'), fields: fixture.fields ?? {}, url: null })
    expect(plans).toHaveLength(1)
    const { title, docNumber, year, city, province, level, issuer, publishDate, signDate, warnings } = plans[0].plan
    expect({ title, docNumber, year, city, province, level, issuer, publishDate, signDate, warnings: warnings!.map((w) => w.code) }).toEqual(fixture.expected)
  })

  it('reads a government web page: title from its ArticleTitle meta (the notice names the plan), dates, 文号, city', async () => {
    const doc = await readDocument(join(FIXTURES, 'gov-page-meta-tags.html'))
    const [plan] = parseDocument({ file: 'gov-page-meta-tags.html', text: doc.text, fields: doc.fields, url: doc.url })
    const { title, docNumber, year, city, province, level, issuer, publishDate, signDate, warnings } = plan.plan
    expect({ title, docNumber, year, city, province, level, issuer, publishDate, signDate, warnings }).toEqual({
      title: '2023年全市教育工作要点', docNumber: '常教发〔2023〕3号', year: 2023, city: '常德市', province: '湖南省', level: '市',
      issuer: '常德市教育局', publishDate: '2023-02-28', signDate: '2023-02-24', warnings: [],
    })
    expect(plan.plan.metadataEvidence.title).toEqual({ value: '2023年全市教育工作要点', source: 'header', quote: '标题:关于印发《2023年全市教育工作要点》的通知' })
  })

  it('says where each value came from', () => {
    const [plan] = parseDocument({ file: 'x.txt', text: readFileSync(join(FIXTURES, 'regulation-year-from-doc-number.txt'), 'utf8'), fields: {}, url: null })
    expect(plan.plan.metadataEvidence.year).toEqual({ value: 2021, source: 'header', quote: '文号 宜教发〔2021〕15号' })
    expect(plan.plan.metadataEvidence.docNumber).toEqual({ value: '宜教发〔2021〕15号', source: 'header', quote: '宜教发〔2021〕15号' })
    const [mirror] = parseDocument({ file: 'y.txt', text: readFileSync(join(FIXTURES, 'template-site-publish-time.txt'), 'utf8'), fields: {}, url: null })
    expect(mirror.metadataNotes).toEqual(['publish date not taken: 发布日期:2024-11-03 09:15 (the page names no government issuer)'])
  })

  it('takes the 发布时间 of a page whose banner title names a city education bureau as the publish date: 新乡市教育局2024年工作要点 gives 2024-02-27', () => {
    const text = '新乡市教育局2024年工作要点\n作者：市教育局办公室　　发布时间：2024年02月27日　　点击数：2418\n一、加强党的建设\n1、深化理论学习。坚持“第一议题”制度。\n2、推进清廉学校建设。开展清廉学校创建活动。'
    const [plan] = parseDocument({ file: 'xinxiang.html', text, fields: {}, url: null })
    expect([plan.plan.issuer, plan.plan.publishDate, plan.plan.metadataEvidence.publishDate, plan.metadataNotes]).toEqual([
      '新乡市教育局', '2024-02-27', { value: '2024-02-27', source: 'header', quote: '发布日期:2024年02月27日' }, [],
    ])
  })

  it('still refuses that date when the page says it came from elsewhere (来源：网络) or its title names no bureau', () => {
    const body = '\n一、加强党的建设\n1、深化理论学习。坚持“第一议题”制度。\n2、推进清廉学校建设。开展清廉学校创建活动。'
    const mirror = parseDocument({ file: 'm.html', text: `新乡市教育局2024年工作要点\n发布时间：2024-02-27 来源：网络${body}`, fields: {}, url: null })[0]
    const untitled = parseDocument({ file: 'u.html', text: `2024年新乡市教育工作要点\n发布时间：2024-02-27${body}`, fields: {}, url: null })[0]
    expect([mirror.plan.publishDate, mirror.metadataNotes, untitled.plan.publishDate, untitled.metadataNotes]).toEqual([
      null, ['publish date not taken: 发布日期:2024-02-27 (the page names no government issuer)'],
      null, ['publish date not taken: 发布日期:2024-02-27 (the page names no government issuer)'],
    ])
  })

  it('names a district bureau 安阳市文峰区教育局 as its signature does when the page’s 来源 says 文峰区教育局', () => {
    const text = '文峰区教育局2024年教育工作要点\n发布时间：2024-03-08　来源：文峰区教育局　浏览次数：1326\n一、坚持党建引领\n（一）深化理论武装。健全“第一议题”制度。\n（二）加强基层党组织建设。创建“五星”党支部8个。\n安阳市文峰区教育局\n2024年3月6日'
    const [plan] = parseDocument({ file: 'wenfeng.html', text, fields: {}, url: null })
    const { issuer, city, province, level } = plan.plan
    expect([issuer, city, province, level, plan.plan.metadataEvidence.issuer]).toEqual([
      '安阳市文峰区教育局', '文峰区', '河南省', '区县', { value: '安阳市文峰区教育局', source: 'header', quote: '安阳市文峰区教育局' },
    ])
  })

  it('keeps 文峰区教育局 when the longer name of a signature puts it in another city (南京市文峰区教育局): the body chosen never changes', () => {
    const text = '文峰区教育局2024年教育工作要点\n发布时间：2024-03-08　来源：文峰区教育局\n一、坚持党建引领\n（一）深化理论武装。健全“第一议题”制度。\n（二）加强基层党组织建设。创建“五星”党支部8个。\n南京市文峰区教育局\n2024年3月6日'
    const [plan] = parseDocument({ file: 'wenfeng.html', text, fields: {}, url: null })
    expect([plan.plan.issuer, plan.plan.city, plan.plan.province]).toEqual(['文峰区教育局', '文峰区', '河南省'])
  })

  it('gives a municipality’s own plan its city: 北京市教育委员会2024年工作要点 is in 北京市, 北京市, at level 市 (it had no city)', () => {
    const text = '北京市教育委员会2024年工作要点\n一、总体要求\n1.坚持党的领导。全面加强党的建设。\n2.坚持立德树人。落实根本任务。'
    const [plan] = parseDocument({ file: 'beijing.txt', text, fields: {}, url: null })
    const { city, province, level } = plan.plan
    expect([city, province, level, plan.plan.metadataEvidence.city]).toEqual(['北京市', '北京市', '市', { value: '北京市', source: 'header', quote: '北京市教育委员会' }])
  })

  it('gives a district the gazetteer does not list, 郑州市郑东新区教育文化体育局, the level 区县 and the city 郑州市 it lies in (it had level 市)', () => {
    const text = '2024年全区教育工作要点\n一、总体要求\n1.坚持党的领导。全面加强党的建设。\n2.坚持立德树人。落实根本任务。\n郑州市郑东新区教育文化体育局\n2024年2月26日'
    const [plan] = parseDocument({ file: 'zhengdong.txt', text, fields: {}, url: null })
    const { issuer, city, province, level } = plan.plan
    expect([issuer, city, province, level, plan.plan.metadataEvidence.level]).toEqual([
      '郑州市郑东新区教育文化体育局', '郑州市', '河南省', '区县', { value: '区县', source: 'inferred', quote: '郑州市郑东新区' },
    ])
    const [city2] = parseDocument({ file: 'zhengzhou.txt', text: text.replace('全区', '全市').replace('郑东新区教育文化体育局', '教育局'), fields: {}, url: null })
    expect([city2.plan.city, city2.plan.level]).toEqual(['郑州市', '市'])
  })

  it('places a zone its city names short (成都高新区, 长沙经济技术开发区) in that city at level 区县, and a new area named for no city (雄安新区) in its province as its own city', () => {
    const place = (issuer: string) => {
      const text = `2024年教育工作要点\n一、总体要求\n1.坚持党的领导。全面加强党的建设。\n2.坚持立德树人。落实根本任务。\n${issuer}\n2024年3月1日`
      const { city, province, level } = parseDocument({ file: 'zone.txt', text, fields: {}, url: null })[0].plan
      return [city, province, level]
    }
    expect(['成都高新区社区发展治理和社会事业局', '长沙经济技术开发区社会事业局', '雄安新区管理委员会公共服务局', '西海岸新区教育和体育局'].map(place)).toEqual([
      ['成都市', '四川省', '区县'], ['长沙市', '湖南省', '区县'], ['雄安新区', '河北省', '市'], ['西海岸新区', '山东省', '区县'],
    ])
  })

  it('tells 鼓楼区, which 南京, 福州, 徐州 and 开封 each have, by the city its body names, and guesses none when the body names none', () => {
    const place = (body: string) => {
      const text = `鼓楼区教育局2024年工作要点\n一、加强党的建设\n1.深化理论武装。${body}\n2.推进清廉学校建设。开展创建活动。\n鼓楼区教育局\n2024年3月1日`
      const { city, province, level } = parseDocument({ file: 'gulou.txt', text, fields: {}, url: null })[0].plan
      return [city, province, level]
    }
    expect([place('落实福州市委教育工委部署，争创福州市清廉学校示范校。'), place('落实徐州市教育局部署，争创徐州市清廉学校示范校。'), place('坚持“第一议题”制度。')]).toEqual([
      ['鼓楼区', '福建省', '区县'], ['鼓楼区', '江苏省', '区县'], [null, null, '区县'],
    ])
  })

  it('gives 2024年全县教育工作要点, whose body proves only the city it lies in (长沙市), the level 区县 its title states, not the city’s 市; 全区 in a 地区 stays 市', () => {
    const body = '长沙市教育局部署。长沙市第一中学。长沙市教育督导。天心区学校。全县学校。'
    const level = (title: string, text: string) => {
      const p = inferPlace(null, title, text)
      return [p.city?.value, p.level?.value, p.level?.quote]
    }
    expect(level('2024年全县教育工作要点', body)).toEqual(['长沙市', '区县', '2024年全县教育工作要点'])
    expect(level('2024年全市教育工作要点', body)).toEqual(['长沙市', '市', '长沙市'])
    expect(level('2024年全区教育工作要点', '大兴安岭地区教育局。呼玛县学校。塔河县学校。漠河市学校。大兴安岭地区。')).toEqual(['大兴安岭地区', '市', '大兴安岭地区'])
  })

  it('reads the level a title without a place states: 旗教育局… and 全旗 are 区县, 州教育局…, 全州 and 全盟 are 市, and 区域 or 县域 state none', () => {
    const level = (title: string) => inferPlace(null, title, '').level?.value ?? null
    expect(['旗教育局2024年工作要点', '2024年全旗教育工作要点', '州教育局2024年工作要点', '2024年全州教育工作要点', '2024年全盟教育工作要点', '州2024年教育工作要点'].map(level)).toEqual([
      '区县', '区县', '市', '市', '市', '市',
    ])
    expect(['2024年区域教育质量提升方案', '2024年县域普通高中发展提升行动计划', '2024年旗帜鲜明讲政治工作要点', '五星红旗教育活动方案'].map(level)).toEqual([null, null, null, null])
    expect(['2024年全区教育工作要点', '县2024年教育体育工作要点', '区教育和体育局2024年工作要点', '市教育局2024年工作要点'].map(level)).toEqual(['区县', '区县', '区县', '市'])
  })

  it('takes no issuer from a 来源 that names only a department (办公室, 基础教育科, 信息中心), keeps 市教育局办公室 and the page’s publish date', () => {
    const body = '\n一、总体要求\n1.坚持党的领导。全面加强党的建设。\n2.坚持立德树人。落实根本任务。'
    const read = (source: string) => {
      const [plan] = parseDocument({ file: 'p.html', text: `2024年全市教育工作要点\n发布时间：2024-02-26 来源：${source}${body}`, fields: {}, url: null })
      return [plan.plan.issuer, plan.plan.publishDate]
    }
    expect(['办公室', '基础教育科', '信息中心', '市教育局办公室', '荆门市教育局'].map(read)).toEqual([
      [null, '2024-02-26'], [null, '2024-02-26'], [null, '2024-02-26'], ['市教育局办公室', '2024-02-26'], ['荆门市教育局', '2024-02-26'],
    ])
  })

  it('reads a news report of a plan: the title its lead quotes, the issuer its lead names, and the page’s date though its 来源 is a newspaper, never a mirror’s 网络', () => {
    const body = '\n一、总体要求\n1.坚持党的领导。全面加强党的建设。\n2.坚持立德树人。落实根本任务。'
    const read = (source: string) => {
      const head = `市教育局印发2024年全市教育工作要点\n发布时间：2024-03-05 10:12 来源：${source}\n近日，绍兴市教育局印发《绍兴市2024年教育工作要点》（以下简称《要点》），部署全年工作。`
      const [plan] = parseDocument({ file: 'p.html', text: head + body, fields: {}, url: null })
      return [plan.plan.title, plan.plan.issuer, plan.plan.publishDate]
    }
    expect(['绍兴日报', '网络'].map(read)).toEqual([
      ['绍兴市2024年教育工作要点', '绍兴市教育局', '2024-03-05'], ['绍兴市2024年教育工作要点', '绍兴市教育局', null],
    ])
  })

  it('names a plan without any title by its file name, never silently', () => {
    const text = '各学校：\n一、总体要求\n1.加强管理。落实责任。\n2.强化督导。定期检查。'
    const [plan] = parseDocument({ file: 'uploads/未命名文档.docx', text, fields: {}, url: null })
    expect(plan.plan.title).toBe('未命名文档')
    expect(plan.plan.metadataEvidence.title).toBeUndefined()
    expect(plan.plan.warnings!.map((w) => w.code)).toEqual(['year_missing', 'title_missing'])
  })

  it('fills in the province and level of a catalog city given by its usual or traditional name (恩施州, 长阳县, 臺山市), and guesses none for 鼓楼区, which four cities have', () => {
    const text = '2024年教育工作要点\n一、总体要求\n1.坚持党的领导。全面加强党的建设。\n2.坚持立德树人。落实根本任务。'
    const place = (city: string) => {
      const [plan] = parseDocument({ file: 'c.txt', text, fields: {}, url: null }, [{ file: 'c.txt', set: { city } }])
      return [plan.plan.city, plan.plan.province, plan.plan.level]
    }
    expect(['恩施州', '长阳县', '臺山市', '荆门市', '鼓楼区'].map(place)).toEqual([
      ['恩施州', '湖北省', '市'], ['长阳县', '湖北省', '区县'], ['臺山市', '广东省', '区县'], ['荆门市', '湖北省', '市'], ['鼓楼区', null, null],
    ])
  })

  it('drops a warning once data/catalog.json settles the field', () => {
    const text = readFileSync(join(FIXTURES, 'no-year-anywhere.txt'), 'utf8')
    const [plan] = parseDocument({ file: 'no-year.txt', text, fields: {}, url: null }, [{ file: 'no-year.txt', set: { year: 2021 } }])
    expect([plan.plan.year, plan.plan.warnings]).toEqual([2021, []])
  })
})

describe('findOwnDocNumber', () => {
  it('reads the number in every bracket form, spaced or wrapped, as 〔YYYY〕N号', () => {
    expect(findOwnDocNumber(['江教办〔2023〕5号'])?.value).toBe('江教办〔2023〕5号')
    expect(findOwnDocNumber(['荆教发[2022]8 号'])?.value).toBe('荆教发〔2022〕8号')
    expect(findOwnDocNumber(['筑教发［2022］25号 签发人：李明'])?.value).toBe('筑教发〔2022〕25号')
    expect(findOwnDocNumber(['（鄂教发（2023）1号）'])?.value).toBe('鄂教发〔2023〕1号')
    expect(findOwnDocNumber(['湘 教 通 〔 2022 〕 3 號'])?.value).toBe('湘教通〔2022〕3号')
    expect(findOwnDocNumber(['常教发〔2023〕', '4号'])?.value).toBe('常教发〔2023〕4号')
    expect(findOwnDocNumber(['益教通〔２０２３〕７号'])?.value).toBe('益教通〔2023〕7号')
    expect(findOwnDocNumber(['X X 市 教 育 局 文 件 X教〔2022〕8 号 关于印发《X市2022年教育工作要点》的通知'])?.value).toBe('X教〔2022〕8号')
    // A flattened PDF glues the letterhead (no 文件) to the number: the issuer's full name is no abbreviation.
    expect(findOwnDocNumber(['桂林市教育局市教发〔2023〕15号'])?.value).toBe('市教发〔2023〕15号')
    expect(findOwnDocNumber(['绵阳市教育和体育局绵教体发〔2022〕12号'])?.value).toBe('绵教体发〔2022〕12号')
  })

  it('never takes a number the text cites', () => {
    expect(findOwnDocNumber(['根据《教育部关于加强作业管理的通知》（教基〔2021〕12号）要求，结合我市实际，制定本方案。'])).toBeNull()
    expect(findOwnDocNumber(['按照鄂教纪〔2022〕9号文件要求，开展清廉学校建设'])).toBeNull()
    expect(findOwnDocNumber(['各县区：《省教育厅2023年工作要点》（湘教发〔2023〕2号）已印发'])).toBeNull()
    expect(findOwnDocNumber(['教基〔2021〕12号文件要求，各地要进一步加强作业管理。'])).toBeNull()
  })

  it('tells a line that only gives a 文号 from a line that cites one', () => {
    expect(['株教发〔2024〕3号', '株洲市教育局 株教发〔2024〕3号', '荆门市教育局文件 荆教发〔2022〕8号', '文号：江教办〔2023〕5号'].map(isDocNumberLine)).toEqual([true, true, true, true])
    expect(['根据教基〔2021〕12号文件要求，做好作业管理。', '印发《方案》（教基〔2021〕12号）', '按教发〔2024〕3号'].map(isDocNumberLine)).toEqual([false, false, false])
  })

  it('reads a 文号 field, and not a field that holds no number', () => {
    expect([docNumberFromField('江教办〔2023〕5号'), docNumberFromField('绍市教(2022)3 号'), docNumberFromField('无')]).toEqual([
      '江教办〔2023〕5号', '绍市教〔2022〕3号', null,
    ])
  })
})

describe('dates and years', () => {
  it('parses dates in Arabic and Chinese numerals, letter-spaced or not', () => {
    expect([parseDate('2025-03-12 10:10'), parseDate('2022 年 3 月 1 日'), parseDate('二〇二二年九月一日'), parseDate('二○二三年十二月三十一日')]).toEqual([
      '2025-03-12', '2022-03-01', '2022-09-01', '2023-12-31',
    ])
    expect([yearIn('二〇二三年教育重点工作')?.year, yearIn('2022—2023学年第二学期工作计划')?.year, yearIn('贯彻落实《中国教育现代化2035》的意见')]).toEqual([2023, 2022, null])
    expect(closeUp('荆 门 市 教 育 局 文 件')).toBe('荆门市教育局文件')
    expect([parseDate('２０２３年２月９日'), yearIn('２０２３年益阳市教育工作要点')?.year]).toEqual(['2023-02-09', 2023])
  })

  it('gives a plan titled 永州市教育局2023年工作总结和2024年工作要点 the year 2024, the year of its plan part, not 2023 of its summary', () => {
    const text = '永州市教育局2023年工作总结和2024年工作要点\n一、2023年工作总结\n2023年，全市教育系统各项工作取得新进展。\n二、2024年工作要点\n1.深化理论武装。健全“第一议题”制度。\n2.加强基层党建。培育党建示范校20所。\n永州市教育局\n2024年2月26日'
    const [plan] = parseDocument({ file: 'yongzhou.txt', text, fields: {}, url: null })
    expect([plan.plan.year, plan.plan.metadataEvidence.year, plan.plan.publishDate]).toEqual([
      2024, { value: 2024, source: 'title', quote: '永州市教育局2023年工作总结和2024年工作要点' }, '2024-02-26',
    ])
    expect(['2023年工作总结暨2024年工作计划', '2024年工作要点', '2022—2023学年第二学期工作计划', '2023年教育工作总结', '2024年贯彻落实2023年全国教育工作会议精神工作要点'].map((t) => planYearIn(t)?.year)).toEqual([
      2024, 2024, 2022, 2023, 2024,
    ])
  })

  it('gives 荆门市教育局2024工作要点, signed 2023年12月28日, the year 2024 its title writes without 年, not 2023 of its signing date', () => {
    const text = '荆门市教育局2024工作要点\n一、总体要求\n1.坚持党的领导。全面加强党的建设。\n2.坚持立德树人。落实根本任务。\n荆门市教育局\n2023年12月28日'
    const [plan] = parseDocument({ file: 'jingmen.txt', text, fields: {}, url: null })
    expect([plan.plan.year, plan.plan.metadataEvidence.year, plan.plan.signDate]).toEqual([2024, { value: 2024, source: 'title', quote: '荆门市教育局2024工作要点' }, '2023-12-28'])
    expect(['2024全市教育工作要点', '荆门市2024教育工作要点', '面向2035教育强市建设规划', '中国教育现代化2035', '教育现代化2035行动计划'].map((t) => planYearIn(t)?.year ?? null)).toEqual([
      2024, 2024, null, null, null,
    ])
  })

  it('takes signature lines, never a mirror timestamp or a 版记 print date', () => {
    expect(['2023年3月15日', '（2021年6月18日市教育局局务会议审议通过）', '荆门市教育局 2022年3月1日', '2023-05-06 10:22', '2023年5月6日上传'].map(isSignatureDateLine)).toEqual([
      true, true, true, false, false,
    ])
    expect(findSignDate({}, [], ['荆门市教育局', '2022年3月1日', '抄送：市委办公室', '荆门市教育局办公室 2022年3月3日印发'])?.value).toBe('2022-03-01')
  })

  it("keeps a header publish date only when it is the document's own", () => {
    const ctx = { signDate: null, documentYear: 2022, title: '2022年宜春市教育工作要点', governmentPage: true }
    expect(findPublishDate({ ...ctx, fields: { 发布日期: '2022-02-10' } }).date?.value).toBe('2022-02-10')
    expect(findPublishDate({ ...ctx, fields: { 发布日期: '2024-11-03 09:15' } }).rejected).toBe("发布日期:2024-11-03 09:15 (not in the document's year 2022)")
    expect(findPublishDate({ ...ctx, fields: { 发布日期: '2022-02-10', 上传时间: '2022-02-10' } }).date).toBeNull()
    expect(findPublishDate({ ...ctx, signDate: '2022-03-01', fields: { 发布日期: '2022-02-10' } }).rejected).toBe('发布日期:2022-02-10 (before the signing date 2022-03-01)')
  })
})

describe('findTitle', () => {
  it('takes a section heading or a site line for no title, and a fallback line only when it speaks of a year, place or education', () => {
    expect(findTitle(['总体要求', '主要任务'], {})).toBeNull()
    expect(findTitle(['欢迎访问本网站首页'], {})).toBeNull()
    expect(findTitle(['湘潭市教育局二〇二三年教育重点工作'], {})).toEqual({ title: '湘潭市教育局二〇二三年教育重点工作', source: 'first-line', quote: '湘潭市教育局二〇二三年教育重点工作' })
  })

  it("joins a title broken over lines and prefers the plan's own title to its notice", () => {
    expect(findTitle(['2024年株洲市教育', '工作要点'], {})).toEqual({ title: '2024年株洲市教育工作要点', source: 'title-line', quote: '2024年株洲市教育\n工作要点' })
    expect(findTitle(['关于印发《洛阳市2022 年教育', '工作要点》的通知', '洛阳市2022 年教育工作要点'], {})?.title).toBe('洛阳市2022年教育工作要点')
    expect(findTitle(['关于印发《洛阳市2022年教育工作要点》的通知', '各县（市、区）教育局：'], {})).toMatchObject({ title: '洛阳市2022年教育工作要点', source: 'wrapper' })
    expect(findTitle(['关于印发<<洛阳市2022年教育工作要点>>的通知'], {})?.title).toBe('洛阳市2022年教育工作要点')
    expect(findTitle(['洛阳市教育局关于印发2022年教育工作要点的通知'], {})).toMatchObject({ title: '2022年教育工作要点', source: 'wrapper' })
    expect(findTitle(['关于做好2023年教育新闻发布工作的通知'], {})).toMatchObject({ title: '关于做好2023年教育新闻发布工作的通知', source: 'title-line' })
  })

  it('cuts file and site suffixes, and does not glue a letterhead or a site name to the title', () => {
    expect(findTitle(['2021年宜昌市教育工作要点 - 豆丁网'], {})?.title).toBe('2021年宜昌市教育工作要点')
    expect(findTitle(['2021年宜昌市教育工作要点.docx'], {})?.title).toBe('2021年宜昌市教育工作要点')
    expect(findTitle(['2023年衡阳市教育工作要点（word版）'], {})?.title).toBe('2023年衡阳市教育工作要点')
    expect(findTitle(['2023年衡阳市教育工作要点(共5页)'], {})?.title).toBe('2023年衡阳市教育工作要点')
    expect(findTitle(['2023年全市教育工作要点-常德市教育局'], {})?.title).toBe('2023年全市教育工作要点')
    expect(findTitle(['2023年全市教育工作要点（试行）'], {})?.title).toBe('2023年全市教育工作要点（试行）')
    expect(findTitle(['【2023年工作要点】'], {})?.title).toBe('2023年工作要点')
    expect(findTitle(['【工作计划】2023年工作要点'], {})?.title).toBe('2023年工作要点')
    expect(findTitle(['附件1：2023年全市教育工作要点'], {})?.title).toBe('2023年全市教育工作要点')
    expect(findTitle(['荆门市教育局文件', '2022年工作要点'], {})?.title).toBe('2022年工作要点')
    expect(findTitle(['范文网', '2022年工作计划'], {})?.title).toBe('2022年工作计划')
    expect(findTitle(['道客巴巴', '2022年工作计划'], {})?.title).toBe('2022年工作计划')
    expect(findTitle(['全面推进依法治校', '实施方案'], {})?.title).toBe('全面推进依法治校实施方案')
  })

  it('joins a remark under the title (（试行）) to it, but not the number of the first section standing alone under it (（一）)', () => {
    // Before: 某县教育局2024年教育工作要点（一）.
    expect(findTitle(['某县教育局2024年教育工作要点', '（一）', '强化政治引领。坚持第一议题制度。'], {})?.title).toBe('某县教育局2024年教育工作要点')
    expect(findTitle(['某县教育局2024年教育工作要点', '(二)'], {})?.title).toBe('某县教育局2024年教育工作要点')
    expect(findTitle(['某县教育局2024年教育工作要点', '（试行）'], {})?.title).toBe('某县教育局2024年教育工作要点（试行）')
    expect(findTitle(['某县教育局2024年教育工作要点', '（此件公开发布）'], {})?.title).toBe('某县教育局2024年教育工作要点')
  })

  it('joins no 文号 whose year is in Chinese numerals to the title under it, and opens a flattened title after one', () => {
    // Before: 市教〔二〇二四〕3号2024年全市教育工作要点 and 洛教〔二〇二二〕8号洛阳市2022年教育工作要点.
    expect(findTitle(['某市教育局', '市教〔二〇二四〕3号', '2024年全市教育工作要点'], {})?.title).toBe('2024年全市教育工作要点')
    expect(flattenedTitle(['洛阳市教育局文件 洛教〔二〇二二〕8号 洛阳市2022年教育工作要点 2022年全市教育工作的总体思路是：坚持立德树人'])?.title).toBe('洛阳市2022年教育工作要点')
  })

  it('reads 怀化市2024年教育重点工作任务分工 under a letterhead as the title line, not as a fallback, and a bare 任务分工 heading as no title', () => {
    expect(findTitle(['怀化市教育局文件', '怀教通〔2024〕9号', '怀化市2024年教育重点工作任务分工', '为推动全市教育高质量发展，现将2024年教育重点工作任务分解如下。'], {})).toEqual({
      title: '怀化市2024年教育重点工作任务分工', source: 'title-line', quote: '怀化市2024年教育重点工作任务分工',
    })
    expect([findTitle(['主要任务分工'], {}), findTitle(['各科室责任分工'], {})]).toEqual([null, null])
  })
})
