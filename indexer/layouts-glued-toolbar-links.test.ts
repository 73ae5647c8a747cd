import { describe, expect, it } from 'vitest'
import { classifyFurniture } from './clean/furniture.js'
import { outlineRows, parseHandmade } from '../test/fixtures/layouts/handmade-plan.js'

// A bureau's page whose info bar is spans set side by side (发布时间：…作者：…来源：…浏览次数：…) and whose print and
// close buttons are links side by side with no space between them: read as text, the buttons glued into 打印关闭,
// which was no toolbar word, and ran into the last clause under the signature.
describe('parseDocument on a page whose toolbar links are glued together', () => {
  it('ends the last clause at its own text, and reads the glued info bar’s date and source', async () => {
    const [plan] = await parseHandmade('xingtai-2024-glued-info-spans-toolbar-links.html')
    expect(outlineRows(plan)).toEqual([
      ['-1-1', '一加强党的建设', null, 1, '（一）深化理论武装。坚持不懈用党的创新理论凝心铸魂。'],
      ['-1-2', '一加强党的建设', null, 2, '（二）加强基层组织建设。推进党建与业务深度融合。'],
      ['-2-3', '二推进教育高质量发展', null, 3, '（三）实施学前教育扩优提质行动。新增普惠性学位2000个。'],
      ['-2-4', '二推进教育高质量发展', null, 4, '（四）推进义务教育优质均衡发展。新建改扩建中小学校10所。'],
    ])
    expect([plan.plan.title, plan.plan.issuer, plan.plan.signDate, plan.plan.publishDate, plan.plan.city]).toEqual([
      '邢台市2024年教育工作要点', '邢台市教育局', '2024-02-22', '2024-02-23', '邢台市',
    ])
  })

  it('reads a run cut wholly into two toolbar words or more as buttons, and no word of text so', () => {
    expect(['打印关闭', '打印本页关闭窗口', '返回顶部打印', '登录注册'].map(classifyFurniture)).toEqual(['furniture', 'furniture', 'furniture', 'furniture'])
    expect(['中小学', '搜索引擎', '收藏品', '打印机房'].map(classifyFurniture)).toEqual([null, null, null, null])
  })
})
