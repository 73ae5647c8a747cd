import { describe, expect, it } from 'vitest'
import { headingRows, parseHandmadeText } from '../test/fixtures/layouts/handmade-plan.js'
import { cleanText } from './clean/clean-text.js'

describe('parseDocument on PDF text whose page-foot notes stand between the halves of a sentence the page break cut', () => {
  const [plan] = parseHandmadeText('suqian-2024-pdf-page-foot-notes.txt')
  const text = (n: number) => plan.clauses.find((c) => c.number === n)!.text

  it('joins the sentence again and sets a marked note (① …) after the clause it explains', () => {
    expect(text(4)).toBe(
      '4.推进义务教育优质均衡发展。深化集团化办学改革，新组建紧密型教育集团①5个，推动城乡学校结对帮扶全覆盖，县域义务教育优质均衡发展督导评估通过率稳步提升。\n' +
        '① 紧密型教育集团指以优质学校为核心、由若干成员校在管理、师资、课程等方面一体运行的办学共同体。',
    )
    expect(text(6)).toBe(
      '6.提升职业教育适应性。围绕新能源等产业优化专业布局，新建产教融合实训基地4个，推进“岗课赛证”②综合育人，培养高素质技术技能人才3000人以上。\n' +
        '② “岗课赛证”指将岗位需求、课程体系、技能大赛、职业技能等级证书相互融通的育人方式。',
    )
  })

  it('joins a 注： note wrapped over two lines into one passage after the clause it cut', () => {
    expect(text(7)).toBe('7.加强师德师风建设。开展师德师风专题教育，严肃查处违规补课、违规收受礼品礼金等师德失范行为。')
    expect(headingRows(plan).slice(-3).map((r) => [r[0], r[2], r[4]])).toEqual([
      ['-3-7', 7, text(7)],
      ['-p2', null, '注：师德失范行为的认定和处理依照《中小学教师违反职业道德行为处理办法》执行，各县区教育局每季度报送一次查处情况。'],
      ['-3-8', 8, '8.提升教师专业素养。实施“宿迁名师”培养工程，培养市级骨干教师300名。'],
    ])
    expect([plan.plan.clauseCount, plan.plan.warnings]).toEqual([8, []])
  })

  it('keeps ① items at a page foot in the flow when no word above marks them', () => {
    const page = '3.加强党建。重点做好：\n①健全学习制度；\n②完善考核机制。\n— 1 —\n4.推进改革。'
    expect(cleanText(page).text).toBe('3.加强党建。重点做好：\n①健全学习制度；\n②完善考核机制。\n4.推进改革。')
  })
})
