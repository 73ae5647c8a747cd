import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { defaultVocabulary, expandQuery, officialAlternatives, semanticQueryText } from './everyday-vocabulary.js'
import { parseQuery } from './parse-query.js'

const tokenizer = createSegmenter()
const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : [t.match]))
const offered = (q: string) => officialAlternatives(parseQuery(q, tokenizer), defaultVocabulary())

// Everyday words of topics the first eighty judged questions did not ask about (data/dict/everyday-terms.txt, 2026-12-05).
describe('everyday vocabulary of class streaming, minorities, religion, public opinion, weight, sport, ecology, left-behind children, births', () => {
  it('offers the plans\' 重点班 and 均衡编班 for 快慢班 typed alone, and searches them (and 分班\'s 编班) for a question about 尖子班', () => {
    expect(offered('快慢班')).toEqual(['重点班', '均衡编班'])
    expect(words('学校偷偷分尖子班')).toEqual(['学校', '偷偷', '分', '尖子班', '编班', '重点班', '均衡编班'])
  })

  it('searches a question about minority pupils as the plans write it: 少数民族 → 民族教育 民族团结', () => {
    expect(words('少数民族孩子上学有什么照顾')).toEqual(['少数民族', '上学', '照顾', '民族教育', '民族团结', '入学', '就学'])
  })

  it('searches 传教 and 信教 as the plans\' 宗教 渗透, beside the words already widened (校门口 → 校园周边)', () => {
    expect(words('有人在校门口传教')).toEqual(['有人', '校门口', '传教', '校园周边', '安全', '宗教', '渗透'])
    expect(offered('老师信教')).toEqual(['教师', '宗教', '渗透'])
  })

  it('searches a story going round online as the plans\' 舆情: 沸沸扬扬, 网传', () => {
    expect(words('网传某校食物中毒')).toEqual(['网传', '某校', '食物中毒', '舆情', '食品安全'])
    // 网上 is not widened by 在线 数字化 here: that entry is for what is learnt online (everyday-vocabulary-contexts.test.ts).
    expect(words('学校的事网上传得沸沸扬扬')).toEqual(['学校', '事', '网上', '传得', '沸沸扬扬', '舆情'])
  })

  it('widens the two-character forms of 胖 a question segments into (太胖, 偏胖), which the one-character entry does not', () => {
    expect(offered('孩子太胖')).toEqual(['肥胖', '体质'])
    expect(words('女儿偏胖怎么办')).toEqual(['女儿', '偏胖', '肥胖', '体质'])
  })

  it('embeds 孩子太胖了学校管不管 with 肥胖 体质 appended for the model', () => {
    const typed = parseQuery('孩子太胖了学校管不管', tokenizer)
    expect(semanticQueryText(typed, expandQuery(typed, defaultVocabulary(), { phrases: true }))).toBe('孩子太胖了学校管不管 肥胖 体质')
  })

  it('searches a would-be athlete as the plans\' 体育人才 后备人才 特长生, and 环保 as 生态文明 绿色学校', () => {
    expect(words('想当运动员')).toEqual(['想当', '运动员', '体育', '体育人才', '后备人才', '特长生', '体教融合', '运动'])
    expect(words('学校搞环保教育吗')).toEqual(['学校', '环保', '教育', '生态文明', '绿色学校'])
  })

  it('searches a child left in 老家 as 留守儿童, fewer births as 学龄人口, and 练字 as the plans\' 书法 书写 汉字', () => {
    expect(words('孩子留在老家')).toEqual(['留在', '老家', '留守儿童', '农村'])
    expect(offered('孩子生得少了')).toEqual(['学龄人口', '人口'])
    expect(offered('练字')).toEqual(['书法', '书写', '汉字'])
    expect(offered('写字')).toEqual(['书法', '语言文字', '书写', '汉字'])
  })

  it('searches the everyday names of exams, contests, care, drills, school staff rooms, admissions advice, places and rehiring as the plans write them', () => {
    expect(words('高中会考难吗')).toEqual(['高中', '会考', '难', '学业水平', '合格性考试'])
    expect(words('孩子学奥数')).toEqual(['学', '奥数', '学科竞赛', '竞赛'])
    expect(words('两岁上托班')).toEqual(['两岁', '上托班', '托育', '托育班', '托班', '2岁'])
    expect(words('学校消防演习')).toEqual(['学校', '消防演习', '演练', '应急', '演习'])
    expect(offered('学校门卫')).toEqual(['保安', '安保', '校园安全'])
    expect(words('学校有没有医务室')).toEqual(['学校', '医务室', '卫生室', '校医'])
    expect(words('高考填志愿')).toEqual(['高考', '填志愿', '生涯规划', '报考'])
    expect(words('跟台湾学校交流')).toEqual(['台湾', '学校', '交流', '两岸'])
    expect(offered('香港')).toEqual(['港澳', '大湾区'])
    expect(words('退休老师返聘')).toEqual(['退休', '老师', '返聘', '教师', '银龄'])
  })
})
