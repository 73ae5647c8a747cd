/**
 * Twenty newest everyday questions, written and judged on 2026-12-05 (UTC) on topics none of the eighty
 * questions of judgments.ts, judgments-unseen.ts and judgments-fresh.ts asks about, in the words of parents,
 * teachers, students and journalists: four short ones (高考, 班主任, 军训, 快慢班), three with a slip of the
 * keyboard as typed (干写啥 for 干些啥, 十分种 for 十分钟, 完游戏 for 玩游戏), some long.
 *
 * They were judged blind: every clause of a fresh build of data/corpus (343 clauses, eleven plans) was read,
 * the official words for each topic were grepped for in the clause texts (高考/备考/强基, 班主任, 国防/军训,
 * 民族, 宗教/渗透, 舆情, 全民健身/健身器材, 实验室/装备, 教研员/教研, 课间, 留守/困境儿童, 寄宿/宿舍,
 * 特长生/体育人才/运动员, 绿色学校/生态文明, 派位/公民同招, 重点班/编班, 肥胖/小胖墩/体质, 书写/汉字/书法,
 * 游戏/小学化, 人口/布局/网点), and the chapters that could answer in other words were read through. This
 * file was committed before any search of the system (server, engine, run-eval, evaluation test) ran on
 * these questions.
 *
 * Unlike judgments-fresh.ts, they join the TUNING half (judgments.ts): their failures were looked at to fix
 * the vocabulary and question-word handling, so they can no longer say anything about unseen questions.
 *
 * Format and grades as in judgments.ts: year of the plan + a substring naming exactly one clause;
 * 2 = the clause answers the question (a sentence or more on it), 1 = it answers part of it in passing
 * (a mention in a list, a related measure). left-behind has no 2: the corpus names 留守儿童 only in a list.
 */
import type { EvalQuestion } from './judgments.js'

export const NEWEST_QUESTIONS: EvalQuestion[] = [
  {
    id: 'gaokao',
    query: '高考',
    relevant: [
      { year: 2024, text: '以高考复习备考为重点', grade: 2 },
      { year: 2020, text: '积极稳妥推进高考改革工作', grade: 2 },
      { year: 2023, text: '加大竞赛选拔培养和高考“强基培优”力度', grade: 1 },
      { year: 2024, text: '开展深化中高考综合改革行动', grade: 1 },
      { year: 2023, text: '支持国家级示范性普通高中组建教研连盟、协同备考', grade: 1 },
      { year: 2025, text: '组织新高考、新中考、义务教育质量监测命题研究', grade: 1 },
      { year: 2020, text: '建立与新高考选课走班相适应的学科教师统筹调配机制', grade: 1 },
      { year: 2024, text: '全面强化考试安全治理,继续增加标准化考点', grade: 1 },
      { year: 2024, text: '在学科竞赛、强基计划等项目上对接沟通', grade: 1 },
    ],
  },
  {
    id: 'head-teachers',
    query: '班主任',
    relevant: [
      { year: 2024, text: '以区“名班主任”“首席班主任”培养项目为抓手', grade: 2 },
      { year: 2023, text: '举办各学段班主任能力大赛及德育干部培训', grade: 2 },
      { year: 2020, text: '落实向班主任的倾斜政策', grade: 1 },
      { year: 2020, text: '市级骨干教师和骨干班主任培训', grade: 1 },
      { year: 2024, text: '发挥齐鲁名师、名校长、名班主任', grade: 1 },
      { year: 2024, text: '累计建设市级名师名班主任工作室基地校150个', grade: 1 },
    ],
  },
  {
    id: 'military-training',
    query: '军训',
    relevant: [
      { year: 2024, text: '指导国防教育示范学校创建及秋季新生军训工作', grade: 2 },
      { year: 2024, text: '加强国防教育,提升青少年国防素养', grade: 1 },
      { year: 2023, text: '加强国防教育,推进中小学生研学旅行实践教育活动', grade: 1 },
    ],
  },
  {
    id: 'streaming',
    query: '快慢班',
    relevant: [
      { year: 2020, text: '严禁义务教育学校举办重点班或变相重点班', grade: 2 },
      { year: 2025, text: '落实义务教育免试就近入学和均衡编班全覆盖', grade: 2 },
    ],
  },
  {
    id: 'ethnic-minorities',
    query: '少数民族学生的教育怎么搞',
    relevant: [
      { year: 2024, text: '开展民族团结进步宣传月系列活动', grade: 2 },
      { year: 2024, text: '推动民族教育高品质发展', grade: 2 },
      { year: 2023, text: '强化新疆、西藏内高班管理', grade: 1 },
      { year: 2024, text: '铸牢中华民族共同体意识教育,切实抓好抵御和防范宗教渗透校园工作', grade: 1 },
      { year: 2025, text: '健全铸牢中华民族共同体意识教育体系和育人机制', grade: 1 },
    ],
  },
  {
    id: 'religion-on-campus',
    query: '有人跑到学校里传教',
    relevant: [
      { year: 2024, text: '抵御和防范宗教向校园渗透', grade: 2 },
      { year: 2024, text: '切实抓好抵御和防范宗教渗透校园工作', grade: 2 },
      { year: 2023, text: '确保不发生涉民族、宗教等政治安全问题', grade: 1 },
    ],
  },
  {
    id: 'online-storm',
    query: '学校出了事网上传得沸沸扬扬教育局怎么处理',
    relevant: [
      { year: 2024, text: '健全教体舆情监测、研判、处置机制,及时回应群众关切', grade: 2 },
      { year: 2024, text: '健全舆情研判预防预警体系', grade: 2 },
      { year: 2024, text: '指导督促基层薄弱学校有效处置负面舆情', grade: 2 },
      { year: 2023, text: '切实加强校园舆情监控和管理', grade: 2 },
      { year: 2024, text: '优化网评员和舆情监控队伍', grade: 1 },
      { year: 2024, text: '对民心网、民生12345反馈的问题全面复盘总结', grade: 1 },
    ],
  },
  {
    id: 'public-fitness',
    query: '小区附近没地方健身',
    relevant: [
      { year: 2024, text: '添置健身器材30—40套,提升村镇体育硬件设施水平', grade: 2 },
      { year: 2024, text: '进一步完善公共全民健身设施管理', grade: 2 },
      { year: 2024, text: '为居民提供全龄友好运动场所', grade: 2 },
      { year: 2024, text: '14.推进全民健身', grade: 1 },
      { year: 2024, text: '13.完善体育设施', grade: 1 },
      { year: 2024, text: '在体育馆建立篮球公园', grade: 1 },
    ],
  },
  {
    id: 'school-labs',
    query: '学校实验室设备太旧做不了实验',
    relevant: [
      { year: 2024, text: '强化实验教学装备保障,提高实验室规范化建设水平', grade: 2 },
      { year: 2024, text: '强化学校实验室仪器、英语口语听力教学及考试设备配备', grade: 1 },
      { year: 2025, text: '实施169所中小学校教学设备达标工程', grade: 1 },
      { year: 2025, text: '科学家精神进校园、实验教学说课等活动', grade: 1 },
      { year: 2024, text: '购置设备79618台(件套)', grade: 1 },
      { year: 2024, text: '建立STEM、人工智能、机器人、车模、航模等科技专用活动室', grade: 1 },
      { year: 2023, text: '推动教育装备创新发展,开展教育装备创新应用活动', grade: 1 },
      { year: 2024, text: '2所幼儿园按标准配齐设施设备', grade: 1 },
    ],
  },
  {
    id: 'teaching-researchers',
    query: '教研员都干写啥',
    relevant: [
      { year: 2025, text: '配齐配强各学科专兼职教研员,创新教研员管理机制', grade: 2 },
      { year: 2023, text: '落实教研员到学校挂职任教工作', grade: 2 },
      { year: 2024, text: '推动教研员聚焦教学、研究教学、服务教学', grade: 2 },
      { year: 2024, text: '教研员“3+2”驻校制度', grade: 2 },
      { year: 2024, text: '完善地县两级教研工作体系', grade: 1 },
      { year: 2020, text: '完善网络教研联盟,健全教研工作机制', grade: 1 },
      { year: 2024, text: '构建研教、研学、研评、研考一体化教研体系', grade: 1 },
      { year: 2025, text: '持续推动中学9个学科教研员到先进发达地区', grade: 1 },
      { year: 2023, text: '聚焦校长、教师、教研员专业能力素养', grade: 1 },
      { year: 2024, text: '落实好教研人员、任课教师“一对一”共同成长机制', grade: 1 },
      { year: 2024, text: '将作业设计与实施研究纳入教研部门工作重点', grade: 1 },
      { year: 2024, text: '发挥教研部门作用,加强中考综合改革研究', grade: 1 },
    ],
  },
  {
    id: 'recess',
    query: '课间十分种不让孩子出教室',
    relevant: [
      { year: 2025, text: '推动全市小学及独立初中校课间10分钟延长为15分钟', grade: 2 },
      { year: 2024, text: '开展“阳光体育大课间”评比活动', grade: 1 },
      { year: 2025, text: '严格落实学生每天综合体育活动时间不低于2小时要求', grade: 1 },
    ],
  },
  {
    id: 'left-behind',
    query: '爸妈出去打工孩子留在老家没人管',
    relevant: [
      { year: 2025, text: '留守儿童、事实无人抚养儿童、困境儿童等特殊群体教育保障', grade: 1 },
      { year: 2024, text: '为特殊家庭提供家庭教育解决方案', grade: 1 },
      { year: 2024, text: '关注特殊重点学生,精准帮扶贫困学生', grade: 1 },
    ],
  },
  {
    id: 'boarding',
    query: '孩子住校宿舍条件咋样',
    relevant: [
      { year: 2024, text: '加强乡村小规模学校和乡镇寄宿制学校建设', grade: 2 },
      { year: 2023, text: '中心小学和寄宿制学校“三所学校”', grade: 1 },
      { year: 2024, text: '市二中学生宿舍楼', grade: 1 },
      { year: 2025, text: '开展食堂、保安、宿管等从业人员背景审查', grade: 1 },
      { year: 2023, text: '启动幼儿园保教费、高中住宿费等收费调整工作', grade: 1 },
    ],
  },
  {
    id: 'sports-talent',
    query: '孩子体育好想走专业运动员这条路',
    relevant: [
      { year: 2024, text: '优化体校选人育才模式,向威海及省体育部门输送120名以上高水平运动员', grade: 2 },
      { year: 2025, text: '开展青少年体育人才“一条龙”贯通培养试点工作', grade: 2 },
      { year: 2024, text: '探索与哈尔滨体育学院联合开展特长生培养', grade: 2 },
      { year: 2024, text: '组队参加市级体育联赛、各项目锦标赛,以赛促训,提升学生竞技体育水平', grade: 1 },
      { year: 2024, text: '18.扎实推进体教融合发展', grade: 1 },
    ],
  },
  {
    id: 'green-school',
    query: '学校教孩子环保节约吗',
    relevant: [
      { year: 2024, text: '创建省、市、县(区)三级绿色学校200所', grade: 2 },
      { year: 2024, text: '抓好绿色生态文明教育', grade: 2 },
      { year: 2024, text: '书香校园和零碳校园建设', grade: 1 },
    ],
  },
  {
    id: 'private-admission',
    query: '民办初中招生是摇号还是考试',
    relevant: [
      { year: 2020, text: '对报名人数超过招生计划的民办初中,按国家和省相关政策实行微机派位', grade: 2 },
      { year: 2023, text: '全面落实免试就近入学全覆盖和“公民同招”', grade: 2 },
      { year: 2025, text: '严厉查处违规招生、违规收费、空挂学籍', grade: 1 },
      { year: 2020, text: '强力规范民办学校招生与收费行为', grade: 1 },
      { year: 2025, text: '落实义务教育免试就近入学和均衡编班全覆盖', grade: 1 },
    ],
  },
  {
    id: 'obesity',
    query: '孩子太胖了学校管不管',
    relevant: [
      { year: 2020, text: '加强学生营养干预,降低肥胖率', grade: 2 },
      { year: 2024, text: '动态更新“小眼镜”“小胖墩”重点关注台账', grade: 2 },
      { year: 2024, text: '组织上、下半年两次学生体质检测', grade: 1 },
      { year: 2024, text: '全市中小学生体质健康优良率达到35%', grade: 1 },
      { year: 2023, text: '开展中小学生体质健康提升行动', grade: 1 },
      { year: 2023, text: '完善学生体质健康监测和综合素质测评机制', grade: 1 },
    ],
  },
  {
    id: 'handwriting',
    query: '孩子写字太丑学校教不教',
    relevant: [
      { year: 2024, text: '推进XX市中小学规范汉字书写等级评价工作', grade: 2 },
      { year: 2025, text: '“九渊杯”师生书法比赛', grade: 1 },
      { year: 2024, text: '一手好汉字', grade: 1 },
      { year: 2024, text: '中华经典诵写讲大赛', grade: 1 },
      { year: 2020, text: '常态开展“经典诵写”', grade: 1 },
    ],
  },
  {
    id: 'play-in-kindergarten',
    query: '幼儿园天天完游戏啥也不教',
    relevant: [
      { year: 2024, text: '围绕游戏环境创设与材料投放、游戏观察与支持', grade: 2 },
      { year: 2024, text: '持续推进幼小科学衔接和“安吉游戏”', grade: 2 },
      { year: 2024, text: '创建游戏教育实验区和游戏教育实验园', grade: 1 },
      { year: 2024, text: '17.推进全国学前教育普及普惠区县、全省学前教育游戏活动示范区创建', grade: 1 },
      { year: 2024, text: '争创省级游戏实验区、家园共育基地', grade: 1 },
      { year: 2023, text: '岭南游戏项目', grade: 1 },
    ],
  },
  {
    id: 'shrinking-enrolment',
    query: '孩子生得少了学校会不会撤并',
    relevant: [
      { year: 2025, text: '结合人口结构变化,优化中小学校布局', grade: 2 },
      { year: 2025, text: '有序应对初中、高中学龄人口“次第达峰”', grade: 2 },
      { year: 2024, text: '继续实施网点布局调整,优化教育资源配置', grade: 2 },
      { year: 2025, text: '学龄人口变化监测预警平台', grade: 1 },
      { year: 2025, text: '稳步推进乡镇高中搬迁至城区办学', grade: 1 },
      { year: 2024, text: '加强乡村小规模学校和乡镇寄宿制学校建设', grade: 1 },
      { year: 2025, text: '推进师资配置峰谷有序', grade: 1 },
      { year: 2020, text: '做好城区中小学校学位供给的提前预判与应对', grade: 1 },
    ],
  },
]
