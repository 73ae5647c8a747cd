import { describe, expect, it } from 'vitest'
import { parseMetadataLine } from './metadata-fields.js'
import { gluedToTitle } from './title-line-furniture.js'

// As cleanText asks: a part after a space goes when it is an info bar.
const infoBar = (trail: string) => (parseMetadataLine(trail) ? 'metadata' : null)

describe('gluedToTitle', () => {
  it('cuts an info bar after the title at the space before it', () => {
    expect(gluedToTitle('某县教育局2024年教育工作要点 发布时间：2024-03-06 浏览次数：1234', infoBar)).toEqual({
      title: '某县教育局2024年教育工作要点',
      trail: '发布时间：2024-03-06 浏览次数：1234',
      reason: 'metadata',
    })
  })

  it('cuts buttons in 【】 glued to the title', () => {
    expect(gluedToTitle('某县教育局2024年教育工作要点【打印本页】【关闭窗口】', infoBar)).toEqual({
      title: '某县教育局2024年教育工作要点',
      trail: '【打印本页】【关闭窗口】',
      reason: null,
    })
  })

  it('cuts a tab title section and site', () => {
    expect(gluedToTitle('某县教育局2024年教育工作要点_通知公告_某县教育局', infoBar)).toEqual({
      title: '某县教育局2024年教育工作要点',
      trail: '_通知公告_某县教育局',
      reason: null,
    })
  })

  it('cuts a tab title that names only the site column after the title, set apart by _ or a close dash', () => {
    expect(
      ['关于印发2024年全市教育工作要点的通知_政策文件', '某市教育局2024年教育工作要点-通知公告', '某市教育局2024年教育工作要点—信息公开'].map(
        (line) => gluedToTitle(line, infoBar),
      ),
    ).toEqual([
      { title: '关于印发2024年全市教育工作要点的通知', trail: '_政策文件', reason: null },
      { title: '某市教育局2024年教育工作要点', trail: '-通知公告', reason: null },
      { title: '某市教育局2024年教育工作要点', trail: '—信息公开', reason: null },
    ])
  })

  it('cuts an info bar glued to the title with no space, where its first label begins', () => {
    expect(gluedToTitle('关于印发2024年全市教育工作要点的通知发布时间：2024-02-20 来源：市教育局 浏览次数：312', infoBar)).toEqual({
      title: '关于印发2024年全市教育工作要点的通知',
      trail: '发布时间：2024-02-20 来源：市教育局 浏览次数：312',
      reason: 'metadata',
    })
  })

  it('cuts a posting stamp with no label after the title, glued on or after a space, as the date it is', () => {
    const dated = (trail: string) => (parseMetadataLine(trail)?.fields['发布日期'] ? 'dated' : null)
    expect(['某县教育局2024年教育工作要点2024-02-20', '某县教育局2024年教育工作要点 2024-02-20 09:30:11 来源：县教育局'].map((line) => gluedToTitle(line, dated))).toEqual([
      { title: '某县教育局2024年教育工作要点', trail: '2024-02-20', reason: 'dated' },
      { title: '某县教育局2024年教育工作要点', trail: '2024-02-20 09:30:11 来源：县教育局', reason: 'dated' },
    ])
  })

  it('cuts an info bar the page set in brackets after the title', () => {
    expect(gluedToTitle('某县教育局2024年教育工作要点（发布日期：2024-02-20）', infoBar)).toEqual({
      title: '某县教育局2024年教育工作要点',
      trail: '（发布日期：2024-02-20）',
      reason: 'metadata',
    })
  })

  it('leaves a line whose words after the title are no furniture', () => {
    expect(
      [
        '某县教育局2024年教育工作要点 - 征求意见稿说明',
        '某小学工作计划 2025-2026上学期',
        '某县教育局2024年教育工作要点（试行）',
        '某县2024-2025学年教育工作要点',
        '【重要】某县教育局2024年教育工作要点',
        '关于做好2024年招生工作的说明 发布时间：2024-03-06',
        '某县教育局2024年教育工作要点-征求意见稿',
        '某县2024-2025学年第一学期教育工作要点',
        '二、工作时间：2024年3月至12月',
        '某县教育局工作要点（2024.9-2025.1）',
        '某县教育局2024年教育工作要点（试行）',
      ].map((line) => gluedToTitle(line, infoBar)),
    ).toEqual([null, null, null, null, null, null, null, null, null, null, null])
  })
})
