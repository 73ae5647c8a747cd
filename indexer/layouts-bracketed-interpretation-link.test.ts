import { describe, expect, it } from 'vitest'
import { outlineRows, parseHtmlPage } from '../test/fixtures/layouts/handmade-plan.js'

const P = (t: string) => `<p>${t}</p>`
/** A district commission's page: the plan, its 附件 link, and under the article a link to its interpretation, labelled in brackets. */
const PAGE = (link: string) =>
  `<html><head><title>渝北区教育委员会2024年工作要点</title></head><body><div class="article"><h2>渝北区教育委员会2024年工作要点</h2>` +
  P('2024年，区教委将深入学习贯彻党的二十大精神，加快建设教育强区。') + P('一、全面加强党对教育工作的领导') +
  P('（一）深化政治理论学习。严格落实“第一议题”制度，全年开展理论学习中心组学习12次。') + P('二、推动教育优质均衡发展') +
  P('（二）扩充优质学位供给。新建、改扩建中小学幼儿园6所，新增学位6000个。') +
  P('附件：<a href="/att/1.docx">渝北区教育委员会2024年重点工作任务清单.docx</a>') + `</div><div class="jd">${link}</div></body></html>`

describe('parseDocument on a page that links the plan’s interpretation under it, the link labelled 【政策解读】', () => {
  it('ends the text before the link: the 附件 line stays a passage and no appendix chapter is made of it', () => {
    // Before: 附件、渝北区教育委员会2024年重点工作任务清单.docx was a chapter holding the link as its passage.
    for (const link of ['【政策解读】《渝北区教育委员会2024年工作要点》解读', '[图文解读]一图读懂渝北区教育委员会2024年工作要点', '【解读】2024年渝北教育这样干']) {
      expect(outlineRows(parseHtmlPage(PAGE(`<a href="/jd/1.html">${link}</a>`))[0])).toEqual([
        ['-p1', null, null, null, '2024年，区教委将深入学习贯彻党的二十大精神，加快建设教育强区。'],
        ['-1-1', '一全面加强党对教育工作的领导', null, 1, '（一）深化政治理论学习。严格落实“第一议题”制度，全年开展理论学习中心组学习12次。'],
        ['-2-2', '二推动教育优质均衡发展', null, 2, '（二）扩充优质学位供给。新建、改扩建中小学幼儿园6所，新增学位6000个。'],
        ['-p2', null, null, null, '附件：渝北区教育委员会2024年重点工作任务清单.docx'],
      ])
    }
  })
})
