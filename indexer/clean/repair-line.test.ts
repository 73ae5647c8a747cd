import { describe, expect, it } from 'vitest'
import { repairContinuation, repairLine } from './repair-line.js'

describe('repairLine', () => {
  it('removes the spaces a PDF wrap left inside words and numbers, so a phrase matches again', () => {
    expect(repairLine('推动全市教育高质 量发展，2022 年新增学 位3600 个')).toBe('推动全市教育高质量发展，2022年新增学位3600个')
    expect(repairLine('韶教〔2023〕3 号')).toBe('韶教〔2023〕3号')
    expect(repairLine('计划于 2 022年完成')).toBe('计划于 2022年完成')
  })

  it('closes up a number and the word it counts or dates that a PDF set apart (95 后, 300 余所, 20 多个, 3 倍), so 95后 finds the clause', () => {
    expect(repairLine('举办副校级领导干部履职能力提升班、95 后干部培训营，开展评选展示活动')).toBe('举办副校级领导干部履职能力提升班、95后干部培训营，开展评选展示活动')
    expect(repairLine('新建改扩建学校 300 余所，培育 20 多个示范项目，学位增加 3 倍')).toBe('新建改扩建学校300余所，培育20多个示范项目，学位增加3倍')
    expect(repairLine('开展 6 轮督导、12 场培训')).toBe('开展6轮督导、12场培训')
  })

  it('joins a letter-spaced letterhead', () => {
    expect(repairLine('韶 关 市 教 育 局')).toBe('韶关市教育局')
    expect(repairLine('X X 市 教 育 局')).toBe('XX市教育局')
  })

  it('keeps the space that ends a title in a flattened head, before any sentence, and drops it inside a sentence', () => {
    expect(repairLine('桂林市教育局关于加强作业管理的实施意见 各县（市、区）教育局：为切实减轻学生作业负担')).toBe(
      '桂林市教育局关于加强作业管理的实施意见 各县（市、区）教育局：为切实减轻学生作业负担',
    )
    expect(repairLine('全面落实，实施乡村教师支持计划 推动教师队伍建设')).toBe('全面落实，实施乡村教师支持计划推动教师队伍建设')
  })

  it('closes up a letter-spaced title with its year, and keeps the space where the title ends and the text begins', () => {
    expect(repairLine('2 0 2 2 年 浏 阳 市 教 育 工 作 要 点')).toBe('2022年浏阳市教育工作要点')
    expect(repairLine('2 0 2 3 年 衡 阳 市 教 育 工 作 要 点 2023年是开局之年，总体要求是：坚持立德树人。')).toBe(
      '2023年衡阳市教育工作要点 2023年是开局之年，总体要求是：坚持立德树人。',
    )
  })

  it('removes page markers that stand in the middle of a sentence', () => {
    expect(repairLine('完善“护学岗” - 3 - 机制，开展防溺水教育')).toBe('完善“护学岗”机制，开展防溺水教育')
    expect(repairLine('加强校园安全— 12 —管理')).toBe('加强校园安全管理')
    expect(repairLine('2021—2025年发展规划')).toBe('2021—2025年发展规划')
  })

  it('removes pinyin a converter put after characters, and keeps other brackets', () => {
    expect(repairLine('加強學(xué)校教(jiào)育管理（試行）')).toBe('加強學校教育管理（試行）')
    expect(repairLine('推进AI(人工智能)教育和STEM(ABC)')).toBe('推进AI(人工智能)教育和STEM(ABC)')
  })

  it('keeps spaces between Latin words, before a numbering marker and after a short chapter heading', () => {
    expect(repairLine('推广 open source 软件')).toBe('推广 open source 软件')
    expect(repairLine('各项工作。 2.加强党建')).toBe('各项工作。 2.加强党建')
    expect(repairLine('第一章 总 则 第一条 为了规范办学行为，根据有关法律 法规制定本办法')).toBe('第一章总则 第一条为了规范办学行为，根据有关法律法规制定本办法')
    expect(repairLine('主要任务如下。一、总体要求 坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻')).toBe('主要任务如下。一、总体要求 坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻')
  })

  it('leaves a short row of words laid out with spaces (a table row, a slogan) as it is', () => {
    expect(repairLine('序号 项目 责任单位')).toBe('序号 项目 责任单位')
  })

  it('keeps the space between the words of a quoted slogan and joins a wrap inside quotes on a flattened page', () => {
    expect(repairLine('开展第九届全市学生“学宪法 讲宪法”比赛及系列活动')).toBe('开展第九届全市学生“学宪法 讲宪法”比赛及系列活动')
    expect(repairLine('深入实施“平安校园 健康成长”行动，推进《美育 浸润》计划')).toBe('深入实施“平安校园 健康成长”行动，推进《美育 浸润》计划')
    expect(repairLine('聚焦“优质均衡 提质增效”主线，落实立 德树人根本任务，推动全市教育高质 量发展')).toBe('聚焦“优质均衡提质增效”主线，落实立德树人根本任务，推动全市教育高质量发展')
    expect(repairLine('推进“五育并举”，实施乡村教师支持计划 推动教师队伍建设')).toBe('推进“五育并举”，实施乡村教师支持计划推动教师队伍建设')
  })

  it('closes up a line a bad copy spaced letter by letter, its clause marker and numbers included', () => {
    expect(repairLine('1 . 深 化 理 论 武 装 。 全 年 集 中 学 习 不 少 于 1 2 次 。')).toBe('1.深化理论武装。全年集中学习不少于12次。')
    expect(repairLine('新 增 投 入 2 . 5 亿 元')).toBe('新增投入2.5亿元')
  })

  it('closes up a line set wide, two spaces or a full-width space between its characters, markers and 文号 brackets included', () => {
    expect(repairLine('1  .  健  全  学  习  制  度  。  全  年  学  习  1  2  次  。')).toBe('1.健全学习制度。全年学习12次。')
    expect(repairLine('（  一  ）  深  化  理  论  武  装')).toBe('（一）深化理论武装')
    expect(repairLine('3  、  扩  大  学  前  教  育  资  源')).toBe('3、扩大学前教育资源')
    expect(repairLine('六\u3000教\u3000〔\u30002\u30000\u30002\u30004\u3000〕\u30003\u3000号')).toBe('六教〔2024〕3号')
  })
})

describe('repairContinuation', () => {
  it('closes up the space a wrapped line keeps after its opening number before 场, 支, 处 (5 场专题培训), and leaves other lines as they are', () => {
    expect(repairLine('5 场专题培训，建设')).toBe('5 场专题培训，建设')
    expect(repairContinuation('5 场专题培训，建设')).toBe('5场专题培训，建设')
    expect(repairContinuation('12\u3000处重点区域')).toBe('12处重点区域')
    expect(repairContinuation('4 大行动计划，持续推进。')).toBe('4 大行动计划，持续推进。')
    expect(repairContinuation('2025 年起')).toBe('2025 年起')
  })
})

