import { describe, expect, it } from 'vitest'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import { defaultVocabulary, expandQuery, officialAlternatives, parsePlanTerms, parseVocabulary, semanticQueryText } from './everyday-vocabulary.js'
import { parseQuery } from './parse-query.js'

const tokenizer = createSegmenter()

describe('everyday vocabulary', () => {
  it('reads one entry a line, comments and blank lines ignored', () => {
    expect([...parseVocabulary('# 注释\n课本 教材\n\n学费 收费 资助  # 两个\n')]).toEqual([
      ['课本', ['教材']],
      ['学费', ['收费', '资助']],
    ])
  })

  it('widens the words of a question with the words the plans use, for 学校能不能收补课费', () => {
    const query = expandQuery(parseQuery('学校能不能收补课费', tokenizer), defaultVocabulary())
    expect(query.groups).toEqual([[{ kind: 'words', text: '学校能不能收补课费', words: ['学校', '收', '补课费', '有偿补课', '违规补课', '补课'], standsFor: { 有偿补课: '补课费', 违规补课: '补课费', 补课: '补课费' } }]])
    expect(query.highlight).toContain('违规补课')
  })

  it('widens a one-character everyday word only where it is the whole word (贵 not in 贵州, 累 not in 积累); 太贵 is an entry of its own', () => {
    const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : []))
    expect(words('贵州的学校怎么积累办学经验')).not.toEqual(expect.arrayContaining(['收费']))
    expect(words('贵州的学校怎么积累办学经验')).not.toEqual(expect.arrayContaining(['减负']))
    expect(words('上学太贵了')).toEqual(expect.arrayContaining(['收费']))
  })

  it('does not widen a term of the plans by an everyday word inside it: 网络安全 holds 网络 but stays 网络安全, while 网络 alone and 网络课 widen', () => {
    const phrases = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary(), { phrases: true }).groups.flat().map((t) => (t.kind === 'phrase' ? t.match : t.words.join(' ')))
    expect(phrases('网络安全')).toEqual(['网络安全'])
    expect(phrases('网络')).toEqual(['网络', '信息化', '数字化'])
    expect(phrases('网络课')).toEqual(['网络课', '信息化', '数字化'])
  })

  it('reads the plans\' terms from the segmenter\'s dictionary lines, the term first', () => {
    expect([...parsePlanTerms('# 注释\n网络安全 2000 nz\n\n双减 3000\n')]).toEqual(['网络安全', '双减'])
  })

  it('leaves exact phrases exact in keyword mode: 补课 and "课本费" are not widened', () => {
    for (const q of ['补课', '"孩子的课本费太贵"']) {
      const typed = parseQuery(q, tokenizer)
      expect(expandQuery(typed, defaultVocabulary())).toEqual(typed)
    }
  })

  it('embeds 学校能不能收补课费 with the official words appended, for the model to meet the plans\' wording', () => {
    const typed = parseQuery('学校能不能收补课费', tokenizer)
    expect(semanticQueryText(typed, expandQuery(typed, defaultVocabulary()))).toBe('学校能不能收补课费 有偿补课 违规补课')
  })

  it('embeds a question without everyday words, and a quoted phrase, as typed', () => {
    for (const q of ['义务教育优质均衡', '"孩子的课本费太贵"']) {
      const typed = parseQuery(q, tokenizer)
      expect(semanticQueryText(typed, expandQuery(typed, defaultVocabulary()))).toBe(q)
    }
  })

  it('embeds a term typed alone with a particle as the phrase the parser searches: 课后服务呢 as 课后服务, 双减吗 as 双减', () => {
    const embedded = (q: string) => {
      const typed = parseQuery(q, tokenizer)
      return semanticQueryText(typed, expandQuery(typed, defaultVocabulary()))
    }
    expect(embedded('课后服务呢')).toBe('课后服务')
    expect(embedded('双减吗')).toBe('双减')
    expect(embedded('课后服务啊？')).toBe('课后服务')
    // Words beside the term are read with it, a phrase typed whole and a question of several words as typed.
    expect(embedded('有没有午托')).toBe('有没有午托')
    expect(embedded('说到做到')).toBe('说到做到')
    expect(embedded('双减政策吗')).toBe('双减政策吗')
  })

  it('widens a short unquoted everyday word into an OR of phrases where asked (hybrid mode): 霸凌 | 欺凌', () => {
    const typed = parseQuery('霸凌', tokenizer)
    const loose = expandQuery(typed, defaultVocabulary(), { phrases: true })
    expect(loose.groups).toEqual([[
      { kind: 'phrase', text: '霸凌', match: '霸凌' },
      { kind: 'phrase', text: '欺凌', match: '欺凌' },
    ]])
    expect(semanticQueryText(typed, loose)).toBe('霸凌 欺凌')
    const quoted = parseQuery('"霸凌"', tokenizer)
    expect(expandQuery(quoted, defaultVocabulary(), { phrases: true })).toEqual(quoted)
  })

  it('widens an everyday word typed beside its official word (霸凌 欺凌, 人工智能 AI): 霸凌 | 欺凌 and 欺凌, not 霸凌 and 欺凌', () => {
    const phrase = (w: string) => ({ kind: 'phrase', text: w, match: w })
    const bullying = expandQuery(parseQuery('霸凌 欺凌', tokenizer), defaultVocabulary(), { phrases: true })
    expect(bullying.groups).toEqual([[phrase('霸凌'), phrase('欺凌')], [phrase('欺凌')]])
    const ai = expandQuery(parseQuery('人工智能 AI', tokenizer), defaultVocabulary(), { phrases: true })
    expect(ai.groups).toEqual([[phrase('人工智能')], [{ kind: 'phrase', text: 'AI', match: 'ai' }, phrase('人工智能')]])
    expect(ai.highlight).toEqual(['人工智能', 'ai'])
  })

  it('widens the admission and care words parents type (午托, 摇号, 划片, 学区房) by the plans\' own (托管, 派位, 就近入学)', () => {
    const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : []))
    expect(words('学校有没有午托')).toEqual(['学校', '午托', '课后服务', '托管', '午餐'])
    expect(words('民办学校摇号')).toEqual(['民办学校', '摇号', '派位', '公民同招', '招生入学'])
    expect(officialAlternatives(parseQuery('学区房', tokenizer), defaultVocabulary())).toEqual(['划片', '就近入学', '招生入学', '学位'])
    expect(officialAlternatives(parseQuery('划片', tokenizer), defaultVocabulary())).toEqual(['就近入学', '招生入学'])
  })

  it('widens the fee and safeguarding words of a parent\'s question (学杂费, 书本费, 红包, 务工) by the plans\' own (收费, 教材, 师德, 随迁子女)', () => {
    const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : []))
    expect(words('学杂费和书本费要交吗')).toEqual(['学杂费', '书本费', '要交', '收费', '资助', '教材'])
    expect(words('老师收红包')).toEqual(['老师', '收', '红包', '教师', '师德', '违规收受'])
    expect(words('外来务工子女上学')).toEqual(['外来', '务工', '子女', '上学', '随迁子女', '入学', '就学'])
  })

  it('searches a short word of distress or of school closures as the plans write it in hybrid mode: 自杀 | 心理危机 | 心理健康, 撤点并校 | 布局调整 | 撤并', () => {
    const typed = parseQuery('孩子想自杀', tokenizer)
    expect(expandQuery(typed, defaultVocabulary(), { phrases: true }).groups).toEqual([[
      { kind: 'phrase', text: '孩子想自杀', match: '自杀' },
      { kind: 'phrase', text: '心理危机', match: '心理危机' },
      { kind: 'phrase', text: '心理健康', match: '心理健康' },
    ]])
    expect(semanticQueryText(typed, expandQuery(typed, defaultVocabulary(), { phrases: true }))).toBe('孩子想自杀 心理危机 心理健康')
    expect(officialAlternatives(parseQuery('撤点并校', tokenizer), defaultVocabulary())).toEqual(['布局调整', '撤并'])
  })

  it('offers the plans\' words for the ones a kindergarten parent types: 入园难 → 普惠 学位, 学前班 → 幼小衔接 小学化', () => {
    expect(officialAlternatives(parseQuery('入园难', tokenizer), defaultVocabulary())).toEqual(['普惠', '学位'])
    expect(officialAlternatives(parseQuery('学前班', tokenizer), defaultVocabulary())).toEqual(['幼小衔接', '小学化'])
  })

  it('widens 骂 only where it is the whole word (老师骂学生), not inside 辱骂', () => {
    const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : []))
    expect(words('老师骂学生')).toEqual(expect.arrayContaining(['师德', '体罚']))
    expect(officialAlternatives(parseQuery('辱骂', tokenizer), defaultVocabulary())).toEqual([])
  })

  it('offers the plans\' Chinese for Latin abbreviations a question is typed with: K12, VR教学, PTA', () => {
    expect(officialAlternatives(parseQuery('K12', tokenizer), defaultVocabulary())).toEqual(['基础教育', '中小学'])
    expect(officialAlternatives(parseQuery('VR教学', tokenizer), defaultVocabulary())).toEqual(['虚拟现实', '数字化', '智慧教育'])
    expect(officialAlternatives(parseQuery('PTA', tokenizer), defaultVocabulary())).toEqual(['家委会', '家校'])
  })

  it('offers the official words of a keyword query\'s unquoted everyday phrases, not of quoted ones', () => {
    expect(officialAlternatives(parseQuery('视力', tokenizer), defaultVocabulary())).toEqual(['近视'])
    expect(officialAlternatives(parseQuery('霸凌 手机', tokenizer), defaultVocabulary())).toEqual(['欺凌', '五项管理', '电子产品'])
    expect(officialAlternatives(parseQuery('"视力"', tokenizer), defaultVocabulary())).toEqual([])
  })

  it('offers the plans\' words for internet slang and English a parent types: 鸡娃, 牛娃, 小胖墩, PE课, 老师996, KPI', () => {
    expect(officialAlternatives(parseQuery('鸡娃', tokenizer), defaultVocabulary())).toEqual(['校外培训', '减负', '家庭教育'])
    expect(officialAlternatives(parseQuery('小胖墩', tokenizer), defaultVocabulary())).toEqual(['肥胖', '体质'])
    expect(officialAlternatives(parseQuery('PE课', tokenizer), defaultVocabulary())).toEqual(['体育'])
    expect(officialAlternatives(parseQuery('老师996', tokenizer), defaultVocabulary())).toEqual(['教师', '负担', '减负'])
    const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : []))
    expect(words('牛娃怎么培养')).toEqual(['牛娃', '培养', '拔尖创新', '创新人才'])
    expect(words('老师的KPI考核')).toEqual(['老师', 'kpi', '考核', '教师', '绩效'])
  })

  it('reads a stage\'s entrance run into the word before it as the word it is: 明年幼升小 searches 幼升小, widened by 幼小衔接 入学', () => {
    const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : []))
    expect(words('孩子明年幼升小要摇号吗')).toEqual(['幼升小', '要摇号', '幼小衔接', '入学', '派位', '公民同招', '招生入学', '摇号'])
  })

  it('widens the spoken words of a dialect question: 娃儿读书要好多钱 asks about 学生 and 收费, 孩子上学远咋弄 about 就近入学', () => {
    const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : []))
    expect(words('娃儿读书要好多钱')).toEqual(['娃儿', '读书', '好多钱', '学生', '儿童', '阅读', '收费'])
    expect(words('孩子上学远咋弄')).toEqual(['上学', '远', '入学', '就学', '就近入学'])
  })

  it('searches the university labels a question is typed with as the plans write them: 双一流建设, 985和211', () => {
    const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : []))
    expect(words('双一流建设')).toEqual(['双一流', '建设', '一流大学', '一流学科', '高等教育'])
    expect(officialAlternatives(parseQuery('985和211', tokenizer), defaultVocabulary())).toEqual(['高等教育', '一流大学', '高校'])
  })

  it('widens a Latin everyday word only where it stands whole: pe课 and ai教育 widen, peixun and training do not', () => {
    expect(officialAlternatives(parseQuery('teacher training', tokenizer), defaultVocabulary())).toEqual(['教师'])
    expect(officialAlternatives(parseQuery('jiaoshi peixun', tokenizer), defaultVocabulary())).toEqual([])
    expect(officialAlternatives(parseQuery('ai教育', tokenizer), defaultVocabulary())).toEqual(['人工智能'])
    expect(officialAlternatives(parseQuery('PE课', tokenizer), defaultVocabulary())).toEqual(['体育'])
  })

  it('offers the plans\' words for a question typed in English: mental health → 心理健康, teacher salary → 待遇 工资 教师', () => {
    expect(officialAlternatives(parseQuery('mental health', tokenizer), defaultVocabulary())).toEqual(['心理健康'])
    expect(officialAlternatives(parseQuery('teacher salary', tokenizer), defaultVocabulary())).toEqual(['待遇', '工资', '教师'])
    expect(officialAlternatives(parseQuery('特教', tokenizer), defaultVocabulary())).toEqual(['特殊教育'])
  })

  it('searches a quantity typed in Chinese numerals as the plans write it too: 课间十分钟能不能出教室 also searches 10分钟; 十四五 stays', () => {
    const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : []))
    // 教室 is not widened by 办学条件 设施 here: that entry is for the state of the room (everyday-vocabulary-contexts.test.ts).
    expect(words('课间十分钟能不能出教室')).toEqual(['课间', '十分钟', '出', '教室', '10分钟'])
    expect(expandQuery(parseQuery('新建六所', tokenizer), defaultVocabulary(), { phrases: true }).groups).toEqual([
      [
        { kind: 'phrase', text: '新建六所', match: '新建六所' },
        { kind: 'phrase', text: '新建6所', match: '新建6所' },
      ],
    ])
    expect(expandQuery(parseQuery('十四五', tokenizer), defaultVocabulary(), { phrases: true }).groups).toEqual([[{ kind: 'phrase', text: '十四五', match: '十四五' }]])
  })

  it('searches a training centre that closed with the fees paid as the plans write it: 机构倒闭了 → 资金监管 校外培训', () => {
    const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : []))
    expect(words('培训机构倒闭了能退费吗')).toEqual(['培训', '机构', '倒闭', '退费', '资金监管', '校外培训', '收费'])
  })

  it('offers the plans\' terms for the short forms a researcher types: 义教 → 义务教育 (not 爱国主义教育), 课改, 幼教, 普惠园, 民转公, 教共体', () => {
    const offered = (q: string) => officialAlternatives(parseQuery(q, tokenizer), defaultVocabulary())
    expect(offered('义教')).toEqual(['义务教育'])
    expect(offered('课改')).toEqual(['课堂教学改革', '教学改革', '课程改革'])
    expect(offered('幼教')).toEqual(['学前教育', '幼儿园'])
    expect(offered('普惠园')).toEqual(['普惠性', '幼儿园'])
    expect(offered('民转公')).toEqual(['公办', '民办'])
    expect(offered('教共体')).toEqual(['集团化办学'])
    const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : []))
    expect(words('义教怎么均衡')).toEqual(['义教', '均衡', '义务教育'])
  })

  it('offers the plans\' words for admission, fitness, meals and screens: 掐尖招生, 体测, 营养午餐, 电子产品, 网瘾', () => {
    const offered = (q: string) => officialAlternatives(parseQuery(q, tokenizer), defaultVocabulary())
    expect(offered('掐尖招生')).toEqual(['公民同招', '违规招生', '招生'])
    expect(offered('体测')).toEqual(['体质健康', '体质'])
    expect(offered('营养午餐')).toEqual(['校园餐', '营养餐', '中餐', '营养改善', '午餐'])
    expect(offered('电子产品')).toEqual(['手机', '五项管理'])
    expect(offered('网瘾')).toEqual(['沉迷', '网络游戏', '五项管理', '手机'])
  })

  it('searches a teacher\'s allowance as the plans write pay: 班主任津贴提高了吗 also searches 待遇 补贴', () => {
    const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : []))
    expect(words('班主任津贴提高了吗')).toEqual(['班主任', '津贴', '提高', '待遇', '补贴'])
  })

  it('searches a child hit at school as the plans write it: 孩子在学校被同学打了找谁 also searches 欺凌 体罚, 打造 does not', () => {
    const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : []))
    expect(words('孩子在学校被同学打了找谁')).toEqual(['学校', '同学', '打', '欺凌', '体罚'])
    expect(words('打造教育强市')).toEqual(['打造', '教育强市'])
  })

  it('searches 打 as hitting only where it strikes someone: 老师打学生 also searches 欺凌 体罚, 学生要打疫苗吗 does not', () => {
    const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : []))
    expect(words('老师打学生')).toEqual(['老师', '打', '学生', '教师', '欺凌', '体罚'])
    expect(words('同学打我怎么办')).toEqual(['同学', '打', '欺凌', '体罚'])
    expect(words('学生要打疫苗吗')).toEqual(['学生', '打', '疫苗', '预防接种', '卫生'])
    expect(words('学校给孩子打疫苗收费吗')).toEqual(['学校', '打', '疫苗', '收费', '预防接种', '卫生'])
  })

  it('widens a parent who asks only where nothing else is named: 家长怎么配合学校管孩子 → 家校, 家长能不能去学校食堂看看 → 食品安全 only', () => {
    const words = (q: string) => expandQuery(parseQuery(q, tokenizer), defaultVocabulary()).groups.flat().flatMap((t) => (t.kind === 'words' ? t.words : []))
    expect(words('家长怎么配合学校管孩子')).toEqual(['家长', '配合', '学校', '家庭教育', '家校'])
    expect(words('家长能不能去学校食堂看看')).toEqual(['家长', '学校食堂', '食品安全', '校园餐', '食堂'])
    expect(words('家长要不要交学费')).toEqual(['家长', '交学费', '收费', '资助', '学费'])
  })
})
