import { describe, expect, it } from 'vitest'
import { defaultQuestionWords, isQuestionOnly, parseQuestionWords } from './question-only.js'

describe('isQuestionOnly', () => {
  it('reads a query of question words, greetings and punctuation as naming nothing', () => {
    expect(['怎么样', '怎么样？', '请问可以吗', '为什么', '你好', '谢谢！', '在吗', '好'].map((q) => isQuestionOnly(q))).toEqual([true, true, true, true, true, true, true, true])
  })

  it('keeps every query that names something, however vague, and an empty one', () => {
    expect(['孩子怎么样', '孩子', '双减', '怎么减肥', '好学校', '谁来管', '问题', 'zzzz', '', '？'].map((q) => isQuestionOnly(q))).toEqual([false, false, false, false, false, false, false, false, false, false])
  })

  it('reads its words from data/dict/question-words.txt, longest first, comments left out', () => {
    expect(parseQuestionWords('# 注释\n怎么\n怎么样  # 整词\n\n怎么\n')).toEqual(['怎么样', '怎么'])
    expect(defaultQuestionWords()).toContain('怎么样')
    expect(isQuestionOnly('怎么样', [])).toBe(false)
  })

  it('reads dialect question words as naming nothing too: 咋办, 咋整？, 为啥, 啥时候', () => {
    expect(['咋办', '咋整？', '为啥', '啥时候', '帮我查一下'].map((q) => isQuestionOnly(q))).toEqual([true, true, true, true, true])
  })

  it('reads a request said short as naming nothing: 麻烦问下, 想问下？, 打听一下', () => {
    expect(['麻烦问下', '想问下？', '打听一下'].map((q) => isQuestionOnly(q))).toEqual([true, true, true])
  })
})
