import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { parseQuery } from './parse-query.js'
import { textForModel } from './model-text.js'
import { withoutMentionFrames } from './mention-frames.js'

const tokenizer = createSegmenter()
const groups = (q: string) => parseQuery(q, tokenizer).groups

describe('mention frames', () => {
  it('searches the topic a question opens with 说到, 说起 or 聊聊, not the phrase with its frame: 说到校服 is 校服', () => {
    expect(groups('说到校服')).toEqual([[{ kind: 'phrase', text: '校服', match: '校服' }]])
    expect(groups('说起课后服务收费')).toEqual([[{ kind: 'words', text: '说起课后服务收费', words: ['课后服务', '收费'] }]])
    expect(groups('聊聊双减')).toEqual([[{ kind: 'phrase', text: '双减', match: '双减' }]])
  })

  it('reads 有没有说到, 有没有写到 as the yes/no question it is, about what follows, shown as typed', () => {
    expect(groups('有没有说到校服')).toEqual([[{ kind: 'phrase', text: '有没有说到校服', match: '校服' }]])
    expect(groups('有没有写到校服')).toEqual([[{ kind: 'phrase', text: '有没有写到校服', match: '校服' }]])
  })

  it('reads no frame in the first half of a word: 说到做到 (an idiom), 说到底还是作业多, 写到位 are searched as typed', () => {
    expect(groups('说到做到')).toEqual([[{ kind: 'phrase', text: '说到做到', match: '说到做到' }]])
    expect(groups('说到底还是作业多')).toEqual([[{ kind: 'words', text: '说到底还是作业多', words: ['说到底', '还是', '作业', '多'] }]])
    expect(groups('写到位')).toEqual([[{ kind: 'phrase', text: '写到位', match: '写到位' }]])
    expect(textForModel('说到做到')).toBe('说到做到')
    expect(textForModel('双减，说到底还是作业多')).toBe('双减，说到底还是作业多')
  })

  it('reads which places do not mention a topic as a question about the topic, not an exclusion: 哪些城市没有提双减 is 双减', () => {
    expect(parseQuery('哪些城市没有提双减', tokenizer)).toMatchObject({ groups: [[{ kind: 'phrase', text: '哪些城市没有提双减', match: '双减' }]], exclude: [] })
    expect(groups('哪个城市没有提到课后服务')).toEqual([[{ kind: 'phrase', text: '哪个城市没有提到课后服务', match: '课后服务' }]])
    // Asked after the topic too; a place word that is the topic (建设宜居的城市) stays.
    expect(groups('没有提到双减的城市')).toEqual([[{ kind: 'phrase', text: '没有提到双减的城市', match: '双减' }]])
    expect(groups('建设宜居的城市')).toEqual([[{ kind: 'words', text: '建设宜居的城市', words: ['建设', '宜居', '城市'] }]])
    // Beside a topic the denied mention still leaves the second out; 没有提高 (a rise) is no mention.
    expect(parseQuery('人工智能但没有提到编程', tokenizer).exclude).toEqual([{ kind: 'phrase', text: '编程', match: '编程' }])
    expect(groups('工资没有提高多少')).toEqual([[{ kind: 'words', text: '工资没有提高多少', words: ['工资', '没有', '提高'] }]])
    expect(textForModel('人工智能但没有提到编程')).toBe('人工智能但没有提到编程')
  })

  it('keeps a frame typed alone, and 所有涉及… (every one that…), as typed', () => {
    expect(groups('提到')).toEqual([[{ kind: 'phrase', text: '提到', match: '提到' }]])
    expect(groups('所有涉及学生的')).toEqual([[{ kind: 'words', text: '所有涉及学生的', words: ['所有', '学生'] }]])
  })

  it('gives the model the question without its frame: 有没有提到劳动教育 is embedded as 劳动教育', () => {
    expect(textForModel('有没有提到劳动教育')).toBe('劳动教育')
    expect(textForModel('是否提及校服？')).toBe('校服')
    expect(textForModel('提到劳动教育了吗')).toBe('劳动教育')
    expect(textForModel('荆门有没有提到劳动教育')).toBe('荆门 劳动教育')
    expect(textForModel('双减，说到课后服务呢')).toBe('双减，课后服务呢')
  })

  it('leaves a question without a frame, or a frame alone, as it is', () => {
    expect(withoutMentionFrames('哪些城市提到了人工智能但没有提到编程')).toBe('哪些城市提到了人工智能但没有提到编程')
    expect(withoutMentionFrames('有没有提到')).toBe('有没有提到')
    expect(withoutMentionFrames('所有涉及学生的')).toBe('所有涉及学生的')
  })

  it('reads 哪个更, 谁更 between the places named as asking, not as words: 荆门和泉州谁更重视体育 searches 荆门 泉州 体育 (重视 is a stopword since 07517e4)', () => {
    expect(groups('荆门和泉州谁更重视体育')).toEqual([[{ kind: 'words', text: '荆门和泉州谁更重视体育', words: ['荆门', '泉州', '体育'] }]])
    expect(textForModel('哪个更重视体育')).toBe('重视体育')
    // Nothing named beside it but a character: as typed.
    expect(groups('哪个更好')).toEqual([[{ kind: 'phrase', text: '更好', match: '更好' }]])
    expect(textForModel('哪个更好')).toBe('哪个更好')
  })
})
