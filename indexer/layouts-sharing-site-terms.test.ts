import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

// A kindergarten's plan as a document-sharing site (原创力文档, max.book118.com, 2025) serves it: the upload's name with
// the site's VIP badge run on, the site's terms numbered as a list (1. 1、…), 查看更多, then the plan's own title and text.
const PAGE = [
  '2025年幼儿园秋季园务工作计划.docxVIP',
  '',
  '  1. 1、原创力文档(book118)网站文档一经付费(服务费),不意味着购买了该文档的版权,仅供个人/单位学习、研究之用,不得用于商业用途,未经授权,严禁复制、发行、汇编、翻译或者网络传播等,侵权必究。。',
  '  2. 2、本站所有内容均由合作方或网友上传,本站不对文档的完整性、权威性及其观点立场正确性做任何保证或承诺!文档内容仅供研究参考,付费前请自行鉴别。',
  '  3. 3、如文档侵犯商业秘密、侵犯著作权、侵犯人身权等,请点击“版权申诉”(推荐),也可以打举报电话:400-050-0827(电话支持时间:9:00-18:30)。',
  '  4. 4、该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。',
  '  5. 5、成为VIP后,下载本文档将扣除1次下载权益。下载后,不支持退款、换文档。如有疑问请联系我们',
  '  6. 6、成为VIP后,您将拥有八大权益,权益包括:VIP文档下载权益、阅读免打扰、文档格式转换、高级专利检索、专属身份标志、高级客服、多端互通、版权登记。',
  '  7. 7、VIP文档为合作方或网友上传,每下载1次, 网站将根据用户上传文档的质量评分、类型等,对文档贡献者给予高额补贴、流量扶持。如果你也想贡献VIP文档。上传文档',
  '查看更多',
  '',
  '2025年幼儿园秋季园务工作计划',
  '',
  '2025年秋季学期,我园以《3-6岁儿童学习与发展指南》《幼儿园保育教育质量评估指南》为指导,紧扣“儿童本位、科学保教、协同发展”核心目标,结合秋季季节性特点,制定本计划。',
  '',
  '一、教育教学优化',
  '',
  '1.深化课程建设。以游戏为基本活动,完善园本课程体系。',
  '',
  '2.保护幼儿作品。尊重幼儿作品的版权,不得擅自上传、下载幼儿照片和作品用于付费课程。',
]

describe('parseDocument on a plan served by a document-sharing site under its numbered terms', () => {
  it('drops the site\'s terms and the upload\'s name, reads the plan\'s own title line, and keeps a clause that speaks of 版权 and 下载', () => {
    const [plan] = parseDocument({ file: 'a.txt', text: PAGE.join('\n'), fields: {}, url: null })
    expect([plan.plan.title, plan.plan.year, plan.plan.warnings]).toEqual(['2025年幼儿园秋季园务工作计划', 2025, []])
    expect(plan.clauses.map((c) => [c.id.slice(plan.plan.id.length), c.text])).toEqual([
      ['-p1', PAGE[13]],
      ['-1-1', PAGE[17]],
      ['-1-2', PAGE[19]],
    ])
  })
})
