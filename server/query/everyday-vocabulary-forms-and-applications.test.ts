import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { defaultVocabulary, expandQuery } from './everyday-vocabulary.js'
import { parseQuery } from './parse-query.js'

const tokenizer = createSegmenter()
const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : [t.match]))

// data/dict/everyday-terms.txt: a teacher's forms typed apart from 填, 外地 asked of teachers, 志愿 asked of an exam.
describe('everyday words whose sense the rest of the question gives', () => {
  it('reads a teacher filling forms or working after hours as the plans\' 教师负担 and 减负, not as 教师 alone', () => {
    expect(words('老师下班了还要填各种表格')).toEqual(['老师', '下班', '还要', '填', '各种', '表格', '教师', '教师负担', '减负'])
    expect(words('老师天天开会填表')).toEqual(['老师', '开会', '填表', '教师', '非教学任务', '教师负担', '减负'])
  })

  it('leaves a form or the end of a working day asked of nobody at school as typed', () => {
    expect(words('下班高峰堵车')).toEqual(['下班', '高峰', '堵车'])
    expect(words('表格怎么打印')).toEqual(['表格', '打印'])
  })

  it('reads 外地 as children who moved with their parents only where a child goes to school, and as learning elsewhere where a teacher goes', () => {
    expect(words('外地打工的孩子在本地上学')).toEqual(['外地', '打工', '本地', '上学', '随迁子女', '入学', '就学'])
    expect(words('老师有机会去外地学习吗')).toEqual(['老师', '机会', '外地', '学习', '教师', '跟岗', '外出学习', '培训'])
  })

  it('reads 志愿 after an exam as the plans\' 生涯规划 and 报考, and 志愿者 as volunteering', () => {
    expect(words('高考志愿不会填有人指导吗')).toEqual(['高考', '志愿', '不会', '填', '有人', '指导', '生涯规划', '报考'])
    expect(words('学生当志愿者')).toEqual(['学生', '当', '志愿者'])
  })
})
