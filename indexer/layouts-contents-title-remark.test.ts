import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A bureau's compilation of its rules and plans (汇编), as its office binds them: the contents name a plan with its
// remark （试行）, the body prints the title with the remark on the line under it, or the contents leave the remark out.
const COMPILATION = (entry: string, title: string[]) => [
  '某市教育局规范性文件汇编',
  '目录',
  `1.${entry} 3`,
  '2.某市中小学教师交流轮岗实施方案 9',
  ...title,
  '第一条 为规范中小学课后服务工作，制定本办法。',
  '第二条 课后服务坚持学生家长自愿原则。',
  '某市中小学教师交流轮岗实施方案',
  '一、总体要求',
  '1.坚持统筹推进。每年交流轮岗教师不少于10%。',
  '2.坚持以人为本。优先保障乡村学校需要。',
].join('\n')

describe('parseDocument on a compilation whose contents and body print a plan\'s remark （试行） differently', () => {
  it('finds the plan under its title with or without the remark, the remark under the title no text of it', () => {
    // Before: the contents' 某市中小学课后服务管理办法（试行） matched no body line, so the plan was lost: one plan of two.
    const cases: [string, string[]][] = [
      ['某市中小学课后服务管理办法（试行）', ['某市中小学课后服务管理办法', '（试行）']],
      ['某市中小学课后服务管理办法', ['某市中小学课后服务管理办法（试行）']],
    ]
    for (const [entry, title] of cases) {
      const plans = parseDocument({ file: 'a.txt', text: COMPILATION(entry, title), fields: {}, url: null })
      expect(plans.map((p) => [p.plan.title, p.clauses.map((c) => c.text)])).toEqual([
        [entry, ['第一条为规范中小学课后服务工作，制定本办法。', '第二条课后服务坚持学生家长自愿原则。']],
        ['某市中小学教师交流轮岗实施方案', ['1.坚持统筹推进。每年交流轮岗教师不少于10%。', '2.坚持以人为本。优先保障乡村学校需要。']],
      ])
    }
  })
})
