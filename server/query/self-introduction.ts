/**
 * Who asks, said before the question (我是记者，想了解荣成的教育信息化; 我是一名家长，想问一下学校食堂; 作为学生，…):
 * no part of what is asked. Searched, the role was required of every clause beside the topic (家长 with 学校食堂, 记者
 * with 教育信息化: in no clause, so 0 found). A first clause that is only the asker's role is dropped when a clause of
 * the question follows it. Only a role: 我是荆门的，… and 我是荆门人，… name a place, which place-mentions.ts reads.
 */
import type { RawToken } from './parse-query.js'

/**
 * Who asks the plans questions without being their topic: parents, pupils, reporters, researchers, officials. Not a
 * teacher or a head (我是老师，想去外地学习): the plans' words for their own work, and the vocabulary's reading of 外地 as
 * 跟岗 rather than 随迁子女 (everyday-terms.txt), turn on the role.
 */
const ROLES = [
  '家长', '学生家长', '宝妈', '宝爸', '妈妈', '爸爸', '学生', '小学生', '初中生', '高中生', '大学生', '研究生', '毕业生',
  '记者', '媒体人', '编辑', '研究者', '研究员', '研究人员', '工作人员', '公务员', '人大代表', '政协委员', '律师', '志愿者',
]
const ROLE = ROLES.sort((a, b) => b.length - a.length).join('|')
const SELF_INTRODUCTION = new RegExp(`^(?:您好|你好)?(?:我是|本人是|作为)(?:一名|一位|一个|名|个)?(?:${ROLE})$`, 'u')

const GREETING = /^(?:您好|你好|老师好|大家好)$/u

/**
 * `tokens` without a first clause that only says who asks (RawToken.joined: the next clause follows it in the sentence),
 * after a greeting if any (您好，我是一名高中生，…: the greeting is a stopword, parse-query.ts drops it).
 */
export function withoutSelfIntroduction(tokens: (RawToken | 'OR')[]): (RawToken | 'OR')[] {
  const greeted = tokens[0] !== undefined && tokens[0] !== 'OR' && GREETING.test(tokens[0].norm) ? 1 : 0
  const first = tokens[greeted]
  const next = tokens[greeted + 1]
  if (first === undefined || first === 'OR' || next === undefined || next === 'OR') return tokens
  if (first.quoted || first.negated || next.joined !== true || !SELF_INTRODUCTION.test(first.norm)) return tokens
  // The question now opens with the clause that asks: it follows nothing.
  const asks: RawToken = { ...next }
  delete asks.joined
  return [...tokens.slice(0, greeted), asks, ...tokens.slice(greeted + 2)]
}
