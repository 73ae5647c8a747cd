import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { defaultVocabulary, expandQuery, officialAlternatives } from './everyday-vocabulary.js'
import { parseQuery } from './parse-query.js'

const tokenizer = createSegmenter()
const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : [t.match]))
const offered = (q: string) => officialAlternatives(parseQuery(q, tokenizer), defaultVocabulary())

// A parent's words for what a child eats, suffers and risks at school (data/dict/everyday-terms.txt, 2026-12-06): the
// plans write 校园餐 膳食 供餐, 欺凌, 近视 电子产品, 心理健康 心理危机, 特殊教育, 安保 校园安全, 交通安全 and 传染病.
describe('everyday vocabulary of meals, bullying, eyes and screens, the mind, special needs and safety', () => {
  it('searches what a child eats at school as the plans\' 校园餐 膳食 供餐', () => {
    expect(words('学校伙食怎么样')).toEqual(['学校', '伙食', '校园餐', '膳食', '食品安全'])
    expect(words('孩子在学校吃不饱')).toEqual(['学校', '吃不饱', '校园餐', '膳食', '营养'])
    expect(words('食堂饭菜难吃')).toEqual(['食堂', '饭菜', '难吃', '食品安全', '校园餐', '膳食'])
    expect(words('学校配餐公司')).toEqual(['学校', '配餐', '公司', '校园餐', '供餐', '食品安全'])
    expect(offered('订餐')).toEqual(['校园餐', '供餐'])
  })

  it('searches a child shut out, nicknamed, robbed or abused online by classmates as the plans\' 欺凌', () => {
    expect(words('孩子被同学孤立')).toEqual(['同学', '孤立', '欺凌'])
    expect(words('同学给孩子起外号')).toEqual(['同学', '起', '外号', '欺凌'])
    expect(words('被高年级勒索')).toEqual(['高年级', '勒索', '欺凌'])
    expect(offered('孩子被网暴')).toEqual(['网络', '欺凌'])
  })

  it('searches a child who cannot see the board or stares at screens as the plans\' 近视 视力 and 电子产品', () => {
    expect(words('孩子看不清黑板')).toEqual(['看不清', '黑板', '近视', '视力'])
    expect(offered('孩子天天看屏幕')).toEqual(['电子产品', '近视'])
    expect(offered('孩子天天刷抖音')).toEqual(['网络', '沉迷', '电子产品'])
  })

  it('searches a child\'s moods, self-harm and refusal to go to school as the plans\' 心理健康 心理危机 and 控辍保学', () => {
    expect(words('孩子情绪不好')).toEqual(['情绪', '不好', '心理健康', '心理辅导'])
    expect(offered('孩子自残')).toEqual(['心理危机', '心理健康'])
    expect(words('孩子性格孤僻')).toEqual(['性格', '孤僻', '心理健康'])
    expect(offered('孩子社恐')).toEqual(['心理健康'])
    expect(words('孩子崩溃大哭')).toEqual(['崩溃', '大哭', '心理健康', '心理危机'])
    // Read whole across the cut (不想 上学): its words are not widened by their own entries (上学 → 入学).
    expect(words('孩子不想上学')).toEqual(['不想', '上学', '厌学', '心理健康', '控辍保学'])
  })

  it('searches a child with special needs and the schools for them as the plans\' 特殊教育 融合教育', () => {
    expect(words('特殊孩子能上普通学校吗')).toEqual(['特殊', '上', '普通', '学校', '特殊教育', '融合教育'])
    expect(offered('特殊学校')).toEqual(['特殊教育', '特殊教育学校'])
  })

  it('searches crushes, knife attacks, strangers, cycling and infections as the plans\' safety and health words', () => {
    expect(words('学校踩踏事故')).toEqual(['学校', '踩踏', '事故', '安全', '应急'])
    expect(words('有人持刀闯校园')).toEqual(['有人', '持刀', '闯', '校园', '安保', '校园安全'])
    expect(words('陌生人进校园')).toEqual(['陌生人', '进校园', '安全教育', '防拐', '安保'])
    expect(words('孩子骑车上学安全吗')).toEqual(['骑车', '上学', '安全', '交通安全', '入学', '就学'])
    expect(offered('学校甲流')).toEqual(['传染病', '卫生'])
    // 手足口病 is cut 手足 口病: the entry is read across the cut.
    expect(words('幼儿园手足口病')).toEqual(['幼儿园', '手足', '口病', '传染病', '卫生'])
  })
})

// The second batch of the same day: the mind, a game by name, overloaded buses, drowning, fire.
describe('everyday vocabulary of low spirits, games, overloaded buses, drowning and fire', () => {
  it('searches a child who feels worthless or cannot sleep as the plans\' 心理健康 and 睡眠', () => {
    expect(words('孩子很自卑')).toEqual(['很', '自卑', '心理健康'])
    expect(offered('孩子失眠')).toEqual(['睡眠', '心理健康'])
  })

  it('searches a game named by its title (cut 王者 荣耀, read across the cut) as the plans\' 网络游戏 沉迷 五项管理', () => {
    expect(words('孩子沉迷王者荣耀')).toEqual(['沉迷', '王者', '荣耀', '网络游戏', '五项管理'])
  })

  it('searches an overloaded bus, a drowned pupil and fire drills as the plans\' 交通安全 校车, 溺水, 消防 and 应急 疏散 演练', () => {
    expect(offered('校车超载')).toEqual(['交通安全', '校车'])
    expect(offered('学生溺亡')).toEqual(['溺水'])
    expect(offered('学校防火')).toEqual(['消防'])
    expect(words('火灾逃生演练')).toEqual(['火灾', '逃生', '演练', '消防', '应急', '疏散'])
  })
})

// The third batch of the same day: falls, evening study, the bus to school, the school's counsellor.
describe('everyday vocabulary of falls, evening study, the bus and the counsellor', () => {
  it('searches a child who fell at school as the plans\' 校园安全 安全事故, and evening study as 作息 睡眠', () => {
    expect(words('孩子在学校摔了谁负责')).toEqual(['学校', '摔', '负责', '校园安全', '安全事故'])
    expect(words('学校晚自习到几点')).toEqual(['学校', '晚自习', '作息', '睡眠'])
  })

  it('searches the bus to school as the plans\' 定制公交 出行 交通安全', () => {
    expect(words('孩子上学要坐很久公交')).toEqual(['上学', '坐', '很', '久', '公交', '入学', '就学', '定制公交', '出行', '交通安全'])
  })

  it('searches the school\'s 心理老师 (cut 心理 老师, read across the cut) as the plans\' 心理健康 心理健康教育教师 专职', () => {
    expect(words('学校有没有心理老师')).toEqual(['学校', '心理', '老师', '心理健康', '心理健康教育教师', '专职'])
  })
})
