import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { defaultVocabulary, expandQuery, officialAlternatives } from './everyday-vocabulary.js'
import { parseQuery } from './parse-query.js'

const tokenizer = createSegmenter()
const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : [t.match]))
const offered = (q: string) => officialAlternatives(parseQuery(q, tokenizer), defaultVocabulary())

// Things of the school day no plan names (data/dict/everyday-terms.txt, 2026-12-06), read as what the plans say of them.
describe('everyday vocabulary of desks, the timetable, makers and lessons taken by another subject', () => {
  it('offers the plans\' 设施设备 and 办学条件 for 课桌椅 typed alone (no clause says 课桌椅), and searches them for a question about it', () => {
    expect(offered('课桌椅')).toEqual(['设施设备', '办学条件'])
    expect(words('课桌椅太矮了')).toEqual(['课桌椅', '太矮', '设施设备', '办学条件', '桌椅', '课桌'])
  })

  it('offers 睡眠 and 五项管理 for 作息时间, and searches them for 孩子作息不规律', () => {
    expect(offered('作息时间')).toEqual(['睡眠', '五项管理'])
    expect(words('孩子作息不规律')).toEqual(['作息', '规律', '睡眠', '五项管理'])
  })

  it('offers 科学教育 and 科技 for 3D打印 and 创客教育, which the plans teach as science and technology', () => {
    expect(offered('3D打印')).toEqual(['科学教育', '科技'])
    expect(offered('创客教育')).toEqual(['科学教育', '科技'])
  })

  it('searches a lesson taken by another subject as the plans\' 开齐开足, and 占用 said of anything else as typed', () => {
    expect(words('体育课被占用')).toEqual(['体育课', '占用', '学校体育', '开齐开足'])
    expect(words('音乐课被占用')).toEqual(['音乐课', '占用', '美育', '艺术', '音乐', '开齐开足'])
    expect(offered('副科被占')).toEqual(['开齐开足', '美育', '体育'])
    expect(words('学校挤占经费')).toEqual(['学校', '挤占', '经费'])
  })
})

describe('an everyday word inside a longer word of a question', () => {
  it('searches the plans\' word itself where the segmenter kept it inside another: 批改作业 → 作业 (6 clauses), not only 作业负担 (2)', () => {
    expect(words('学校总是让家长批改作业')).toEqual(['学校', '家长', '批改作业', '作业负担', '作业'])
    expect(words('寒假作业太多')).toEqual(['寒假作业', '太多', '作业负担', '假期', '作业', '寒假'])
  })

  it('does not search a word the plans write in another sense (~游戏: their 游戏 is kindergarten play), only its official words', () => {
    expect(words('孩子玩游戏上瘾怎么办')).toEqual(['玩游戏', '上瘾', '网络游戏', '沉迷', '五项管理'])
  })
})

describe('everyday vocabulary of early schooling in kindergarten, pupils who cannot hear and lessons run past the bell', () => {
  it('searches pinyin taught in kindergarten as the plans\' 小学化 and 幼小衔接, and 拼音 elsewhere as typed', () => {
    expect(words('幼儿园能不能教拼音')).toEqual(['幼儿园', '教', '拼音', '小学化', '幼小衔接'])
    expect(words('学拼音的方法')).toEqual(['学', '拼音', '方法'])
  })

  it('searches a child who cannot hear as a pupil of 特殊教育, and 英语听力 as the test it is', () => {
    expect(words('孩子听力有问题能上普通学校吗')).toEqual(['听力', '问题', '普通', '学校', '特殊教育', '残疾'])
    expect(words('耳朵听不见的孩子上学')).toEqual(['耳朵', '听不见', '上学', '特殊教育', '残疾', '入学', '就学'])
    expect(words('英语听力考试')).toEqual(['英语听力', '考试', '外语', '英语'])
  })

  it('searches a lesson run past the bell as the break the plans lengthen: 拖堂 → 课间', () => {
    expect(words('老师老是拖堂')).toEqual(['老师', '拖堂', '教师', '课间'])
  })
})

describe('everyday vocabulary of a fall, sports equipment and sleep', () => {
  it('searches a child hurt in a fall as the school\'s safety, sports equipment as the facilities and 睡不够 as 睡眠', () => {
    expect(words('孩子在学校摔伤了谁负责')).toEqual(['学校', '摔伤', '负责', '校园安全', '安全事故'])
    expect(words('学校体育器材')).toEqual(['学校', '体育器材', '设施设备', '体育设施', '器材'])
    expect(words('学生睡不够')).toEqual(['学生', '睡', '不够', '睡眠'])
  })
})

// The way to school and the nap at noon (data/dict/everyday-terms.txt, 2026-12-06): the plans' 交通安全, 学生出行, 校车 and 睡眠保障.
describe('everyday vocabulary of the way to school and the nap at noon', () => {
  it('searches the plans\' 交通安全 出行 校车 for the way to or from school, and 路上 said of anything else as typed', () => {
    expect(words('小孩上学路上不安全')).toEqual(['小孩', '上学', '路上', '安全', '学生', '儿童', '入学', '就学', '交通安全', '出行', '校车'])
    expect(words('放学路上安全吗')).toEqual(['放学', '路上', '安全', '课后服务', '交通安全', '出行', '校车'])
    expect(offered('放学路上')).toEqual(['课后服务', '交通安全', '出行', '校车'])
    expect(words('小区路上没有路灯')).toEqual(['小区', '路上', '没有', '路灯'])
  })

  it('searches 睡眠 for a nap typed 睡午觉, as for 午睡 and 午休 (荣成 2024 二-21 争创省级中小学睡眠保障试点县)', () => {
    expect(words('中午在学校睡午觉吗')).toEqual(['中午', '学校', '睡午觉', '睡眠', '午觉'])
    expect(offered('午觉')).toEqual(['睡眠'])
  })
})

// Wording of the tuning half of test/eval/ the vocabulary missed (data/dict/everyday-terms.txt, 2026-12-06).
describe('everyday vocabulary of tutoring by teachers, village schools, chores, dormitories and equipment', () => {
  it('widens 补课 by 违规补课 where a teacher or a school gives it, and by 校外培训 where a child takes it', () => {
    expect(words('学校能不能收补课费')).toEqual(['学校', '收', '补课费', '有偿补课', '违规补课', '补课'])
    expect(words('周末补课班')).toEqual(['周末', '补课班', '有偿补课', '校外培训', '补课'])
  })

  it('searches the plans\' 乡村, 社会事务, 住宿 and 装备 for 农村, 杂事, 宿舍 and 设备', () => {
    expect(words('农村的学校太少')).toEqual(['农村', '学校', '太少', '乡村'])
    expect(words('老师杂事多')).toEqual(['老师', '杂事', '多', '教师', '减负', '教师负担', '社会事务'])
    expect(offered('宿舍太挤')).toEqual(['寄宿', '住宿'])
    expect(offered('学校设备')).toEqual(['装备'])
  })

  it('searches the plans\' 老年大学 and 社区教育 for an old person who wants to learn, and 职业院校 for 职校', () => {
    expect(words('老年人想学电脑')).toEqual(['老年人', '想学', '电脑', '老年教育', '老年大学', '社区教育', '信息化', '数字化'])
    expect(words('职校毕业能干啥')).toEqual(['职校', '毕业', '能干', '职业教育', '职业学校', '职业院校', '就业'])
  })
})
