import { describe, expect, it } from 'vitest'
import { canonicalKey, parseMetadataLine } from './metadata-fields.js'

describe('parseMetadataLine', () => {
  it('reads several labels on one line, with or without spaces and colons of either width', () => {
    expect(parseMetadataLine('索引号: 11420800011236449Y/2025-00078 主题分类: 教育')).toEqual({
      fields: { 索引号: '11420800011236449Y/2025-00078', 主题分类: '教育' },
      hasDocumentLabel: true,
      hasSpecificLabel: true,
    })
    expect(parseMetadataLine('发布日期:2025-03-12 10:10信息来源:荆门市教育局')).toEqual({
      fields: { 发布日期: '2025-03-12 10:10', 来源: '荆门市教育局' },
      hasDocumentLabel: true,
      hasSpecificLabel: true,
    })
    expect(parseMetadataLine('发布时间 : 2020-02-17')?.fields).toEqual({ 发布日期: '2020-02-17' })
    expect(parseMetadataLine('【发文字号】：江教办〔2023〕5号')?.fields).toEqual({ 文号: '江教办〔2023〕5号' })
  })

  it('reads 生成日期, the day a 政府信息公开 catalog entry was made, as 发文日期', () => {
    expect(parseMetadataLine('发布机构：清远市教育局 生成日期：2024-03-12')?.fields).toEqual({ 发布机构: '清远市教育局', 发文日期: '2024-03-12' })
    expect(canonicalKey('生成日期：')).toBe('发文日期')
  })

  it('skips empty values and page counters', () => {
    expect(parseMetadataLine('文 号: 效力状态: 有效')?.fields).toEqual({ 效力状态: '有效' })
    expect(parseMetadataLine('来源:泉州市教育局 时间:2025-03-22 23:50 浏览量:')?.fields).toEqual({ 来源: '泉州市教育局', 发布日期: '2025-03-22 23:50' })
    expect(parseMetadataLine('浏览次数：1024')).toEqual({ fields: {}, hasDocumentLabel: false, hasSpecificLabel: true })
    expect(parseMetadataLine('时间：2024年9月')).toEqual({ fields: { 发布日期: '2024年9月' }, hasDocumentLabel: true, hasSpecificLabel: false })
  })

  it('reads a sharing site\'s upload fields and consumes its counters, so they never pass for the document\'s', () => {
    expect(parseMetadataLine('发布时间:2022-03-01 来源:荆门市教育局 阅读:1234 编辑:张三')?.fields).toEqual({ 发布日期: '2022-03-01', 来源: '荆门市教育局', 编辑: '张三' })
    expect(parseMetadataLine('上传时间：2023-05-06 10:22 贡献者：edu_docs_88')?.fields).toEqual({ 上传时间: '2023-05-06 10:22', 上传者: 'edu_docs_88' })
    expect(parseMetadataLine('浏览次数：1024 页数：5 下载次数：12')).toEqual({ fields: {}, hasDocumentLabel: false, hasSpecificLabel: true })
  })

  it('returns null for lines that are not label/value pairs', () => {
    expect(parseMetadataLine('2025年全市教育工作的总体思路是:坚持以习近平新时代中国特色社会主义思想为指导')).toBeNull()
    expect(parseMetadataLine('(联系人:刘永强,电话:3503835。)')).toBeNull()
    expect(parseMetadataLine('来源:国家统计局的数据显示,全市学前教育毛入园率已达94.5%。')).toBeNull()
  })
})

describe('canonicalKey', () => {
  it('maps label spellings to one key', () => {
    expect([canonicalKey('文 号'), canonicalKey('信息来源：'), canonicalKey('发文机关'), canonicalKey('成文时间'), canonicalKey('浏览量'), canonicalKey('项目')]).toEqual([
      '文号', '来源', '发布机构', '成文日期', '', undefined,
    ])
  })
})
