import { describe, expect, it } from 'vitest'
import { joinPair, shouldJoin } from './join-lines.js'

describe('shouldJoin', () => {
  it('joins a sentence broken before its end (data/corpus/002)', () => {
    expect(shouldJoin('提升基层党建工作质量。坚持抓基层强基础,推进基层党', '建特色项目培育、深化品牌内涵建设,促进党建工作与教书育人工作深度融合发展。')).toBe(true)
  })

  it('joins after a comma even when the rest is short', () => {
    expect(shouldJoin('1.全面强化党的创新理论武装。坚持“思想引领、学习在先”,', '健全传达学习机制')).toBe(true)
  })

  it('does not join after sentence-final punctuation, a closing parenthesis or a closing quote after a full stop', () => {
    expect(shouldJoin('1.深入学习宣传贯彻党的二十大精神。', '学深悟透党的创新理论。')).toBe(false)
    expect(shouldJoin('各县(市、区)教育局,市直各学校(幼儿园):', '现将《江门市教育局2023年工作要点》印发给你们')).toBe(false)
    expect(shouldJoin('推进“1530”安全教育制度。(责任单位:安保科、基教科,各基层学校)', '二是义务教育聚焦“优质均衡”')).toBe(false)
    expect(shouldJoin('组织开展“学宪法、讲宪法”活动。”', '推进法治教育')).toBe(false)
  })

  it('does not join a numbered line to its predecessor', () => {
    for (const next of ['1.完善教育评价', '27构建优质均衡基本公共教育服务体系', '（一）党建领航工程', '一、守正创新', '第五条 学校应当', '二是义务教育聚焦“优质均衡”']) {
      expect(shouldJoin('坚持抓基层强基础,推进基层党建', next)).toBe(false)
    }
  })

  it('does not join a line numbered １． （１） ⑴ ⒈ 1) 1） or ① to its predecessor', () => {
    for (const next of ['１．完善教育评价', '（２）加强心理健康教育', '⑶落实意识形态工作责任制', '⒋全面加强体育美育劳动教育', '3)推进党建品牌创建', '4）推进集团化办学', '②开展主题教育“回头看”，巩固主题教育成果']) {
      expect(shouldJoin('①健全“第一议题”制度，推动理论学习走深走实', next), next).toBe(false)
    }
  })

  it('does not glue an item ② to the item ① before it, even when the items end in commas', () => {
    expect(shouldJoin('①新建、改扩建公办幼儿园12所，', '②新增公办学位3600个，')).toBe(false)
  })

  it('joins a sentence wrapped just before the ①② list it runs into', () => {
    expect(shouldJoin('2.加强基层党组织建设。推进“一校一品”党建品牌创建，', '①培育示范校10所，②打造党建品牌20个。')).toBe(true)
    expect(shouldJoin('2.加强基层党组织建设。重点抓好以下工作：', '①培育示范校10所；')).toBe(false)
  })

  it('joins a line that a PDF wrapped inside a bracket closed by 1） on the next line', () => {
    expect(shouldJoin('3.规范校外培训。严格落实《校外培训机构管理办法》（见附件', '1）要求，开展专项治理。')).toBe(true)
    expect(shouldJoin('3.规范校外培训。严格落实《校外培训机构管理办法》（附件）', '1）开展专项治理。')).toBe(false)
  })

  it('does not join a chapter or section heading, a bare number, or a title', () => {
    expect(shouldJoin('二、坚持立德树人,促进学生健康成长全面发展', '围绕落实立德树人根本任务,组织开展全市教育和体育高质量发展行动。')).toBe(false)
    expect(shouldJoin('(二)提升职业教育吸引力和构建全民终身学习体系', '继续推进社区学校建设。')).toBe(false)
    expect(shouldJoin('1.', '2024年全区教育工作要点 2')).toBe(false)
    expect(shouldJoin('江门市教育局2023年工作要点', '2023年全市教育工作的总体思路是:以习近平新时代中国特色社会主义思想为指导')).toBe(false)
    expect(shouldJoin('全面贯彻党的教育方针,落实立德树人根本任务', '江门市教育局2023年工作要点')).toBe(false)
  })

  it('joins a （二） item that runs on into sentences to the rest of a sentence a page break cut, and never a heading ended by 。', () => {
    expect(shouldJoin('（二）加强基层党组织建设。推进中小学校党组织领导的校长负责制落地见效，培育党建工作', '示范校20所。')).toBe(true)
    expect(shouldJoin('二、坚持立德树人。围绕落实立德树人根本任务，组织开展全市教育', '高质量发展行动。')).toBe(true)
    expect(shouldJoin('（一）加强党的建设。', '坚持用党的创新理论武装头脑。')).toBe(false)
    expect(shouldJoin('（三）推进教育改革，激发办学活力', '深化新时代教育评价改革。')).toBe(false)
  })
})

describe('joinPair', () => {
  it('glues Chinese text and keeps a space between Latin words', () => {
    expect(joinPair('推进基层党', '建特色项目培育')).toBe('推进基层党建特色项目培育')
    expect(joinPair('基于Ipv6和5G的教育专网,', '健全平台体系')).toBe('基于Ipv6和5G的教育专网,健全平台体系')
    expect(joinPair('training across all', 'primary schools')).toBe('training across all primary schools')
    expect(joinPair('schools, including', 'kindergartens')).toBe('schools, including kindergartens')
  })
})
