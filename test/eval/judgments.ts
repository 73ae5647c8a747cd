/**
 * The evaluation set: questions a parent, teacher or journalist would type, in their own words, and the
 * clauses of the bundled corpus (data/corpus/) that answer them. Every judgment was made by reading the
 * corpus text, clause by clause, before any search ran; none was taken from the system's output.
 *
 * A clause is named by the year of its plan and a distinctive substring of its heading or text, so the
 * judgments survive re-numbered ids; resolve-judgments.ts checks that each names exactly one clause.
 * Grades: 2 = the clause is about the question; 1 = the clause answers part of it in passing.
 * Outline-only clauses (headings from a compilation's table of contents, body missing) count when the
 * heading itself answers the question.
 */

import { FRESH_QUESTIONS } from './judgments-fresh.js'
import { NEWEST_QUESTIONS } from './judgments-newest.js'
import { UNSEEN_QUESTIONS } from './judgments-unseen.js'

export interface Judgment {
  /** Year of the plan the clause belongs to. */
  year: number
  /** A substring of the clause's heading + text (compared after normalizeForMatch). */
  text: string
  grade: 1 | 2
}

export interface EvalQuestion {
  id: string
  query: string
  relevant: Judgment[]
}

/** The first 25 questions: the fusion weight and the passage text were chosen on them. */
const FIRST_QUESTIONS: EvalQuestion[] = [
  {
    id: 'teacher-pay',
    query: '提高老师的收入',
    relevant: [
      { year: 2025, text: '完善教师待遇保障机制,全面落实“一个不低于”', grade: 2 },
      { year: 2020, text: '切实保障教师工资平均收入水平不低于当地公务员', grade: 2 },
      { year: 2024, text: '推进公办园非在编教师与在编教师同工同酬', grade: 2 },
      { year: 2023, text: '深化教师管理制度改革,强化教师待遇保障', grade: 1 },
      { year: 2024, text: '在荣誉评选、职称推荐和绩效考核等方面对高中教师予以倾斜', grade: 1 },
      { year: 2024, text: '持续深化教师激励机制改革', grade: 1 },
      { year: 2023, text: '重点开展对义务教育教师工资保障', grade: 1 },
    ],
  },
  {
    id: 'after-school',
    query: '孩子放学后谁来管',
    relevant: [
      { year: 2020, text: '提供更加贴心的校内课后服务', grade: 2 },
      { year: 2023, text: '进一步提高学校课后服务水平,健全课后服务经费保障机制', grade: 2 },
      { year: 2024, text: '强化课后服务管理,引进课后服务课程资源', grade: 2 },
      { year: 2024, text: '完善中小学幼儿园课后延时托管服务机制', grade: 2 },
      { year: 2024, text: '优化课后服务模式', grade: 2 },
      { year: 2025, text: '课后服务“五个严禁”', grade: 1 },
      { year: 2025, text: '优化课后服务和作业管理', grade: 1 },
      { year: 2024, text: '义务教育课后服务学校覆盖率、学生有意愿参与率100%', grade: 1 },
    ],
  },
  {
    id: 'school-safety',
    query: '学校安全怎么保障',
    relevant: [
      { year: 2025, text: '实施学校安全管理能力提升行动', grade: 2 },
      { year: 2023, text: '开展更高水平“安全文明校园(平安校园)”创建工作', grade: 2 },
      { year: 2020, text: '出台《校园安全工作指引》', grade: 2 },
      { year: 2025, text: '持续实施中小学幼儿园“护校安园”专项行动', grade: 2 },
      { year: 2024, text: '持续落实校园安全“一岗双责”和“三管三必须”要求', grade: 2 },
      { year: 2024, text: '严格落实“1530”安全教育制度', grade: 2 },
      { year: 2024, text: '紧盯消防安全、食品安全、交通安全、燃气安全、防溺水安全', grade: 2 },
      { year: 2024, text: '提升学校安全防范能力', grade: 2 },
      { year: 2024, text: '全力保障校园安全稳定', grade: 2 },
      { year: 2024, text: '维护教育安全稳定', grade: 1 },
      { year: 2024, text: '全力维护安全稳定', grade: 1 },
      { year: 2023, text: '实施校园食品安全守护行动', grade: 1 },
      { year: 2024, text: '加强对校园季节性传染病防控的指导', grade: 1 },
      { year: 2025, text: '提升完善473所中小学校园周边及内部道路交通安全设施', grade: 1 },
    ],
  },
  {
    id: 'homework-burden',
    query: '减轻学生课业负担',
    relevant: [
      { year: 2020, text: '加大学校减负监管力度,定期开展监督指导', grade: 2 },
      { year: 2024, text: '切实减轻学生课业负担和家长负担', grade: 2 },
      { year: 2025, text: '加强各科作业统筹,控制作业总量', grade: 2 },
      { year: 2024, text: '解决中小学生作业负担重的问题', grade: 2 },
      { year: 2025, text: '强化“双减”动态、长效监管机制建设', grade: 2 },
      { year: 2024, text: '减轻学生作业负担', grade: 2 },
      { year: 2024, text: '减轻学生校外培训负担', grade: 2 },
      { year: 2023, text: '从严治理校外教育培训机构,加大对隐形变异学科类培训的查处力度', grade: 1 },
      { year: 2024, text: '持续巩固“双减”工作成果', grade: 1 },
      { year: 2023, text: '巩固学科类培训机构减负成果', grade: 1 },
      { year: 2024, text: '进一步强化校外培训机构日常监管', grade: 1 },
      { year: 2020, text: '推进学校课后服务与减负提质相结合', grade: 1 },
    ],
  },
  {
    id: 'kindergarten-places',
    query: '幼儿园入园难',
    relevant: [
      { year: 2025, text: '实施公办幼儿园学位扩充项目', grade: 2 },
      { year: 2023, text: '制定2023年公办幼儿园学位建设计划', grade: 2 },
      { year: 2020, text: '力争增加3万个公办园学位', grade: 2 },
      { year: 2025, text: '持续优化公办幼儿园学位供给', grade: 2 },
      { year: 2024, text: '推进公办园扩容增位', grade: 2 },
      { year: 2024, text: '公办园在园幼儿占比提升至56%', grade: 1 },
      { year: 2024, text: '开工、续建学校幼儿园8所', grade: 1 },
      { year: 2024, text: '每个乡(镇)至少创建1所公办中心园', grade: 1 },
      { year: 2024, text: '学前三年毛入园率达到94.5%以上', grade: 1 },
      { year: 2024, text: '新改扩建中小学幼儿园学校77所', grade: 1 },
      { year: 2024, text: '推进学前教育优质普惠发展', grade: 1 },
      { year: 2024, text: '普及普惠发展学前教育', grade: 1 },
      { year: 2024, text: '推进学前教育普及普惠发展', grade: 1 },
    ],
  },
  {
    id: 'eyesight',
    query: '保护孩子的视力',
    relevant: [
      { year: 2023, text: '完成学校教室照明改造', grade: 2 },
      { year: 2020, text: '突出抓好近视综合防控', grade: 2 },
      { year: 2025, text: '深化落实“六个一”近视防控要求', grade: 1 },
      { year: 2024, text: '动态更新“小眼镜”“小胖墩”重点关注台账', grade: 2 },
      { year: 2024, text: '建设全市儿童青少年近视防控干预数据监测平台', grade: 2 },
    ],
  },
  {
    id: 'mental-health',
    query: '孩子有心理问题怎么办',
    relevant: [
      { year: 2020, text: '大力开展心理健康教育课题研究', grade: 2 },
      { year: 2024, text: '组织开展心理讲座、影视赏析、心理剧、心理节等活动', grade: 2 },
      { year: 2024, text: '用好24小时学生心理关爱热线', grade: 2 },
      { year: 2024, text: '健全教卫融合的中小学生心理危机预警、干预和转介机制', grade: 2 },
      { year: 2025, text: '配齐专兼职心理健康教师,每学期开展一次学生心理健康测评', grade: 1 },
      { year: 2023, text: '重视中小学心理健康教育,组织学校开展心理健康筛查', grade: 1 },
      { year: 2025, text: '深化学生心理健康守护专项行动', grade: 1 },
      { year: 2024, text: '抓好金色心理健康教育', grade: 1 },
      { year: 2024, text: '开展心理问题学生疏导', grade: 1 },
      { year: 2025, text: '学生心理健康监测预警平台', grade: 1 },
    ],
  },
  {
    id: 'rural-schools',
    query: '农村孩子也能上好学校',
    relevant: [
      { year: 2023, text: '提升乡村学校育人水平', grade: 2 },
      { year: 2024, text: '打造乡村教育“领头雁”方阵', grade: 2 },
      { year: 2024, text: '加强乡村小规模学校和乡镇寄宿制学校建设', grade: 2 },
      { year: 2025, text: '每个乡镇办好1所优质初中', grade: 2 },
      { year: 2024, text: '在乡村薄弱学校设置“支教交流”岗位', grade: 1 },
      { year: 2024, text: '涉及68所学校,规划总投资33120万元', grade: 1 },
      { year: 2024, text: '补足配齐乡村小规模学校教师', grade: 1 },
      { year: 2020, text: '实施义务教育薄弱环节改善与能力提升工程', grade: 1 },
      { year: 2020, text: '推进网络联校对农村薄弱学校的全覆盖', grade: 1 },
      { year: 2020, text: '换届新建10个名师农村工作站', grade: 1 },
      { year: 2025, text: '推动乡村学前教育办学点标准化建设', grade: 1 },
      { year: 2025, text: '新增创建50所乡村温馨校园特色校', grade: 1 },
      { year: 2024, text: '持续推进义务教育薄弱环节改善与能力提升', grade: 1 },
      { year: 2024, text: '持续推进乡村振兴', grade: 1 },
    ],
  },
  {
    id: 'disabled-children',
    query: '残疾孩子怎么上学',
    relevant: [
      { year: 2025, text: '推动特殊教育学校和普通学校结对帮扶', grade: 2 },
      { year: 2023, text: '依托市特殊教育资源中心指导普通中小学校做好随班就读工作', grade: 2 },
      { year: 2020, text: '提高适龄残疾儿童少年入学率', grade: 2 },
      { year: 2025, text: '创建一批随班就读基地校、融合教育试点校(园)', grade: 2 },
      { year: 2024, text: '指导各地完善送教上门制度', grade: 2 },
      { year: 2024, text: '做好适龄残疾儿童少年义务教育阶段教育安置工作', grade: 2 },
      { year: 2025, text: '持续做好残疾儿童少年、随迁子女、留守儿童', grade: 1 },
      { year: 2024, text: '建设一批特殊教育资源教室,满足特殊学生教育教学、康复训练需求', grade: 1 },
      { year: 2024, text: '健全完善深度医教、康教结合工作机制', grade: 1 },
      { year: 2024, text: '推动特殊教育高质量发展,落实《XX市XX区“十四五”特殊教育发展提升行动计划》', grade: 1 },
      { year: 2024, text: '全市新增特殊教育资源教室30个', grade: 1 },
      { year: 2024, text: '优质普惠巩固特殊教育', grade: 1 },
    ],
  },
  {
    id: 'migrant-children',
    query: '外地打工的孩子在本地上学',
    relevant: [
      { year: 2025, text: '确保高层次人才和随迁子女公平享有优质教育', grade: 2 },
      { year: 2023, text: '在政府购买学位中向随迁子女占比较高的学校倾斜', grade: 2 },
      { year: 2020, text: '保障符合条件的随迁子女平等入学', grade: 2 },
      { year: 2025, text: '持续做好残疾儿童少年、随迁子女、留守儿童', grade: 1 },
      { year: 2024, text: '随迁子女在公办学校就读比例达到90%以上', grade: 1 },
    ],
  },
  {
    id: 'bullying',
    query: '孩子在学校被人欺负',
    relevant: [
      { year: 2025, text: '推进防范学生欺凌专项治理', grade: 2 },
      { year: 2025, text: '完善防学生欺凌和暴力机制', grade: 2 },
      { year: 2024, text: '实验室危化品、防灾减灾、欺凌暴力等关键环节', grade: 1 },
      { year: 2024, text: '常态化推进学校交通、消防、实验室、食品安全、校园欺凌等安全风险隐患排查整治', grade: 1 },
    ],
  },
  {
    id: 'school-meals',
    query: '孩子在学校吃饭安不安全',
    relevant: [
      { year: 2023, text: '全面推动“互联网+明厨亮灶”智慧系统的实际应用', grade: 2 },
      { year: 2024, text: '强化校园食品安全工作,提升食堂管理水平', grade: 2 },
      { year: 2024, text: '深化中小学食堂专项治理效果', grade: 2 },
      { year: 2025, text: '推动市直中小学校“校园餐”成本监审全覆盖', grade: 2 },
      { year: 2025, text: '开展食堂、保安、宿管等从业人员背景审查', grade: 1 },
      { year: 2025, text: '聚焦“校园餐”、校服购置、保险购买', grade: 1 },
      { year: 2025, text: '校园及周边综合治理、校园食品安全整治', grade: 1 },
      { year: 2020, text: '全面推进学校中餐服务', grade: 1 },
      { year: 2020, text: '重点监管招生招聘、食堂管理、违规补课', grade: 1 },
      { year: 2024, text: '改扩建宁津9中、港西38中学生餐厅', grade: 1 },
      { year: 2024, text: '为家庭困难学生提供午餐补助', grade: 1 },
      { year: 2024, text: '开展好校园安全、校园食品安全专项督导', grade: 1 },
    ],
  },
  {
    id: 'student-aid',
    query: '穷孩子上学有补贴吗',
    relevant: [
      { year: 2023, text: '全面落实各级各类学生资助政策,积极引导社会力量参与扶困助学工作', grade: 2 },
      { year: 2025, text: '逐步提高家庭经济困难学生资助标准', grade: 2 },
      { year: 2024, text: '完善学生资助体系,精准落实国家和地方学生资助政策', grade: 2 },
      { year: 2024, text: '为家庭困难学生提供午餐补助', grade: 2 },
      { year: 2025, text: '盘活教育闲置资产,落实学生资助政策', grade: 1 },
      { year: 2020, text: '强化资金绩效管理、学生资助资金监管和内部审计', grade: 1 },
      { year: 2024, text: '免除普通高中学生学费', grade: 1 },
      { year: 2024, text: '落实惠民政策', grade: 1 },
    ],
  },
  {
    id: 'paid-tutoring-by-teachers',
    query: '老师私下收钱给学生补课',
    relevant: [
      { year: 2025, text: '聚焦违规补课、违规吃喝、抹牌赌博、酒驾醉驾等重点问题', grade: 2 },
      { year: 2023, text: '严肃查处学术不端、有偿补课、违规收受礼品礼金和体罚学生等师德违规行为', grade: 2 },
      { year: 2020, text: '巩固在职教师违规补课专项整治成果并形成常态长效机制', grade: 2 },
      { year: 2024, text: '加大在职教师有偿补课整治力度', grade: 2 },
      { year: 2020, text: '重点监管招生招聘、食堂管理、违规补课', grade: 1 },
    ],
  },
  {
    id: 'tutoring-centres',
    query: '课外辅导班乱收费谁来管',
    relevant: [
      { year: 2025, text: '建立“线上+线下”监管体系和学科类隐形变异培训监测预警机制', grade: 2 },
      { year: 2023, text: '从严治理校外教育培训机构,加大对隐形变异学科类培训的查处力度', grade: 2 },
      { year: 2020, text: '重点治理校外培训机构“超前教学”行为', grade: 2 },
      { year: 2025, text: '推广校外培训“先学后付”等经验做法', grade: 2 },
      { year: 2024, text: '规范校外教育培训机构。严查各类违规培训和侵害群众利益行为', grade: 2 },
      { year: 2024, text: '健全校外培训机构长效监管机制', grade: 2 },
      { year: 2024, text: '落实“一课一消”资金监管模式', grade: 2 },
      { year: 2024, text: '减轻学生校外培训负担', grade: 2 },
      { year: 2023, text: '制定校外培训机构设置标准', grade: 1 },
      { year: 2025, text: '探索建立第三方参与学科类校外培训机构及校园食品安全评估机制', grade: 1 },
      { year: 2025, text: '校外培训监管平台等“六个平台”', grade: 1 },
    ],
  },
  {
    id: 'exercise',
    query: '让孩子多锻炼身体',
    relevant: [
      { year: 2025, text: '严格落实学生每天综合体育活动时间不低于2小时要求', grade: 2 },
      { year: 2023, text: '开展中小学生体质健康提升行动,力争学生体质健康优良率再提升', grade: 2 },
      { year: 2024, text: '通过加大近视防控、加强体育锻炼、开展健康宣讲', grade: 2 },
      { year: 2024, text: '开展“阳光体育大课间”评比活动', grade: 2 },
      { year: 2024, text: '夯实学校体育工作基础,持续推进校园足球改革', grade: 2 },
      { year: 2020, text: '使每个学生在校期间获得2-3项体育技能', grade: 1 },
      { year: 2020, text: '实施6-18岁学生体质健康全样本监测', grade: 1 },
      { year: 2025, text: '组织全市中小学生体育联赛', grade: 1 },
      { year: 2025, text: '推动全市小学及独立初中校课间10分钟延长为15分钟', grade: 1 },
      { year: 2024, text: '组织全市中小学开展好篮球、足球、排球等六大体育联赛', grade: 1 },
      { year: 2024, text: '举办全区中小学生运动会', grade: 1 },
      { year: 2024, text: '加强和改进体育教育', grade: 1 },
    ],
  },
  {
    id: 'teacher-chores',
    query: '老师除了上课杂事太多',
    relevant: [
      { year: 2020, text: '科学合理减负,为学校教师“松绑”', grade: 2 },
      { year: 2025, text: '严格落实社会事务进校园“白名单”制度', grade: 2 },
      { year: 2025, text: '深化拓展整治形式主义为基层减负成果', grade: 1 },
    ],
  },
  {
    id: 'senior-high-access',
    query: '想上好高中太难了',
    relevant: [
      { year: 2025, text: '实施普通高中扩容提质工程,扩大公办高中学位供给', grade: 2 },
      { year: 2025, text: '提高初中毕业生就读普通高中比例,扩大优质高中指标到校比例', grade: 2 },
      { year: 2025, text: '有序扩大优质普通高中资源总量', grade: 2 },
      { year: 2024, text: '普及高中阶段教育,免除普通高中学生学费,实现普通高中“应招尽招”', grade: 2 },
      { year: 2024, text: '有序扩大优质高中招生规模', grade: 2 },
      { year: 2023, text: '推进高中招生均衡配置', grade: 1 },
      { year: 2025, text: '扩大优质普通高中指标到校,完善特色高中自主招生政策', grade: 1 },
      { year: 2024, text: '就读优质普通高中在校生比例达到65%', grade: 1 },
      { year: 2024, text: '实施普通高中多样特色行动,加快扩充优质普通高中资源', grade: 1 },
    ],
  },
  {
    id: 'vocational-jobs',
    query: '读职校以后好不好找工作',
    relevant: [
      { year: 2020, text: '提高职业院校毕业生本地就业率', grade: 2 },
      { year: 2025, text: '建立招生—就业—专业联动机制,推动高校毕业生高质量就业', grade: 2 },
      { year: 2024, text: '探索推进职普融通实验班、“提前就业班”项目', grade: 2 },
      { year: 2023, text: '全面推广“订单式”培养和现代学徒制培养模式', grade: 1 },
      { year: 2025, text: '办好地方产业学院、开设订单班', grade: 1 },
      { year: 2024, text: '优化与华力电机、万恒置业、赤山集团等企业“订单班”“冠名班”合作机制', grade: 1 },
      { year: 2025, text: '健全专业及时响应机制', grade: 1 },
      { year: 2024, text: '开展服务边境县项目培训,服务林区经济振兴发展', grade: 1 },
    ],
  },
  {
    id: 'online-learning',
    query: '用电脑网络给学生上课',
    relevant: [
      { year: 2025, text: '升级荆门智慧教育平台', grade: 2 },
      { year: 2023, text: '健全“互联网+教育”平台体系', grade: 2 },
      { year: 2020, text: '实施智慧教育行动计划', grade: 2 },
      { year: 2025, text: '升级“泉州在线教育一体化平台”', grade: 2 },
      { year: 2024, text: '改造升级各中小学校互联网,实现千兆光纤入校', grade: 2 },
      { year: 2024, text: '加大数字教学研究,重构多种形态的课堂教学场景', grade: 2 },
      { year: 2024, text: '建立专家团队,打造数字化转型标杆培育校', grade: 2 },
      { year: 2024, text: '创建智慧校园160所', grade: 2 },
      { year: 2024, text: '以科大讯飞智慧教育模块应用为抓手', grade: 1 },
      { year: 2024, text: '启动智慧校园信息化三年提升工程', grade: 1 },
      { year: 2024, text: '提升师生信息技术应用水平', grade: 1 },
      { year: 2024, text: '加快建设智慧教育', grade: 1 },
      { year: 2024, text: '加快推进教育数字化', grade: 1 },
    ],
  },
  {
    id: 'parents-and-school',
    query: '家长怎么配合学校管孩子',
    relevant: [
      { year: 2023, text: '推动家庭、学校、社会协同育人,将家庭教育指导纳入学校工作', grade: 2 },
      { year: 2025, text: '全面上线“泉家育福”平台', grade: 2 },
      { year: 2024, text: '开展家庭教育赋能行动', grade: 2 },
      { year: 2024, text: '创建首批家庭教育名师工作室', grade: 2 },
      { year: 2024, text: '构建协同育人新格局', grade: 2 },
      { year: 2024, text: '开展好“新时代·新父母”家庭教育活动', grade: 1 },
      { year: 2020, text: '完善“三位一体”育人格局,创新家庭教育方式', grade: 1 },
      { year: 2024, text: '聚焦学校、家庭、社会、网络全环境立德树人四大领域', grade: 1 },
    ],
  },
  {
    id: 'school-places',
    query: '家附近没有学校上学太远',
    relevant: [
      { year: 2020, text: '充分保障城镇中小学位供给', grade: 2 },
      { year: 2023, text: '新增学位超1万个', grade: 2 },
      { year: 2025, text: '全市计划投用教育项目19个、新增中学学位2万个', grade: 2 },
      { year: 2024, text: '满足就近入学需求', grade: 2 },
      { year: 2024, text: '开工、续建学校幼儿园8所', grade: 2 },
      { year: 2024, text: '新改扩建中小学幼儿园学校77所', grade: 2 },
      { year: 2024, text: '办好一批“家门口”优质学校', grade: 1 },
      { year: 2025, text: '结合人口结构变化,优化中小学校布局', grade: 1 },
      { year: 2025, text: '编制《中心市区教育设施布局专项规划》', grade: 1 },
      { year: 2025, text: '落实义务教育免试就近入学和均衡编班全覆盖', grade: 1 },
      { year: 2023, text: '全面落实免试就近入学全覆盖和“公民同招”', grade: 1 },
      { year: 2023, text: '推进学校“定制公交”工作', grade: 1 },
    ],
  },
  {
    id: 'education-funding',
    query: '政府给教育的钱够不够',
    relevant: [
      { year: 2025, text: '优化教育经费支出结构,加大薄弱环节、重大项目等事项保障力度', grade: 2 },
      { year: 2023, text: '坚持“财政主渠道、拓宽多渠道”的教育经费筹措方式', grade: 2 },
      { year: 2020, text: '加大教育投入力度,确保两个“只增不减”落实到位', grade: 2 },
      { year: 2025, text: '持续落实教育经费“两个只增不减”要求', grade: 2 },
      { year: 2024, text: '全年教育经费投入达到294.4亿元', grade: 2 },
      { year: 2024, text: '积极争取国家、省专项资金,加强动态监测,推进教育经费支出进度', grade: 1 },
      { year: 2025, text: '重点对“双减”、教育支出“两个只增不减”', grade: 1 },
      { year: 2024, text: '强化教育经费管理', grade: 1 },
      { year: 2024, text: '有效提高经费使用效益', grade: 1 },
    ],
  },
  {
    id: 'teacher-shortage',
    query: '学校缺老师怎么办',
    relevant: [
      { year: 2024, text: '缓解我区学科教师紧缺压力', grade: 2 },
      { year: 2024, text: '彻底解决教师缺编问题', grade: 2 },
      { year: 2023, text: '统筹全市中小学教师招聘,实施赴外校园招聘', grade: 2 },
      { year: 2024, text: '缓解部分学校、个别学科师资不足的问题', grade: 2 },
      { year: 2024, text: '新招聘补充教师3000人以上', grade: 1 },
      { year: 2025, text: '系统实施“银龄教师招募行动”', grade: 1 },
      { year: 2024, text: '招聘日语等小语种教师', grade: 1 },
      { year: 2025, text: '统筹教师招引工作,不断优化教师队伍结构', grade: 1 },
      { year: 2020, text: '加强乡村教师尤其是紧缺学科教师的培养与补充', grade: 1 },
      { year: 2020, text: '招录并转聘一批备案制教职工', grade: 1 },
    ],
  },
  {
    id: 'elderly-learning',
    query: '退休老人还想上学',
    relevant: [
      { year: 2025, text: '持续推进50个市级老年开放(互联网)大学老年教育示范点建设', grade: 2 },
      { year: 2024, text: '继续推进社区学校、老年大学、开放大学“三校合一”发展', grade: 2 },
      { year: 2024, text: '大力发展老年教育和社区教育', grade: 2 },
      { year: 2023, text: '完善地市级-县市级-镇街-村居四级社区教育体系', grade: 1 },
      { year: 2020, text: '办好社区教育,服务学习型城市建设', grade: 1 },
      { year: 2024, text: '推动社区教育特色发展', grade: 1 },
    ],
  },
]

/** How many of the unseen questions (judgments-unseen.ts) join the tuning half; the rest are the test half. */
const UNSEEN_IN_TUNING = 5

/**
 * The half every tunable (fusion weight, passage text, similarity floor, query expansion) may be chosen on.
 * The twenty newest questions (judgments-newest.ts), judged blind on 2026-12-05, joined it to have their failures
 * looked at; they are not part of the test half.
 */
export const TUNING_QUESTIONS: EvalQuestion[] = [...FIRST_QUESTIONS, ...UNSEEN_QUESTIONS.slice(0, UNSEEN_IN_TUNING), ...NEWEST_QUESTIONS]
/**
 * The half nothing was tuned on: report it, never tune on it. The thirty unseen questions and the twenty
 * fresh ones (judgments-fresh.ts), written and judged blind after everything else was fixed.
 */
export const TEST_QUESTIONS: EvalQuestion[] = [...UNSEEN_QUESTIONS.slice(UNSEEN_IN_TUNING), ...FRESH_QUESTIONS]
export const EVAL_QUESTIONS: EvalQuestion[] = [...TUNING_QUESTIONS, ...TEST_QUESTIONS]
