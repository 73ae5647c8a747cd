import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { POLICY_PAGE } from '../read/fixtures/policy-page.js'
import { extractHtml } from '../read/read-html.js'
import { readLineMarker } from '../structure/line-markers.js'
import { cleanText } from './clean-text.js'

const corpus = (name: string) => readFileSync(new URL(`../../data/corpus/${name}`, import.meta.url), 'utf8')

describe('cleanText', () => {
  it('moves the metadata header of a 信息公开 page into fields and keeps the title and body', () => {
    const input = [
      '索引号: 11420800011236449Y/2025-00078 主题分类: 教育',
      '发布机构: 市教育局 发文日期: 2025-03-12',
      '文 号: 效力状态: 有效',
      '',
      '市教育局2025年教育工作要点',
      '',
      '发布日期:2025-03-12 10:10信息来源:荆门市教育局',
      '',
      '一、坚持以政治建设为统领,全面加强党的建设',
      '',
      '',
      '打印 关闭',
    ].join('\n')
    const result = cleanText(input)
    expect(result.text).toBe('市教育局2025年教育工作要点\n一、坚持以政治建设为统领,全面加强党的建设')
    expect(result.fields).toEqual({
      索引号: '11420800011236449Y/2025-00078',
      主题分类: '教育',
      发布机构: '市教育局',
      发文日期: '2025-03-12',
      效力状态: '有效',
      发布日期: '2025-03-12 10:10',
      来源: '荆门市教育局',
    })
    expect(result.removed.filter((r) => r.reason !== 'blank')).toEqual([
      { line: '索引号: 11420800011236449Y/2025-00078 主题分类: 教育', reason: 'metadata' },
      { line: '发布机构: 市教育局 发文日期: 2025-03-12', reason: 'metadata' },
      { line: '文 号: 效力状态: 有效', reason: 'metadata' },
      { line: '发布日期:2025-03-12 10:10信息来源:荆门市教育局', reason: 'metadata' },
      { line: '打印 关闭', reason: 'furniture' },
    ])
  })

  it('removes the casino breadcrumb, the accessibility link, the repeated title and the QR hint of a hacked page', () => {
    const result = cleanText(corpus('003_72060bc44866bc8a.txt'))
    const lines = result.text.split('\n')
    expect(lines.slice(0, 4).map((l) => l.slice(0, 20))).toEqual([
      '2020年全市教育工作要点',
      '长沙市教育局',
      '2020年2月17日)',
      '2020年是“十三五”规划的收官之年、也',
    ])
    expect(lines.at(-1)).toBe(
      '6.进一步加强资金及项目管理。加大教育投入力度,确保两个“只增不减”落实到位;按每生每年1000元的标准落实高中生均公用经费。按照“定项目、定标准、定程序”原则,修订直属学校基本建设和物资采购管理办法,充分发挥市基础建设管理平台作用,切实加强建设项目立项的必要性、可行性研究,严格审核和监管建设(采购)项目,从源头上杜绝“想建就建”、重复建设、超标建设等问题,确保将有限的资金用在最需要的地方。强化资金绩效管理、学生资助资金监管和内部审计,确保资金安全,提高资金使用效益。统筹抓好群团、绩效考核、史志年鉴、信访接待等工作,营造良好的发展环境。',
    )
    expect(result.fields).toEqual({ 发布日期: '2020-02-17', 来源: '长沙市教育局' })
    expect(result.removed.filter((r) => r.reason !== 'blank')).toEqual([
      { line: '无障碍浏览', reason: 'furniture' },
      { line: '澳门葡京在线\u00a0>\u00a0政府信息公开\u00a0>\u00a0法定主动公开内容\u00a0>\u00a0规划信息', reason: 'spam' },
      { line: '2020年全市教育工作要点', reason: 'furniture' },
      { line: '发布时间 : 2020-02-17', reason: 'metadata' },
      { line: '来源:长沙市教育局', reason: 'metadata' },
      { line: '扫一扫在手机打开当前页', reason: 'furniture' },
    ])
    expect(lines).toHaveLength(37)
  })

  it('strips the two-space indentation and reads source, time and an empty view counter', () => {
    const result = cleanText(corpus('004_df81cf9adf8df550.txt'))
    const lines = result.text.split('\n')
    expect(lines[0]).toBe('2025年泉州市教育工作要点')
    expect(lines[2]).toBe('一、实施“党建领航”工程,推进教育强市建设起好步')
    expect(lines.every((l) => l === l.trim() && l.length > 0)).toBe(true)
    expect(result.fields).toEqual({ 来源: '泉州市教育局', 发布日期: '2025-03-22 23:50' })
    expect(lines.at(-1)!.startsWith('27.不断增强依法治教能力。')).toBe(true)
    expect(result.removed.filter((r) => r.reason !== 'blank').map((r) => r.reason)).toEqual(['metadata', 'furniture'])
  })

  it('keeps a clause that mentions 赌博 among its topics', () => {
    const result = cleanText(corpus('000_d9ce88d6bc3921ac.txt'))
    const clause12 = result.text.split('\n').find((l) => l.startsWith('12.'))
    expect(clause12).toBe(
      '12.强化师德师风建设。建立健全教师定期理论学习、荣誉表彰制度,开展教师节系列活动,设立“名师路”“荣誉墙”,表彰一批优秀教师。开展师德师风警示教育,聚焦违规补课、违规吃喝、抹牌赌博、酒驾醉驾等重点问题,查处一批负面典型。',
    )
    expect(result.text.split('\n')).toHaveLength(31)
  })

  it('joins a line broken in the middle of a sentence and nothing else in the notice', () => {
    const result = cleanText(corpus('002_e24f9c466794c2b3.txt'))
    const lines = result.text.split('\n')
    expect(lines).toHaveLength(69)
    expect(lines[13]).toBe(
      '提升基层党建工作质量。坚持抓基层强基础,推进基层党' +
        '建特色项目培育、深化品牌内涵建设,促进党建工作与教书育人工作深度融合发展。发挥省、市党建示范校示范引领作用,评选第二批江门市教育系统党建示范校,形成“抓党建促发展,以发展强党建”的生动局面。重点指导各县(市、区)民办学校党建工作,开展公办学校与民办学校党建对口帮扶,整体提升教育系统党建工作质量。稳慎推进中小学校党组织领导的校长负责制,按照上级部署要求,2023年确保完成学校书记校长分设、重新修订议事规则等改革任务的80%以上。完善体制机制建设,把党的建设贯穿办学治校全过程各方面。',
    )
    expect(lines.slice(0, 8)).toEqual([
      '江教办〔2023〕5号',
      '关于印发《江门市教育局2023年工作要点》的通知',
      '各县(市、区)教育局,市直各学校(幼儿园):',
      '现将《江门市教育局2023年工作要点》印发给你们,请结合实际,抓好贯彻落实。',
      '江门市教育局',
      '2023年3月15日',
      '(联系人:刘永强,电话:3503835。)',
      '江门市教育局2023年工作要点',
    ])
    expect(lines[10]).toBe('1.深入学习宣传贯彻党的二十大精神。')
    expect(result.fields).toEqual({})
  })

  it('leaves a table of contents and its bare numbers alone', () => {
    const result = cleanText(corpus('001_3165b1e1fe2a6d7c.txt'))
    const lines = result.text.split('\n')
    expect(lines).toHaveLength(504)
    expect(lines.slice(303, 308)).toEqual(['教育和体育局2024年工作要点汇编(7篇)', '目录', '1.', '2024年全区教育工作要点 2', '2.2024年全市教育和体育工作要点 15'])
    expect(lines).toContain(
      '27构建优质均衡基本公共教育服务体系。实施新时代基础教育扩优提质行动,提升学前教育办园和保教水平,提升义务教育质量,推动高中多样化发展。创建义务教育教学改革实验区(实验校)、普惠性学前教育保障机制实验区、幼儿园保育教育质量实验区。实施普通高中多样特色行动,加快扩充优质普通高中资源。',
    )
    expect(result.removed.every((r) => r.reason === 'blank')).toBe(true)
  })

  it('never joins a heading to its body, a numbered line to its predecessor, or a title to the next line', () => {
    const input = [
      '二、加快推动区域教育和体育高质量发展',
      '围绕落实立德树人根本任务,组织开展全市教育和体育高质量发展“六大行动”',
      '(一)教育资源供给行动',
      '5.加快推进基础设施建设。新建蜊江中学教学楼和餐厅体育馆综合楼',
      '27构建优质均衡基本公共教育服务体系',
      '一是学前教育聚焦“普及普惠”,实施启智培德健体工程',
      '9.强化小幼协同。组织实施幼儿园入学准备和小学入学适应教育。(责任单位:学前科、教研中心,各基层学校)',
      '二是义务教育聚焦“优质均衡”,实施乡村教育振兴工程',
      '江门市教育局2023年工作要点',
      '2023年全市教育工作的总体思路是:以习近平新时代中国特色社会主义思想为指导',
    ]
    expect(cleanText(input.join('\n')).text).toBe(input.join('\n'))
  })

  it('joins a broken clause line and keeps a space between broken Latin words', () => {
    const input = '1.全面强化党的创新理论武装。坚持“思想引领、学习在先”,健全习近平总书记重要指示批示精神传达学习、督促\n落实机制。\nStrengthen teacher training across all\nprimary schools in the city.'
    expect(cleanText(input).text).toBe(
      '1.全面强化党的创新理论武装。坚持“思想引领、学习在先”,健全习近平总书记重要指示批示精神传达学习、督促落实机制。\nStrengthen teacher training across all primary schools in the city.',
    )
  })

  it('removes breadcrumbs, share bars, font switches, counters, neighbour links, footers and page numbers', () => {
    const furniture = [
      '首页 > 政府信息公开 > 规划计划',
      '当前位置：首页 > 通知公告',
      '【打印】【关闭】',
      '分享到：微信 微博 QQ空间',
      '【字体：大 中 小】',
      '字号：大 中 小',
      '浏览次数：1024',
      '上一篇：关于做好2024年寒假安全工作的通知',
      '下一篇：无',
      '版权所有：荆门市教育局  鄂ICP备05003341号',
      '- 3 -',
      '第 2 页 共 10 页',
      '扫一扫在手机上查看当前页面',
    ]
    const result = cleanText(['关于印发工作要点的通知', ...furniture].join('\n'))
    expect(result.text).toBe('关于印发工作要点的通知')
    expect(result.removed).toEqual(furniture.map((line) => ({ line, reason: 'furniture' })))
  })

  it('removes a running header that follows two page numbers and joins the sentence the page break cut, keeping a signature that follows one', () => {
    const text = [
      '（一）深化理论武装。全年举办专题读书班3期。',
      '（二）加强基层党组织建设。推进校长负责制落地见效，培育党建工作',
      '— 1 —',
      '南阳市教育局',
      '示范校20所。',
      '（三）推进县域优质均衡。新组建紧密型教育集团10个，县域内',
      '— 2 —',
      '南阳市教育局',
      '城乡学校结对帮扶实现全覆盖。',
      '— 3 —',
      '南阳市教育局',
      '2024年3月1日',
    ].join('\n')
    expect(cleanText(text).text.split('\n')).toEqual([
      '（一）深化理论武装。全年举办专题读书班3期。',
      '（二）加强基层党组织建设。推进校长负责制落地见效，培育党建工作示范校20所。',
      '（三）推进县域优质均衡。新组建紧密型教育集团10个，县域内城乡学校结对帮扶实现全覆盖。',
      '2024年3月1日',
    ])
    const once = '1.深化理论武装。全年举办读书班。\n— 1 —\n南阳市教育局\n2024年3月1日'
    expect(cleanText(once).text.split('\n')).toEqual(['1.深化理论武装。全年举办读书班。', '南阳市教育局', '2024年3月1日'])
  })

  it('removes a running header printed just above two page numbers and joins the sentences the page breaks cut, keeping the title and the signature', () => {
    const text = [
      '宜春市教育局2024年教育工作要点',
      '2.深化清廉学校建设。推动全面从严治党向基层',
      '宜春市教育局2024年教育工作要点',
      '第 1 页 共 3 页',
      '延伸。',
      '4.促进义务教育优质均衡。新组建教育集团8个，',
      '宜春市教育局2024年教育工作要点',
      '第 2 页 共 3 页',
      '覆盖农村学校60所。',
      '宜春市教育局',
      '2024年2月26日',
      '宜春市教育局2024年教育工作要点',
      '第 3 页 共 3 页',
    ].join('\n')
    expect(cleanText(text).text.split('\n')).toEqual([
      '宜春市教育局2024年教育工作要点',
      '2.深化清廉学校建设。推动全面从严治党向基层延伸。',
      '4.促进义务教育优质均衡。新组建教育集团8个，覆盖农村学校60所。',
      '宜春市教育局',
      '2024年2月26日',
    ])
    const once = '1.深化理论武装。全年举办读书班。\n宜春市教育局\n第 1 页 共 1 页'
    expect(cleanText(once).text.split('\n')).toEqual(['1.深化理论武装。全年举办读书班。', '宜春市教育局'])
  })

  it('removes short casino link lines but not a long line or a numbered clause naming a casino', () => {
    const long = '严厉打击网络赌场、网络赌博等违法犯罪活动向校园渗透,开展“远离赌博、珍爱生命”主题教育,加强学生网络素养教育,引导学生自觉抵制不良信息。'
    const result = cleanText(['太阳城娱乐官网', '3.开展澳门葡京在线类网站的专项清理', long].join('\n'))
    expect(result.text).toBe(['3.开展澳门葡京在线类网站的专项清理', long].join('\n'))
    expect(result.removed).toEqual([{ line: '太阳城娱乐官网', reason: 'spam' }])
  })

  it('keeps the first value of a key and skips labels without a value', () => {
    const result = cleanText('文 号: \n成文日期：2024年3月1日  发布日期：2024年3月5日\n发文字号：江教办〔2023〕5号\n文号：其他')
    expect(result.fields).toEqual({ 成文日期: '2024年3月1日', 发布日期: '2024年3月5日', 文号: '江教办〔2023〕5号' })
    expect(result.text).toBe('')
  })

  it('takes a line of generic labels (时间：) for metadata in the head only', () => {
    const body = Array.from({ length: 15 }, (_, i) => `${i + 1}.开展第${i + 1}项工作。`)
    const result = cleanText(['时间:2025-03-22', ...body, '时间:2025年9月'].join('\n'))
    expect(result.fields).toEqual({ 发布日期: '2025-03-22' })
    expect(result.text.split('\n').at(-1)).toBe('时间:2025年9月')
  })

  it('does not take a prose sentence that starts with a label for metadata', () => {
    const line = '来源:国家统计局的数据显示,全市学前教育毛入园率已达94.5%。'
    expect(cleanText(line)).toEqual({ text: line, fields: {}, removed: [] })
  })

  it('cleans the main text of a web page: info line to fields, <br>-broken sentence joined, paragraphs kept apart', () => {
    const result = cleanText(extractHtml(POLICY_PAGE).text)
    expect(result.text.split('\n')).toEqual([
      '市教育局2025年教育工作要点',
      '2025年全市教育工作的总体思路是:坚持以习近平新时代中国特色社会主义思想为指导。',
      '一、坚持以政治建设为统领,全面加强党的建设',
      '1.全面强化党的创新理论武装。坚持“思想引领、学习在先”,健全习近平总书记重要指示批示精神传达学习、督促落实机制。',
      '12.强化师德师风建设。聚焦违规补课、违规吃喝、抹牌赌博、酒驾醉驾等重点问题,查处一批负面典型。',
      '序号 项目',
      '1 新建幼儿园',
    ])
    expect(result.fields).toEqual({ 发布日期: '2025-03-12 10:10', 来源: '荆门市教育局' })
  })

  it('never drops a numbered line, and every output line is consecutive kept lines glued together', () => {
    const cjk = fc.constantFrom(...'教育工作要点推进学校课程建设质量发展全面加强党的领导'.split(''))
    const punct = fc.constantFrom('。', ',', '，', '；', '、', '：', '', '', '')
    const marker = fc.constantFrom('', '', '', '1.', '12.', '一、', '（三）', '27', '第五条', '一是')
    const furniture = fc.constantFrom('打印 关闭', '首页 > 新闻 > 通知', '扫一扫在手机打开当前页', '来源:市教育局', '', '   ')
    const line = fc.oneof(
      { weight: 4, arbitrary: fc.tuple(fc.constantFrom('', '  ', '\u3000\u3000'), marker, fc.array(fc.tuple(fc.string({ unit: cjk, minLength: 1, maxLength: 12 }), punct), { maxLength: 6 })).map(([indent, m, parts]) => indent + m + parts.map(([w, p]) => w + p).join('')) },
      { weight: 1, arbitrary: furniture },
    )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const result = cleanText(lines.join('\n'))
        const trimmed = lines.join('\n').split('\n').map((l) => l.trim())
        for (const l of trimmed) if (l && readLineMarker(l)) expect(result.removed.map((r) => r.line)).not.toContain(l)
        // The kept lines are the input lines minus the removed ones, in order. A removed line may have twins
        // (一是 three times) or start a kept one (27 before 27教。): which of them went is read off the output,
        // trying both where both fit, not assumed to be the first.
        const out = result.text === '' ? [] : result.text.split('\n')
        const kept = keptLines(trimmed, result.removed.map((r) => r.line), out.join(''))
        expect(kept, JSON.stringify({ lines, removed: result.removed, out })).not.toBeNull()
        if (!kept) return
        expect(out.join('')).toBe(kept.join(''))
        let k = 0
        for (const outLine of out) {
          let glued = ''
          while (glued.length < outLine.length) glued += kept[k++]
          expect(glued).toBe(outLine)
          expect(outLine.length).toBeGreaterThan(0)
        }
        expect(k).toBe(kept.length)
      }),
      { numRuns: 300 },
    )
  })
})

/**
 * The input lines that, kept in order, spell `output`, the others being exactly `removed` (as a multiset);
 * null when there is no such choice. An empty line is kept unless it is among the removed.
 */
function keptLines(lines: string[], removed: string[], output: string): string[] | null {
  const walk = (i: number, at: number, left: string[]): string[] | null => {
    if (i === lines.length) return at === output.length && left.length === 0 ? [] : null
    const l = lines[i]
    if (output.startsWith(l, at) && (l !== '' || !left.includes(l))) {
      const rest = walk(i + 1, at + l.length, left)
      if (rest) return [l, ...rest]
    }
    const r = left.indexOf(l)
    return r === -1 ? null : walk(i + 1, at, [...left.slice(0, r), ...left.slice(r + 1)])
  }
  return walk(0, 0, removed)
}

describe('cleanText on copies from template and mirror sites', () => {
  it('removes counter lines, tag lines, download bars and mirror notices, and keeps the text', () => {
    const result = cleanText(
      [
        '2024年教育工作要点.docx',
        '上传于2023-04-12 | 6页 | 2,356次浏览',
        '标签: 教育工作 工作要点',
        '鏡像時間:2024-05-03 10:21:08 原文來源:桂林市教育局 瀏覽:318',
        '一、加强党的建设',
        '1.深入学习贯彻党的二十大精神。',
        '第 1 页 / 共 6 页',
        '下载文档 VIP专享 举报',
        '本頁面內容由簡體轉換而來,僅供參考。',
      ].join('\n'),
    )
    expect(result.text).toBe('一、加强党的建设\n1.深入学习贯彻党的二十大精神。')
    expect(result.fields).toEqual({ 来源: '桂林市教育局' })
  })

  it('removes a sharing site\'s page count that reads like a bare numbered item, and keeps bare items', () => {
    const result = cleanText(['原创力文档', '5页', '2023年衡阳市教育工作要点', '一、加强党的建设', '1加强政治建设。'].join('\n'))
    expect(result.text).toBe('原创力文档\n2023年衡阳市教育工作要点\n一、加强党的建设\n1加强政治建设。')
    expect(result.removed).toEqual([{ line: '5页', reason: 'furniture' }])
  })
})

describe('cleanText on a page\'s links to its attachment files', () => {
  it('keeps a 附件 line that names a file (附件：1.任务分解表.doc) and drops a bare upload name', () => {
    const result = cleanText(['1.抓好督导落实。按季度通报进展。', '', '附件：1.黄冈市2024年教育重点工作任务分解表.doc', '2.黄冈市2024年教育督导评估实施细则.pdf', '', '附件2：考核细则.pdf', '', '2024年教育工作要点.docx'].join('\n'))
    expect(result.text).toBe('1.抓好督导落实。按季度通报进展。\n附件：1.黄冈市2024年教育重点工作任务分解表.doc\n2.黄冈市2024年教育督导评估实施细则.pdf\n附件2：考核细则.pdf')
    expect(result.removed.filter((r) => r.reason !== 'blank')).toEqual([{ line: '2024年教育工作要点.docx', reason: 'furniture' }])
  })

  it('reads a heading an official account set in 【】 or after a symbol as the chapter heading it decorates, and keeps a bracketed clause title', () => {
    const result = cleanText(['【一、坚持立德树人根本任务】', '1.加强思想政治教育。', '▶二、推动各类教育优质发展', '📚 三、建设高素质教师队伍', '【深化理论武装】健全学习制度。', '【2024年】'].join('\n'))
    expect(result.text).toBe('一、坚持立德树人根本任务\n1.加强思想政治教育。\n二、推动各类教育优质发展\n三、建设高素质教师队伍\n【深化理论武装】健全学习制度。\n【2024年】')
  })

  it('drops an official account’s emoji lines, end mark, credits, buttons and everything from its 往期推荐 list on', () => {
    const input = [
      '点击上方蓝字关注我们', '荆州市2024年教育工作要点', '一、坚持立德树人', '📚', '1.加强思想政治教育。推进思政课一体化建设。',
      '2.深化五育并举。开足体育课程。💪', '🌟 🌟 🌟', '— END —', '编辑：王晓雨 审核：刘建国', '往期推荐',
      '荆州市2024年义务教育招生入学政策问答', '定了！2024年湖北中考时间公布', '分享 收藏 点赞 在看', '阅读原文',
    ].join('\n')
    const result = cleanText(input)
    // The 💪 after clause 2's text is an ornament too (heading-decoration.ts withoutTrailingEmoji).
    expect(result.text).toBe('荆州市2024年教育工作要点\n一、坚持立德树人\n1.加强思想政治教育。推进思政课一体化建设。\n2.深化五育并举。开足体育课程。')
    expect(result.fields).toEqual({ 编辑: '王晓雨' })
  })

  it('drops a news report’s byline and 责任编辑 line after the plan it quotes', () => {
    const result = cleanText(['7.提升教师专业素质。培养市级骨干教师300名。', '', '（记者 陈思远 通讯员 刘慧）', '', '责任编辑：周敏'].join('\n'))
    expect(result.text).toBe('7.提升教师专业素质。培养市级骨干教师300名。')
    expect(result.removed.filter((r) => r.reason !== 'blank').map((r) => r.line)).toEqual(['（记者 陈思远 通讯员 刘慧）', '责任编辑：周敏'])
  })

  it('keeps a 推荐阅读 line in the first half of the text, where no article ends', () => {
    const result = cleanText(['推荐阅读', '一、总体要求', '1.加强党建。', '2.推进改革。'].join('\n'))
    expect(result.text).toBe('推荐阅读\n一、总体要求\n1.加强党建。\n2.推进改革。')
  })
})

describe('cleanText on tabs a Word plan typed', () => {
  it('drops the tab after an item’s number and makes any other tab a space', () => {
    const text = ['一、\t总体要求', '1.\t加强党建。2.\t推进改革。', '（一）\t完善制度', '牵头单位\t办公室'].join('\n\n')
    expect(cleanText(text).text).toBe('一、总体要求\n1.加强党建。2.推进改革。\n（一）完善制度\n牵头单位 办公室')
  })
})
