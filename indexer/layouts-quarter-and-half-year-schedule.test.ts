import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A county bureau's plan whose last chapter schedules the year by quarter, or by half, each period on a line of its
// own over its items numbered from 1 again.
const plan = (periods: [string, string[]][]) =>
  [
    '某县教育局2025年工作要点',
    '一、重点工作',
    '1.深化教育综合改革。推进县域内义务教育优质均衡。',
    '2.加强教师队伍建设。开展教师全员培训。',
    '二、工作安排',
    ...periods.flatMap(([period, items]) => [period, ...items]),
  ].join('\n')

function outline(text: string) {
  const [parsed] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
  return parsed.clauses.map((c) => [c.id.slice(parsed.plan.id.length + 1), c.chapter?.title ?? null, c.section, c.text])
}

describe('parseDocument on a schedule by quarter or by half of the year inside a numbered chapter', () => {
  it('heads a section with each quarter (the later quarters ran into the first quarter’s last item)', () => {
    const text = plan([
      ['第一季度', ['1.召开全县教育工作会议；', '2.部署春季开学工作。']],
      ['第二季度（4—6月）', ['1.组织中考报名；', '2.开展防溺水专项教育。']],
      ['三、四季度：', ['1.做好秋季招生工作。']],
    ])
    expect(outline(text).slice(2)).toEqual([
      ['2-1', '工作安排', '第一季度', '1.召开全县教育工作会议；'],
      ['2-2', '工作安排', '第一季度', '2.部署春季开学工作。'],
      ['2-1-2', '工作安排', '第二季度（4—6月）', '1.组织中考报名；'],
      ['2-2-2', '工作安排', '第二季度（4—6月）', '2.开展防溺水专项教育。'],
      ['2-1-3', '工作安排', '三、四季度', '1.做好秋季招生工作。'],
    ])
  })

  it('heads a section with each half of the year, the second half no chapter of its own (it was read as the plan’s closing chapter)', () => {
    const text = plan([
      ['上半年', ['1.召开全县教育工作会议；', '2.组织中考报名。']],
      ['下半年', ['1.做好秋季招生工作；', '2.庆祝教师节。']],
    ])
    expect(outline(text).slice(2)).toEqual([
      ['2-1', '工作安排', '上半年', '1.召开全县教育工作会议；'],
      ['2-2', '工作安排', '上半年', '2.组织中考报名。'],
      ['2-1-2', '工作安排', '下半年', '1.做好秋季招生工作；'],
      ['2-2-2', '工作安排', '下半年', '2.庆祝教师节。'],
    ])
  })

  it('still reads a closing chapter printed without a number after the last chapter', () => {
    const text = [
      '某县教育局2025年工作要点',
      '一、重点工作',
      '1.深化教育综合改革。推进县域内义务教育优质均衡。',
      '2.加强教师队伍建设。开展教师全员培训。',
      '二、工作保障',
      '1.落实教育经费。',
      '保障措施',
      '1.加强组织领导。成立工作专班。',
    ].join('\n')
    expect(outline(text).at(-1)).toEqual(['3-1', '保障措施', null, '1.加强组织领导。成立工作专班。'])
  })
})
