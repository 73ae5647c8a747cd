import { describe, expect, it } from 'vitest'
import { classifyFurniture } from './clean/furniture.js'
import { outlineRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

// A bureau's web page printed to PDF by a browser, then read as text: each page opens with the day and time it was
// printed and the page's tab title (2024/3/15 10:21 鄂州市教育局2024年工作要点_鄂州市人民政府) and closes with the
// page's address and its page of pages (http://www.ezhou.gov.cn/…/t20240314_612345.html 1/2). Both ran into the
// clause they followed.
describe('parseDocument on a web page a browser printed to PDF', () => {
  it('ends each clause at its own text: no printed head or foot of a page runs into one', () => {
    const [plan] = parseHandmadeText('ezhou-2024-browser-printed-page-head-and-foot.txt')
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年，全市教育系统坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务，加快建设教育强市。'],
      ['-1-1', '一加强党的建设', null, 1, '1.深化理论武装。健全第一议题制度，全年开展集中学习12次。推动党的创新理论进校园、进课堂、进头脑，开展“思政课大练兵”活动。'],
      ['-1-2', '一加强党的建设', null, 2, '2.夯实基层基础。推进党组织领导的校长负责制落地见效。健全议事规则和决策程序，完善党组织会议、校长办公会议制度。'],
      ['-2-3', '二推进优质均衡', null, 3, '3.扩大学位供给。新建改扩建学校4所，新增学位3600个。优化城区学校布局，缓解城区学校大班额问题。'],
      ['-2-4', '二推进优质均衡', null, 4, '4.深化教育改革。推进县域普通高中振兴，提升办学质量。深化中考改革，完善综合素质评价制度。'],
      ['-3-5', '三强化保障', null, 5, '5.加强教师队伍建设。招聘中小学教师300名，开展全员培训，培养市级骨干教师200名。'],
    ])
    expect([plan.plan.title, plan.plan.issuer, plan.plan.publishDate, plan.plan.city]).toEqual(['鄂州市教育局2024年工作要点', '鄂州市教育局', '2024-03-14', '鄂州市'])
  })

  it('takes a printed head only with a tab title’s site after the title, and a printed foot only with its page of pages', () => {
    expect(
      ['2024/3/15 10:21 鄂州市教育局2024年工作要点_鄂州市人民政府', '24-3-15 下午3:05 某县2024年教育工作要点 - 某县人民政府', 'https://www.ezhou.gov.cn/zwgk/t20240314_612345.html 2/2'].map(
        classifyFurniture,
      ),
    ).toEqual(['furniture', 'furniture', 'furniture'])
    expect(['2024/3/15 10:00 召开全市教育工作会议', '2024-03-15 14:30 全市教育工作会议', 'https://www.ezhou.gov.cn/zwgk/t20240314_612345.html'].map(classifyFurniture)).toEqual([
      null, null, null,
    ])
  })
})
