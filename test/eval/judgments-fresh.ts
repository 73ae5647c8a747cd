/**
 * Twenty fresh everyday questions, written and judged on 2026-12-03 (UTC) after the tuning of every
 * tunable and after judgments.ts and judgments-unseen.ts were fixed, on topics none of those sixty
 * questions asks about. They were judged blind: every clause of data/build/clauses.jsonl (343 clauses,
 * eleven plans) was read, the official words for each topic were grepped for, and the chapters of every
 * plan that could hold an answer in other words were read through; no search of the system (server,
 * engine, run-eval, evaluation test) had run before this file was committed. They belong to the test half
 * (judgments.ts): nothing may be tuned on them.
 *
 * Format and grades as in judgments.ts: year of the plan + a substring naming exactly one clause;
 * 2 = the clause answers the question (a sentence or more on it), 1 = it answers part of it in passing
 * (a mention in a list, a related measure). A question naming a city or a year counts only clauses of
 * plans of that city or year. Two questions (swimming-lessons, learning-difficulty) have one answer only.
 */
import type { EvalQuestion } from './judgments.js'

export const FRESH_QUESTIONS: EvalQuestion[] = [
  {
    id: 'toddler-care',
    query: '两三岁的孩子能送幼儿园吗',
    relevant: [
      { year: 2025, text: '指导有条件的幼儿园稳妥开设托育班', grade: 2 },
      { year: 2024, text: '支持有条件的幼儿园为两至三岁的幼儿提供托育服务', grade: 2 },
      { year: 2025, text: '支持有条件的幼儿园招收2至3岁幼儿', grade: 2 },
    ],
  },
  {
    id: 'dropout',
    query: '孩子不读书了辍学在家有人管吗',
    relevant: [
      { year: 2020, text: '实施更加严格的控辍保学措施', grade: 2 },
      { year: 2025, text: '开展控辍保学交叉互检专项行动', grade: 2 },
      { year: 2024, text: '巩固控辍保学成果,完善常态化措施,实现动态清零', grade: 1 },
      { year: 2025, text: '持续抓好控辍保学工作', grade: 1 },
      { year: 2023, text: '重点开展对义务教育教师工资保障、控辍保学、大班额治理', grade: 1 },
      { year: 2024, text: '义务教育阶段入学率保持100%、巩固率达到98%', grade: 1 },
    ],
  },
  {
    id: 'reform-school',
    query: '孩子学坏了逃学打架谁来管教',
    relevant: [
      { year: 2020, text: '研制加强专门学校建设和专门教育工作的实施方案', grade: 2 },
      { year: 2025, text: '加快推进专门学校建设', grade: 1 },
      { year: 2023, text: '江门市专门学校等动工建设', grade: 1 },
      { year: 2023, text: '推动江门市公办专门学校建设', grade: 1 },
      { year: 2025, text: '完善防学生欺凌和暴力机制,加快推进专门教育工作', grade: 1 },
      { year: 2024, text: '关注特殊重点学生,精准帮扶贫困学生', grade: 1 },
    ],
  },
  {
    id: 'uniforms',
    query: '校服',
    relevant: [
      { year: 2024, text: '保障学生校服质量,继续实行校服“双送检”制度', grade: 2 },
      { year: 2023, text: '规范校服管理,配合市场监管部门做好校服质量检查工作', grade: 2 },
      { year: 2024, text: '为一年级、四年级和七年级学生提供校服', grade: 2 },
      { year: 2025, text: '聚焦“校园餐”、校服购置、保险购买', grade: 1 },
    ],
  },
  {
    id: 'sleep',
    query: '学生睡眠不足',
    relevant: [
      { year: 2024, text: '争创省级中小学睡眠保障试点县', grade: 2 },
      { year: 2025, text: '持续抓好中小学生“五项管理”', grade: 1 },
      { year: 2023, text: '持续做好“六项管理”专项督导', grade: 1 },
    ],
  },
  {
    id: 'teacher-titles',
    query: '老师评职称',
    relevant: [
      { year: 2025, text: '深化中小学教师职称评聘改革', grade: 2 },
      { year: 2020, text: '指导区县(市)做好高级教师职称评审工作', grade: 2 },
      { year: 2025, text: '出台正高级和特级教师动态管理规定,升级职称评审“无纸化”系统运用', grade: 2 },
      { year: 2024, text: '在荣誉评选、职称推荐和绩效考核等方面对高中教师予以倾斜', grade: 1 },
    ],
  },
  {
    id: 'zhongkao-reform',
    query: '中考改革',
    relevant: [
      { year: 2025, text: '稳妥推进中考改革,推动各县(市、区)优化体育中考自选科目', grade: 2 },
      { year: 2024, text: '开展深化中高考综合改革行动', grade: 2 },
      { year: 2020, text: '完善中考中招等级制录取制度', grade: 2 },
      { year: 2023, text: '进一步完善教学质量评价标准和高中招生考试录取改革,优化学科分值比重', grade: 2 },
      { year: 2025, text: '扩大优质普通高中指标到校,完善特色高中自主招生政策', grade: 1 },
      { year: 2025, text: '组织新高考、新中考、义务教育质量监测命题研究', grade: 1 },
      { year: 2023, text: '深化考试招生制度改革,完善学生体质健康监测和综合素质测评机制', grade: 1 },
      { year: 2023, text: '推进高中招生均衡配置,构建规范有序和监督有力的招生机制', grade: 1 },
      { year: 2024, text: '深化招生考试制度改革', grade: 1 },
      { year: 2024, text: '持续深化招生机制改革', grade: 1 },
    ],
  },
  {
    id: 'subject-choice',
    query: '高中选科不知道怎么选',
    relevant: [
      { year: 2024, text: '开展面向教师、学生、家长选课选科和报考方向培训', grade: 2 },
      { year: 2024, text: '健全学生发展导师制,完善学生发展指导制度,重点加强学生心理疏导和生涯规划指导', grade: 2 },
      { year: 2020, text: '建立与新高考选课走班相适应的学科教师统筹调配机制', grade: 1 },
    ],
  },
  {
    id: 'gifted',
    query: '拔尖创新人才培养',
    relevant: [
      { year: 2024, text: '在初中设立“永怀英才班”', grade: 2 },
      { year: 2025, text: '试点拔尖创新人才初升高一贯制培养', grade: 2 },
      { year: 2023, text: '对接国家基础学科人才培养计划,加大竞赛选拔培养和高考“强基培优”力度', grade: 2 },
      { year: 2024, text: '建立完善创新人才的早期发现和培育机制', grade: 1 },
    ],
  },
  {
    id: 'swimming-lessons',
    query: '学校开不开游泳课',
    relevant: [{ year: 2025, text: '鼓励有条件的学校设置游泳课程', grade: 2 }],
  },
  {
    id: 'rongcheng-sports-events',
    query: '荣成办哪些体育比赛',
    relevant: [
      { year: 2024, text: '举办好第五届荣成滨海马拉松赛', grade: 2 },
      { year: 2024, text: '高标准举办国家体育产业基地大会', grade: 2 },
      { year: 2024, text: '组织全市中小学开展好篮球、足球、排球等六大体育联赛', grade: 2 },
      { year: 2024, text: '组织开展登山、健步走、太极拳和市民运动会等体育惠民活动3000场次以上', grade: 2 },
      { year: 2024, text: '宣传教体系统优秀人物、取得成绩和精品赛事', grade: 1 },
    ],
  },
  {
    id: 'teacher-day-2024',
    query: '2024年教师节表彰优秀教师',
    relevant: [
      { year: 2024, text: '组织开展第40个教师节系列迎庆活动', grade: 2 },
      { year: 2024, text: '结合第40个教师节庆祝表彰工作,评选表彰一批优秀教师', grade: 2 },
      { year: 2024, text: '做好“永怀教育奖”“永怀乡村教师奖”评选活动', grade: 1 },
      { year: 2024, text: '在荣誉评选、职称推荐和绩效考核等方面对高中教师予以倾斜', grade: 1 },
      { year: 2024, text: '开展名教师、名校长、名学校评选活动', grade: 1 },
    ],
  },
  {
    id: 'international-exchange',
    query: '学校跟国外学校交流',
    relevant: [
      { year: 2025, text: '鼓励中小学校与境外优质学校缔结“姊妹校”', grade: 2 },
      { year: 2024, text: '推进各级各类学校开展外事交流、公派访学和培训、国际化人才培养工作', grade: 2 },
      { year: 2020, text: '支持有条件的学校开展教育国际交流和中外合作办学实验项目', grade: 2 },
      { year: 2024, text: '培训活动和对外交流等重要事项政治关', grade: 1 },
    ],
  },
  {
    id: 'complaints',
    query: '家长投诉学校的问题找谁反映',
    relevant: [
      { year: 2025, text: '落实“阳光信访”要求,保障信访接单率、回复率、满意率均达100%', grade: 2 },
      { year: 2024, text: '对民心网、民生12345反馈的问题全面复盘总结', grade: 2 },
      { year: 2024, text: '做好信访稳定工作', grade: 1 },
      { year: 2024, text: '针对群众反映强烈的问题实行挂牌督办', grade: 1 },
      { year: 2025, text: '将信访举报、日常投诉等情况纳入年检内容', grade: 1 },
      { year: 2024, text: '政务公开、市民服务热线、信访等工作', grade: 1 },
      { year: 2024, text: '健全教体舆情监测、研判、处置机制,及时回应群众关切', grade: 1 },
      { year: 2020, text: '采取不定期明查暗访、有奖举报、聘请监督员等方式', grade: 1 },
      { year: 2020, text: '统筹抓好群团、绩效考核、史志年鉴、信访接待等工作', grade: 1 },
      { year: 2024, text: '教师学生同餐和监督举报电话公示制度', grade: 1 },
    ],
  },
  {
    id: 'traditional-culture',
    query: '学校教不教传统文化',
    relevant: [
      { year: 2020, text: '实施中华经典“三进”计划,常态开展“经典诵写”“追寻文化遗产”等活动', grade: 2 },
      { year: 2024, text: '开展中华优秀传统文化教育行动', grade: 2 },
      { year: 2024, text: '推动传统文化进校园,增强学生文化自信', grade: 2 },
      { year: 2024, text: '指导幼儿园开展好传统节日体验日、传统故事我来讲等主题活动', grade: 2 },
      { year: 2023, text: '大力推进中华传统武术进校园', grade: 1 },
      { year: 2025, text: '开展中华经典诵读、最美朗读者评选、推普送教', grade: 1 },
      { year: 2024, text: '深入实施中华经典诵读工程', grade: 1 },
      { year: 2024, text: '办好非遗传承班、鄂伦春语言课堂', grade: 1 },
      { year: 2024, text: '组织第27届推广普通话宣传周和中华经典诵写讲大赛', grade: 1 },
      { year: 2024, text: '对学生进行传统文化教育、革命传统教育', grade: 1 },
      { year: 2024, text: '开展传统文化、家园共育等5大项目研究', grade: 1 },
    ],
  },
  {
    id: 'class-size',
    query: '一个班学生太多太挤',
    relevant: [
      { year: 2020, text: '全面消除义务教育“大班额”,启动高中“大班额”消除计划', grade: 2 },
      { year: 2023, text: '重点开展对义务教育教师工资保障、控辍保学、大班额治理', grade: 1 },
      { year: 2024, text: '开展小班化教育管理探索', grade: 1 },
      { year: 2025, text: '聚焦小班化教学探索', grade: 1 },
    ],
  },
  {
    id: 'epidemic',
    query: '学校怎么防流感传染病',
    relevant: [
      { year: 2024, text: '加强对校园季节性传染病防控的指导', grade: 2 },
      { year: 2024, text: '认真做好传染病防控工作', grade: 2 },
      { year: 2023, text: '认真落实“乙类乙管”下疫情防控各项要求,做好师生健康监测', grade: 2 },
      { year: 2024, text: '深入开展爱国卫生运动,加强学校卫生室建设和校医配备', grade: 1 },
    ],
  },
  {
    id: 'vocational-to-college',
    query: '读中专以后还能考大学吗',
    relevant: [
      { year: 2025, text: '扩大中高职一体化人才培养规模,支持优质中职学校开设普高班', grade: 2 },
      { year: 2024, text: '开展中高职贯通培养,开辟学生升学新途径', grade: 2 },
      { year: 2024, text: '做好初中后五年制高等职业教育培养工作', grade: 2 },
      { year: 2024, text: '扩大“3+4”“3+2”“2+2+2”和五年一贯制等贯通培养规模', grade: 2 },
      { year: 2025, text: '持续推进“3+2”和“3+4”中职、高职、职业本科的贯通培养', grade: 2 },
      { year: 2024, text: '积极探索创建职普融通综合高中,为学生学习和升学提供多元渠道', grade: 1 },
      { year: 2024, text: '探索推进职普融通实验班', grade: 1 },
      { year: 2025, text: '有序扩大优质普通高中资源总量,持续推进综合高中建设', grade: 1 },
    ],
  },
  {
    id: 'learning-difficulty',
    query: '孩子学习困难跟不上',
    relevant: [{ year: 2024, text: '为存在学习困难的学生及家庭提供定制化的咨询、诊断、指导服务', grade: 2 }],
  },
  {
    id: 'party-led-principal',
    query: '党组织领导的校长负责制',
    relevant: [
      { year: 2024, text: '完善学校(幼儿园)党组织会议和校务会议议事规则及流程', grade: 2 },
      { year: 2023, text: '稳慎推进中小学校党组织领导的校长负责制', grade: 2 },
      { year: 2025, text: '完善中小学校党组织领导的校长负责制运行机制', grade: 1 },
      { year: 2024, text: '持续开展“身在最北方·心向党中央”政治信仰教育。落实中小学校党组织领导的校长负责制', grade: 1 },
      { year: 2024, text: '落实中小学校党组织领导的校长负责制,提升基层党组织活动规范化水平', grade: 1 },
      { year: 2025, text: '持续深化中小学校党组织领导的校长负责制', grade: 1 },
    ],
  },
]
