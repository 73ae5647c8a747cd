import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { defaultVocabulary, expandQuery, officialAlternatives } from './everyday-vocabulary.js'
import { parseQuery } from './parse-query.js'

const tokenizer = createSegmenter()
const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : [t.match]))
const offered = (q: string) => officialAlternatives(parseQuery(q, tokenizer), defaultVocabulary())

// A journalist's and a teacher's words for moving, losing and scolding teachers and for schools emptying or
// overfilling (data/dict/everyday-terms.txt, 2026-12-06): the plans write 交流轮岗, 教师队伍 稳定, 控辍保学, 体罚 师德,
// 小规模学校 布局调整 and 大班额.
describe('everyday vocabulary of teachers and of schools\' size', () => {
  it('searches teachers going to the countryside and moving between schools as the plans\' 乡村 支教 交流轮岗', () => {
    expect(words('老师下乡支教')).toEqual(['老师', '下乡', '支教', '教师', '乡村', '交流轮岗'])
    expect(offered('校长轮岗')).toEqual(['交流轮岗'])
  })

  it('leaves 调动 as typed: the plans write 调动教师积极性, not a move', () => {
    expect(words('调动老师积极性')).toEqual(['调动', '老师', '积极性', '教师'])
  })

  it('searches a teacher who scolds pupils as the plans\' 体罚 师德', () => {
    expect(words('老师辱骂学生')).toEqual(['老师', '辱骂', '学生', '教师', '体罚', '师德'])
  })

  it('searches 流失 by who is lost: teachers are the plans\' 教师队伍 稳定, pupils their 控辍保学, anything else nothing', () => {
    expect(words('老师流失严重')).toEqual(['老师', '流失', '严重', '教师', '教师队伍', '稳定'])
    expect(offered('学生流失')).toEqual(['控辍保学'])
    expect(offered('生源流失')).toEqual(['学龄人口'])
  })

  it('searches emptying village schools and overfull classes as the plans\' 小规模学校 布局调整 and 大班额', () => {
    expect(words('空心校越来越多')).toEqual(['空心', '校', '越来越', '多', '小规模学校', '布局调整'])
    expect(offered('超大班')).toEqual(['大班额'])
  })
})

// The trade's short forms and the chores a teacher hands to parents (data/dict/everyday-terms.txt, 2026-12-06, second
// batch): the plans write 校外培训, 职业教育, 课程标准, 周转宿舍, 迁建 and forbid homework that parents must mark or sign.
describe('everyday vocabulary of the trade\'s short forms, teachers\' housing, moved schools and homework sent home', () => {
  it('searches 教培, 职教 and 新课标 as the plans write them out', () => {
    expect(words('教培机构还能开吗')).toEqual(['教培', '机构', '开', '校外培训'])
    expect(offered('职教高考')).toEqual(['职业教育'])
    expect(words('新课标有什么变化')).toEqual(['新课标', '变化', '课程标准', '新课程'])
  })

  it('searches a teacher\'s 周转房 as the plans\' 周转宿舍 乡村教师 and a teacher who 偏心 as 师德', () => {
    expect(words('老师周转房')).toEqual(['老师', '周转', '房', '周转宿舍', '乡村教师', '教师'])
    expect(offered('老师偏心')).toEqual(['教师', '师德'])
  })

  it('searches a school that moves as the plans\' 迁建 布局调整, and a factory\'s move as before', () => {
    expect(offered('学校搬迁')).toEqual(['迁建', '布局调整'])
    expect(offered('工厂搬迁')).toEqual(['企业', '产教融合'])
  })

  it('searches homework a parent must sign off (打卡) as the plans\' 作业负担 减负, and the parents\' chat group as 家校', () => {
    expect(words('作业要家长打卡')).toEqual(['作业', '家长', '打卡', '作业负担', '减负'])
    expect(offered('上班打卡')).toEqual([])
    expect(words('家长群里老师布置作业')).toEqual(['家长', '群里', '老师', '布置', '作业', '家校', '家校共育', '教师', '作业负担'])
  })
})

// The third batch of the same day: punishment a parent names, lessons at the weekend, a teacher's pay against a civil
// servant's (the plans: 不低于当地公务员平均工资收入水平).
describe('everyday vocabulary of punishment, weekend lessons and a teacher\'s pay against a civil servant\'s', () => {
  it('searches 罚站, 罚抄 and a teacher\'s 冷暴力 as the plans\' 体罚 惩戒 and 师德', () => {
    expect(words('老师让孩子罚站')).toEqual(['老师', '罚站', '教师', '体罚', '惩戒'])
    expect(offered('老师罚抄')).toEqual(['教师', '体罚', '惩戒', '作业负担'])
    expect(words('孩子被老师冷暴力')).toEqual(['老师', '冷暴力', '教师', '欺凌', '师德', '体罚', '暴力'])
  })

  it('searches school lessons at the weekend as the plans\' 违规补课 on 节假日; tutoring and a weekend outing by their own words', () => {
    expect(words('周末还要上课吗')).toEqual(['周末', '还要', '上课', '违规补课', '节假日'])
    expect(words('周六要到校吗')).toEqual(['周六', '到校', '违规补课', '节假日'])
    expect(words('周六补课合法吗')).toEqual(['周六', '补课', '有偿补课', '校外培训'])
    expect(words('周末去哪玩')).toEqual(['周末', '玩'])
  })

  it('searches a civil servant named beside a teacher\'s pay as the plans\' 待遇 工资, and alone as typed', () => {
    expect(words('老师待遇比公务员低吗')).toEqual(['老师', '待遇', '比', '公务员', '低', '教师', '工资'])
    expect(words('考公务员')).toEqual(['公务员'])
  })
})
