import { describe, expect, it } from 'vitest'
import { siteBannerLines } from './clean/site-banner.js'
import { outlineRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'

// A county portal's page copied whole as text: its accessibility bar, the site's name (崇义县人民政府) over its menu
// (首页 政务公开 政务服务 互动交流 走进崇义), a breadcrumb, the title, an info bar, the plan signed by the bureau, then
// 相关链接 and the site's foot. The menu stayed over the title and the site's name was read as the issuer.
describe('parseDocument on a portal page copied with the site’s banner and menu over the title', () => {
  it('reads the bureau the title and signature name as the issuer, and no line of the site’s head as text', () => {
    const [plan] = parseHandmadeText('ganzhou-chongyi-2024-portal-copy-banner-menu.txt')
    expect([plan.plan.title, plan.plan.year, plan.plan.issuer, plan.plan.signDate, plan.plan.publishDate, plan.plan.city, plan.plan.warnings]).toEqual([
      '崇义县教育科技体育局2024年工作要点', 2024, '崇义县教育科技体育局', '2024-03-11', '2024-03-12', '崇义县', [],
    ])
    expect(outlineRows(plan)).toEqual([
      ['-p1', null, null, null, '2024年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。全县教科体工作的总体要求是：坚持立德树人，办好人民满意的教育。'],
      ['-1-1', '一聚焦立德树人，落实根本任务', null, 1, '（一）加强学校思政工作。推进大中小学思政课一体化建设，开展“开学第一课”等主题活动。'],
      ['-1-2', '一聚焦立德树人，落实根本任务', null, 2, '（二）深化“五育”并举。开齐开足体育与健康课程，确保学生每天校园体育活动时间不少于2小时。'],
      ['-2-3', '二聚焦优质均衡，办好公平教育', null, 3, '（三）推进义务教育优质均衡。巩固县域义务教育基本均衡成果，启动优质均衡创建工作。'],
      ['-2-4', '二聚焦优质均衡，办好公平教育', null, 4, '（四）推进学前教育普及普惠。新增普惠性学位300个，公办园在园幼儿占比达到55%以上。'],
      ['-3-5', '三聚焦科技创新，增强发展动能', null, 5, '（五）推进科技成果转化。组织申报省级科技计划项目5项以上。'],
    ])
  })

  it('takes the line over a menu or a breadcrumb from 首页 as the banner, never a title over it, a letterhead over a 文号, or lines past the head', () => {
    expect([...siteBannerLines(['崇义县人民政府', '', '首页 | 政务公开 | 政务服务 | 互动交流', '当前位置：首页 > 政务公开'])]).toEqual([2, 0])
    expect([...siteBannerLines(['宁都县教育科技体育局工作要点', '当前位置：首页 > 政务公开 > 计划总结'])]).toEqual([])
    expect([...siteBannerLines(['宁都县教育科技体育局文件', '宁教体字〔2024〕3号', '宁都县2024年教育工作要点'])]).toEqual([])
    const late = [...Array.from({ length: 12 }, (_, i) => `第${i + 1}行。`), '崇义县人民政府', '首页 政务公开 政务服务 互动交流']
    expect([...siteBannerLines(late)]).toEqual([])
  })
})
