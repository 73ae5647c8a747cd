/**
 * Thirty-five more everyday questions, judged the same way as judgments.ts (by reading the corpus clause by
 * clause for each topic, before any search ran, never from the system's output). They were written after
 * the fusion weight, the passage text and the similarity floor had been chosen, so the first five join the
 * tuning half and the other thirty form the test half that nothing was tuned on (judgments.ts splits them).
 */
import type { EvalQuestion } from './judgments.js'

export const UNSEEN_QUESTIONS: EvalQuestion[] = [
  {
    id: 'homework-load',
    query: '孩子作业太多怎么办',
    relevant: [
      { year: 2025, text: '加强各科作业统筹,控制作业总量', grade: 2 },
      { year: 2024, text: '将作业设计与实施研究纳入教研部门工作重点', grade: 2 },
      { year: 2024, text: '健全作业审批机制,加大作业的研究力度', grade: 2 },
      { year: 2024, text: '减轻学生作业负担', grade: 2 },
      { year: 2025, text: '优化课后服务和作业管理', grade: 2 },
      { year: 2020, text: '加大学校减负监管力度', grade: 2 },
      { year: 2024, text: '围绕情境教育、大单元教学、作业设计', grade: 1 },
    ],
  },
  {
    id: 'tutoring-fee',
    query: '学校能不能收补课费',
    relevant: [
      { year: 2024, text: '加大在职教师有偿补课整治力度', grade: 2 },
      { year: 2023, text: '有偿补课、违规收受礼品礼金', grade: 2 },
      { year: 2020, text: '巩固在职教师违规补课专项整治成果', grade: 2 },
      { year: 2025, text: '聚焦违规补课、违规吃喝', grade: 2 },
      { year: 2020, text: '重点监管招生招聘、食堂管理、违规补课', grade: 1 },
      { year: 2025, text: '严厉查处违规招生、违规收费', grade: 1 },
      { year: 2020, text: '强力规范民办学校招生与收费行为', grade: 1 },
    ],
  },
  {
    id: 'teacher-salary',
    query: '老师工资有保障吗',
    relevant: [
      { year: 2025, text: '完善教师待遇保障机制', grade: 2 },
      { year: 2024, text: '推进公办园非在编教师与在编教师同工同酬', grade: 2 },
      { year: 2023, text: '强化教师待遇保障,营造尊师重教', grade: 2 },
      { year: 2023, text: '重点开展对义务教育教师工资保障', grade: 2 },
      { year: 2020, text: '切实保障教师工资平均收入水平不低于当地公务员', grade: 2 },
      { year: 2024, text: '在荣誉评选、职称推荐和绩效考核等方面对高中教师予以倾斜', grade: 1 },
    ],
  },
  {
    id: 'bullying-prevention',
    query: '怎么防止校园霸凌',
    relevant: [
      { year: 2024, text: '欺凌暴力等关键环节', grade: 2 },
      { year: 2024, text: '校园欺凌等安全风险隐患排查整治', grade: 2 },
      { year: 2025, text: '推进防范学生欺凌专项治理', grade: 2 },
      { year: 2025, text: '完善防学生欺凌和暴力机制', grade: 2 },
    ],
  },
  {
    id: 'drowning',
    query: '孩子夏天下河游泳出事',
    relevant: [
      { year: 2024, text: '防溺水等方面的安全教育', grade: 2 },
      { year: 2024, text: '防溺水安全等重点领域', grade: 2 },
      { year: 2025, text: '健全预防学生溺水工作联防联控机制', grade: 2 },
    ],
  },
  {
    id: 'chores',
    query: '让孩子在学校干点活',
    relevant: [
      { year: 2025, text: '加强劳动教育,组织开展校内日常', grade: 2 },
      { year: 2024, text: '抓好黄色劳动教育', grade: 2 },
      { year: 2024, text: '制定劳动教育启蒙清单', grade: 2 },
      { year: 2024, text: '强化劳动课程落实', grade: 2 },
      { year: 2024, text: '加强和改进劳动教育', grade: 2 },
      { year: 2023, text: '学校劳动教育工作实施方案', grade: 2 },
      { year: 2020, text: '将劳动教育纳入综合素质评价体系', grade: 2 },
      { year: 2024, text: '全省首批中小学劳动教育优质数字资源建设', grade: 1 },
    ],
  },
  {
    id: 'arts',
    query: '学校有没有音乐美术兴趣课',
    relevant: [
      { year: 2024, text: '实施美育浸润计划', grade: 2 },
      { year: 2024, text: '推动师生优秀文艺节目、美术作品', grade: 2 },
      { year: 2024, text: '实施中小学美育浸润行动', grade: 2 },
      { year: 2024, text: '加强和改进美育教育', grade: 2 },
      { year: 2023, text: '加强和改进学校体育美育工作', grade: 2 },
      { year: 2020, text: '1-2项艺术爱好', grade: 2 },
      { year: 2025, text: '组织全市体育、美育竞赛', grade: 1 },
      { year: 2025, text: '开展中小学体育美育改革创新优秀成果展示交流', grade: 1 },
      { year: 2024, text: '推动少年宫社团积极主动参与省市各级艺术赛事', grade: 1 },
    ],
  },
  {
    id: 'private-schools',
    query: '私立学校乱收钱有人管吗',
    relevant: [
      { year: 2025, text: '严厉查处违规招生、违规收费', grade: 2 },
      { year: 2025, text: '推动全市民办中小学校收费账户统一公示', grade: 2 },
      { year: 2020, text: '强力规范民办学校招生与收费行为', grade: 2 },
      { year: 2024, text: '开展规范民办义务教育发展成果巩固年行动', grade: 2 },
      { year: 2023, text: '持续引导规范民办教育发展', grade: 2 },
      { year: 2024, text: '平稳健康发展民办教育', grade: 1 },
      { year: 2025, text: '民办学校办学规范等落实情况', grade: 1 },
      { year: 2023, text: '规范民办义务教育发展等进行专项督导', grade: 1 },
    ],
  },
  {
    id: 'teacher-misconduct',
    query: '老师打骂学生有人管吗',
    relevant: [
      { year: 2023, text: '严肃查处学术不端、有偿补课、违规收受礼品礼金和体罚学生', grade: 2 },
      { year: 2024, text: '对师德失范行为发现一起、严惩一起', grade: 2 },
      { year: 2024, text: '开展清风校园行动,将师德师风建设作为教师评价第一标准', grade: 2 },
      { year: 2025, text: '公布第四批师德警示案例', grade: 2 },
      { year: 2025, text: '开展师德师风警示教育', grade: 2 },
      { year: 2024, text: '持续加强师德师风建设', grade: 1 },
      { year: 2020, text: '将师德师风建设要求贯穿教师管理全过程', grade: 1 },
      { year: 2024, text: '持续推进日常性警示教育', grade: 1 },
    ],
  },
  {
    id: 'primary-enrolment',
    query: '孩子上小学怎么报名',
    relevant: [
      { year: 2025, text: '全面推进教育入学', grade: 2 },
      { year: 2023, text: '全面落实免试就近入学全覆盖', grade: 2 },
      { year: 2020, text: '保障符合条件的随迁子女平等入学', grade: 1 },
      { year: 2024, text: '满足就近入学需求', grade: 1 },
      { year: 2024, text: '组织实施幼儿园入学准备和小学入学适应教育', grade: 1 },
    ],
  },
  {
    id: 'road-safety',
    query: '孩子上学路上的交通安全',
    relevant: [
      { year: 2025, text: '提升完善473所中小学校园周边及内部道路交通安全设施', grade: 2 },
      { year: 2025, text: '校车和学校道路交通安全综合整治', grade: 2 },
      { year: 2024, text: '防溺水安全等重点领域', grade: 1 },
      { year: 2024, text: '筑牢食品安全、校车安全', grade: 2 },
    ],
  },
  {
    id: 'universities',
    query: '本地大学办得怎么样',
    relevant: [
      { year: 2024, text: '优质内涵发展高等教育', grade: 2 },
      { year: 2024, text: '发挥高等教育龙头作用', grade: 2 },
      { year: 2025, text: '推动高等教育能级提升', grade: 2 },
      { year: 2024, text: '加快高等教育服务现代产业体系', grade: 1 },
      { year: 2024, text: '激发高等职业教育创新活力', grade: 1 },
    ],
  },
  {
    id: 'science-interest',
    query: '培养孩子对科学的兴趣',
    relevant: [
      { year: 2025, text: '科学教育体系优化', grade: 2 },
      { year: 2024, text: '打造XX科普教育新高地', grade: 2 },
      { year: 2024, text: '抓好蓝色科技教育', grade: 2 },
      { year: 2024, text: '深化强科培优行动', grade: 1 },
      { year: 2024, text: '做好青少年科教中心科技馆', grade: 2 },
      { year: 2020, text: '建好中小学生科技活动', grade: 2 },
      { year: 2025, text: '举办科学教育成果展示活动', grade: 2 },
    ],
  },
  {
    id: 'strong-help-weak',
    query: '让好学校带一带差学校',
    relevant: [
      { year: 2024, text: '打造全区覆盖、全省辐射、全国知名的集团化办学品牌', grade: 2 },
      { year: 2024, text: '持续推进集团化办学', grade: 2 },
      { year: 2023, text: '推进集团化办学高质量发展', grade: 2 },
      { year: 2025, text: '薄弱学校组建市域义务教育教联体', grade: 2 },
      { year: 2024, text: '带动提升全市县中整体办学水', grade: 1 },
      { year: 2023, text: '开展市直8所公办幼儿园与结队帮扶的12所镇中心幼', grade: 1 },
      { year: 2024, text: '帮助1所薄弱学校', grade: 1 },
    ],
  },
  {
    id: 'corruption',
    query: '教育系统有没有人管贪污',
    relevant: [
      { year: 2020, text: '加强党风廉政体系建设', grade: 2 },
      { year: 2025, text: '做好廉政风险排查与防控', grade: 2 },
      { year: 2023, text: '定期对教育系统党风廉政建设情况进行分析研判', grade: 2 },
      { year: 2024, text: '常态化开展纪律教育和警示教育', grade: 1 },
      { year: 2024, text: '压实全面从严治党主体责任', grade: 1 },
    ],
  },
  {
    id: 'reading',
    query: '让学生多读书',
    relevant: [
      { year: 2024, text: '橙色阅读教育', grade: 2 },
      { year: 2024, text: '深入实施中华经典诵读工程', grade: 1 },
    ],
  },
  {
    id: 'study-trips',
    query: '学校组织孩子出去研学旅行',
    relevant: [
      { year: 2024, text: '开展研学实践教育活动', grade: 2 },
      { year: 2024, text: '建好用好校外育人基地', grade: 2 },
      { year: 2025, text: '加强研学统筹', grade: 2 },
      { year: 2020, text: '认定第四批研学实践基地', grade: 2 },
      { year: 2024, text: '做好省级研学营地、基地和优秀研学课程的推送工作', grade: 1 },
    ],
  },
  {
    id: 'textbooks',
    query: '学生用的课本谁来管',
    relevant: [
      { year: 2024, text: '加强语言文字和教材管理工作', grade: 2 },
      { year: 2024, text: '落实国家《加强教材建设和管理行动计划》', grade: 2 },
      { year: 2023, text: '新课标、新教材、新高考为核心的教学改革', grade: 1 },
    ],
  },
  {
    id: 'ai-classes',
    query: '学校教不教人工智能',
    relevant: [
      { year: 2024, text: '创建全市唯一央馆人工智能课程规模化应用试点区', grade: 2 },
      { year: 2025, text: '数字教育生态重构', grade: 2 },
      { year: 2024, text: '抓好蓝色科技教育', grade: 1 },
      { year: 2024, text: '打造XX科普教育新高地', grade: 1 },
    ],
  },
  {
    id: 'kindergarten-to-primary',
    query: '幼儿园升小学跟不上',
    relevant: [
      { year: 2025, text: '推动幼小科学衔接,全面落实小学', grade: 2 },
      { year: 2024, text: '强化小幼协同', grade: 2 },
      { year: 2024, text: '开展幼儿园“小学化”治理', grade: 2 },
      { year: 2024, text: '深化“中—小—幼”学段衔接', grade: 2 },
      { year: 2023, text: '幼小衔接项目', grade: 1 },
    ],
  },
  {
    id: 'teachers-to-villages',
    query: '城里老师去乡下学校教书',
    relevant: [
      { year: 2024, text: '优化教师交流轮岗机制', grade: 2 },
      { year: 2024, text: '加强乡村学校师资配备', grade: 2 },
      { year: 2020, text: '送课送研到农村学校的机制', grade: 2 },
      { year: 2025, text: '乡村教师补贴政策', grade: 1 },
      { year: 2023, text: '加快补齐乡村教师队伍建设短板', grade: 1 },
    ],
  },
  {
    id: 'mandarin',
    query: '推广说普通话',
    relevant: [
      { year: 2024, text: '组织开展第27届全国推广普通话宣传周', grade: 2 },
      { year: 2024, text: '加强语言文字和教材管理工作', grade: 2 },
      { year: 2024, text: '全面加强语言文字工作', grade: 2 },
      { year: 2025, text: '实施国家通用语言文字普及攻坚', grade: 2 },
    ],
  },
  {
    id: 'too-many-exams',
    query: '考试太多了能不能少考几次',
    relevant: [
      { year: 2025, text: '加强各科作业统筹,控制作业总量', grade: 2 },
      { year: 2024, text: '加强教学常规管理、作业和考试管理', grade: 2 },
      { year: 2024, text: '加强考试命题研究,做好教考衔接', grade: 1 },
    ],
  },
  {
    id: 'new-schools',
    query: '新学校什么时候建好',
    relevant: [
      { year: 2025, text: '有序推进教育项目建设', grade: 2 },
      { year: 2024, text: '加快推进基础设施建设', grade: 2 },
      { year: 2024, text: '加快市直学校项目建设', grade: 2 },
      { year: 2023, text: '一批公办学校新改扩建工程,新增学位超1万个', grade: 2 },
      { year: 2020, text: '充分保障城镇中小学位供给', grade: 1 },
    ],
  },
  {
    id: 'kindergarten-cost',
    query: '上幼儿园太贵了',
    relevant: [
      { year: 2020, text: '发展更多“好而不贵”的幼儿园', grade: 2 },
      { year: 2023, text: '启动幼儿园保教费、高中住宿费等收费调整工作', grade: 2 },
      { year: 2025, text: '引导扶持普惠性民办幼儿园发展', grade: 2 },
      { year: 2023, text: '公办幼儿园和普惠性民办幼儿园占比85%以上', grade: 2 },
      { year: 2024, text: '扩大普惠性学前教育资源供给', grade: 2 },
      { year: 2024, text: '优化普惠性学前教育资源布局与结构', grade: 2 },
      { year: 2025, text: '推动学前教育优质普惠发展', grade: 1 },
      { year: 2024, text: '普及普惠发展学前教育', grade: 1 },
    ],
  },
  {
    id: 'high-school-tuition',
    query: '上高中要不要交学费',
    relevant: [
      { year: 2024, text: '免除普通高中学生学费', grade: 2 },
      { year: 2023, text: '启动幼儿园保教费、高中住宿费等收费调整工作', grade: 1 },
    ],
  },
  {
    id: 'principals',
    query: '怎么选出好校长',
    relevant: [
      { year: 2025, text: '加强校长队伍建设', grade: 2 },
      { year: 2024, text: '实施“经纬三名(名校长、名师、名班主任)”培养工程', grade: 2 },
      { year: 2024, text: '开展名教师、名校长', grade: 2 },
      { year: 2020, text: '完善培养方式,为校长教师赋能', grade: 2 },
      { year: 2024, text: '强化教师能力素质提升', grade: 1 },
      { year: 2024, text: '推进党组织领导的校长负责制建设', grade: 1 },
    ],
  },
  {
    id: 'political-lessons',
    query: '学生的思想品德课',
    relevant: [
      { year: 2025, text: '提升思想政治教育水平', grade: 2 },
      { year: 2024, text: '完善大中小学思政课一体化建设', grade: 2 },
      { year: 2024, text: '加强思政课建设', grade: 2 },
      { year: 2024, text: '强化德育教育', grade: 2 },
      { year: 2024, text: '持续加强大思政体系建设', grade: 2 },
      { year: 2020, text: '拓展思政工作广度深度', grade: 2 },
      { year: 2023, text: '坚持将立德树人贯穿学校教育教学全过程', grade: 2 },
    ],
  },
  {
    id: 'law-lessons',
    query: '给学生讲法律知识',
    relevant: [
      { year: 2024, text: '深入开展法治教育,扎实推进义务教育阶段学校“宪法晨读”工作', grade: 2 },
      { year: 2025, text: '开展第九届全市学生“学宪法 讲宪法”比赛', grade: 2 },
      { year: 2024, text: '推进习近平法治思想进教材进课程', grade: 1 },
    ],
  },
  {
    id: 'school-surroundings',
    query: '学校门口的小摊小贩和网吧',
    relevant: [
      { year: 2025, text: '校园及周边综合治理', grade: 2 },
      { year: 2024, text: '推动校园及周边环境隐患整治规范化', grade: 2 },
    ],
  },
  {
    id: 'school-inspection',
    query: '学校办得好不好谁来检查',
    relevant: [
      { year: 2025, text: '强化教育督导评估', grade: 2 },
      { year: 2024, text: '强化教育督导评估工作', grade: 2 },
      { year: 2024, text: '提高教育督导质效', grade: 2 },
      { year: 2024, text: '巩固提升我市教育督导', grade: 2 },
      { year: 2024, text: '加强教育督导', grade: 1 },
      { year: 2024, text: '发挥督导利剑作用', grade: 1 },
      { year: 2024, text: '持续推进新时代教育督导体制机制改革', grade: 1 },
      { year: 2025, text: '督导评估模式升级', grade: 2 },
      { year: 2023, text: '着力推进教育综合督导工作', grade: 2 },
    ],
  },
  {
    id: 'football',
    query: '学生踢足球',
    relevant: [
      { year: 2025, text: '培育一批足球、网球、艺术特色学校', grade: 2 },
      { year: 2023, text: '继续发展足球、篮球、排球三大球', grade: 2 },
    ],
  },
  {
    id: 'teacher-training',
    query: '老师平时有没有培训学习',
    relevant: [
      { year: 2023, text: '优化培训培养方法', grade: 2 },
      { year: 2024, text: '强化教师能力素质提升', grade: 2 },
      { year: 2024, text: '实施名优教师培养工程', grade: 2 },
      { year: 2024, text: '组织项目素养专题培训', grade: 2 },
      { year: 2024, text: '组织教师跟岗培训', grade: 1 },
      { year: 2020, text: '完善培养方式,为校长教师赋能', grade: 1 },
    ],
  },
  {
    id: 'campus-network',
    query: '学校电脑系统被黑客攻击',
    relevant: [
      { year: 2024, text: '筑牢网络安全防线', grade: 2 },
      { year: 2025, text: '网络安全预警监', grade: 2 },
    ],
  },
  {
    id: 'phone-rules',
    query: '学生带手机进校园管不管',
    relevant: [
      { year: 2025, text: '持续抓好中小学生“五项管理”', grade: 2 },
      { year: 2023, text: '持续做好“六项管理”专项督导', grade: 1 },
    ],
  },
]
