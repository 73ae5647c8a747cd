import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeForMatch } from '../../indexer/normalize.js'
import { createSegmenter } from '../../indexer/segment/segmenter.js'
import type { ParsedQuery, QueryTerm } from '../engine/types.js'
import { parseQuery, queryLimits } from './parse-query.js'

const tokenizer = createSegmenter()
const parse = (raw: string): ParsedQuery => parseQuery(raw, tokenizer)
const phrase = (text: string, match = text): QueryTerm => ({ kind: 'phrase', text, match })

describe('parseQuery', () => {
  it('searches a short Chinese term as an exact phrase', () => {
    expect(parse('双减')).toEqual({ raw: '双减', groups: [[phrase('双减')]], exclude: [], highlight: ['双减'] })
  })

  it('searches a dictionary term longer than four characters as a phrase', () => {
    expect(parse('集团化办学').groups).toEqual([[phrase('集团化办学')]])
  })

  it('treats straight, curly and corner quotes alike', () => {
    const expected = [[phrase('双减')]]
    expect(parse('"双减"').groups).toEqual(expected)
    expect(parse('“双减”').groups).toEqual(expected)
    expect(parse('「双减」').groups).toEqual(expected)
  })

  it('keeps mixed Latin, digits and Chinese in a quoted phrase', () => {
    expect(parse('"K15" "1530" "十五五" "2025年"').groups).toEqual([
      [phrase('K15', 'k15')],
      [phrase('1530')],
      [phrase('十五五')],
      [phrase('2025年')],
    ])
  })

  it('reads words typed in English as one question, not terms each required: mental health, teacher salary; K15 1530 stay two', () => {
    expect(parse('mental health').groups).toEqual([[phrase('mental health')]])
    expect(parse('Teacher  Salary').groups).toEqual([[phrase('Teacher Salary', 'teacher salary')]])
    expect(parse('after school service').groups).toEqual([[phrase('after school service')]])
    expect(parse('school bullying prevention policy').groups).toEqual([[phrase('school bullying prevention policy')]])
    expect(parse('K15 1530').groups).toEqual([[phrase('K15', 'k15')], [phrase('1530')]])
    expect(parse('after OR before').groups).toEqual([[phrase('after'), phrase('before')]])
    expect(parse('health -mental')).toMatchObject({ groups: [[phrase('health')]], exclude: [phrase('mental')] })
  })

  it('searches a query pasted with its markup as the text the page showed: <b>双减</b> is the phrase 双减', () => {
    expect(parse('<b>双减</b>').groups).toEqual([[phrase('双减')]])
    expect(parse('<p>双减</p><p>课后服务</p>').groups).toEqual([[phrase('双减')], [phrase('课后服务')]])
  })

  it('searches Latin and digits without quotes as a phrase, counting only Chinese characters toward the limit', () => {
    expect(parse('K15').groups).toEqual([[phrase('K15', 'k15')]])
    expect(parse('2025年').groups).toEqual([[phrase('2025年')]])
  })

  it('drops a question particle or filler typed at the edge of a short term: 双减吗, 有校车吗, 近视措施, 请问双减', () => {
    expect(parse('双减吗').groups).toEqual([[phrase('双减')]])
    expect(parse('有校车吗').groups).toEqual([[phrase('校车')]])
    expect(parse('近视措施').groups).toEqual([[phrase('近视')]])
    expect(parse('请问双减').groups).toEqual([[phrase('双减')]])
    expect(parse('雙減嗎').groups).toEqual([[phrase('雙減', '双减')]])
  })

  it('keeps a short term whole when nothing but a filler or one character would be left, or when the filler is inside it', () => {
    expect(parse('要求').groups).toEqual([[phrase('要求')]])
    expect(parse('我的').groups).toEqual([[phrase('我的')]])
    expect(parse('"双减吗"').groups).toEqual([[phrase('双减吗')]])
    expect(parse('以赛促学').groups).toEqual([[phrase('以赛促学')]])
  })

  it('reads an A-not-A question as A: 收不收费 is 收费, 贵不贵 adds 贵, 能不能 and 有没有 go whole', () => {
    expect(parse('收不收费').groups).toEqual([[phrase('收费')]])
    expect(parse('有没有午托').groups).toEqual([[phrase('有没有午托', '午托')]])
    expect(parse('幼儿园收费贵不贵').groups).toEqual([[{ kind: 'words', text: '幼儿园收费贵不贵', words: ['幼儿园', '收费', '贵'] }]])
    expect(parse('学校能不能收补课费').groups).toEqual([[{ kind: 'words', text: '学校能不能收补课费', words: ['学校', '收', '补课费'] }]])
    expect(parse('可不可以带手机').groups).toEqual([[{ kind: 'words', text: '可不可以带手机', words: ['带', '手机'] }]])
    expect(parse('孩子在学校吃饭安不安全').groups).toEqual([[{ kind: 'words', text: '孩子在学校吃饭安不安全', words: ['学校', '吃饭', '安全'] }]])
  })

  it('keeps A apart from the word before it, and a quoted or bare A-not-A as typed', () => {
    expect(parse('钱够不够').groups).toEqual([[{ kind: 'words', text: '钱够不够', words: ['钱', '够'] }]])
    expect(parse('"难不难"').groups).toEqual([[phrase('难不难')]])
    expect(parse('是不是').groups).toEqual([[phrase('是不是')]])
  })

  it('drops a term of stopwords alone beside other terms, and searches it when it is all there is', () => {
    expect(parse('对比 和 双减').groups).toEqual([[phrase('双减')]])
    expect(parse('双减 的 政策').groups).toEqual([[phrase('双减')]])
    expect(parse('政策').groups).toEqual([[phrase('政策')]])
    expect(parse('双减 "的"').groups).toEqual([[phrase('双减')], [phrase('的')]])
    expect(parse('双减 -的').exclude).toEqual([phrase('的')])
  })

  it('reads which places (哪些城市, 几个地方, 各个省市) as asking, not as words to find', () => {
    expect(parse('哪些城市提到了人工智能').groups).toEqual([[phrase('哪些城市提到了人工智能', '人工智能')]])
    expect(parse('有几个地方提到县中振兴').groups).toEqual([[phrase('有几个地方提到县中振兴', '县中振兴')]])
    expect(parse('各个省市的双减').groups).toEqual([[phrase('各个省市的双减', '双减')]])
    expect(parse('有多少市民参加').groups).toEqual([[{ kind: 'words', text: '有多少市民参加', words: ['市民', '参加'] }]])
    expect(parse('城市学校扩容').groups).toEqual([[{ kind: 'words', text: '城市学校扩容', words: ['城市', '学校', '扩容'] }]])
  })

  it('reads the places asked for after what they do as asking: 提到双减的城市有哪些 searches 双减, 开展课后服务的地方有几个 开展 课后服务, but 农村地区有多少留守儿童 keeps 地区', () => {
    expect(parse('提到双减的城市有哪些').groups).toEqual([[phrase('提到双减的城市有哪些', '双减')]])
    expect(parse('开展课后服务的地方有几个').groups).toEqual([[{ kind: 'words', text: '开展课后服务的地方有几个', words: ['开展', '课后服务'] }]])
    expect(parse('农村地区有多少留守儿童').groups).toEqual([[{ kind: 'words', text: '农村地区有多少留守儿童', words: ['农村', '地区', '留守儿童'] }]])
  })

  it('segments longer free text into words, dropping stopwords', () => {
    const parsed = parse('全面推进科学教育和劳动实践')
    expect(parsed.groups).toHaveLength(1)
    const term = parsed.groups[0][0]
    expect(term.kind).toBe('words')
    if (term.kind !== 'words') return
    expect(term.text).toBe('全面推进科学教育和劳动实践')
    expect(term.words).not.toContain('和')
    expect(term.words.join('')).toBe('全面推进科学教育劳动实践')
  })

  it('excludes a term written with a leading minus', () => {
    const parsed = parse('课后服务 -托管')
    expect(parsed.groups).toEqual([[phrase('课后服务')]])
    expect(parsed.exclude).toEqual([phrase('托管')])
  })

  it('excludes longer text as one phrase, not word by word', () => {
    expect(parse('课后服务 -课后托管服务质量').exclude).toEqual([phrase('课后托管服务质量')])
  })

  it('widens with OR and with a bar, and ANDs terms separated by spaces', () => {
    expect(parse('双减 OR 减负').groups).toEqual([[phrase('双减'), phrase('减负')]])
    expect(parse('双减|减负 作业').groups).toEqual([[phrase('双减'), phrase('减负')], [phrase('作业')]])
    expect(parse('双减，作业').groups).toEqual([[phrase('双减')], [phrase('作业')]])
  })

  it('excludes the term after NOT as a minus does: 双减 NOT 校外培训 is 双减 -校外培训; NOT alone, last or lower-case is a word', () => {
    expect(parse('双减 NOT 校外培训')).toEqual({ ...parse('双减 -校外培训'), raw: '双减 NOT 校外培训' })
    expect(parse('NOT "课后服务" 托管').exclude).toEqual([phrase('课后服务')])
    expect(parse('NOT 双减')).toMatchObject({ groups: [], exclude: [phrase('双减')] })
    expect(parse('双减 NOT').groups).toEqual([[phrase('双减')], [phrase('NOT', 'not')]])
    expect(parse('双减 NOTE').groups).toEqual([[phrase('双减')], [phrase('NOTE', 'note')]])
  })

  it('does not read a lower-case or as an operator: it is a stopword beside the other terms, all of them required', () => {
    expect(parse('双减 or 减负').groups).toEqual([[phrase('双减')], [phrase('减负')]])
  })

  it('normalises traditional characters and full-width letters for matching, keeping the typed text', () => {
    expect(parse('雙減').groups).toEqual([[phrase('雙減', '双减')]])
    expect(parse('Ｋ１５').groups).toEqual([[phrase('Ｋ１５', 'k15')]])
  })

  it('lists highlight strings longest first', () => {
    expect(parse('双减 课后服务 OR 托管').highlight).toEqual(['课后服务', '双减', '托管'])
  })

  it('gives an empty query with a reason for punctuation only', () => {
    const parsed = parse('，。！？“”')
    expect(parsed.groups).toEqual([])
    expect(parsed.emptyReason).toMatch(/标点/)
  })

  it('gives an empty query with a reason for stopwords only', () => {
    const parsed = parse('的的的的的和和和')
    // Eight characters of stopwords: free text, every word dropped.
    expect(parsed.groups).toEqual([])
    expect(parsed.emptyReason).toMatch(/虚词/)
  })

  it('gives no reason for a blank query', () => {
    expect(parse('   ')).toEqual({ raw: '   ', groups: [], exclude: [], highlight: [] })
  })

  it('reads FTS5 syntax as plain text', () => {
    expect(parse('双减 AND "作业').groups).toEqual([[phrase('双减')], [phrase('作业')]])
    expect(parse('"AND"').groups).toEqual([[phrase('AND', 'and')]])
    expect(parse('双减* ^作业').groups).toEqual([[phrase('双减')], [phrase('作业')]])
    expect(parse('(双减)').groups).toEqual([[phrase('双减')]])
  })

  it('closes an unbalanced quote at the end of the input', () => {
    expect(parse('"课后服务 质量').groups).toEqual([[phrase('课后服务 质量')]])
  })

  it('drops control characters and emoji-only terms', () => {
    expect(parse('双\u0000减\u200b 😀').groups).toEqual([[phrase('双减')]])
  })

  it('caps a 10 000 character query at the term limit', () => {
    const parsed = parse('双减 '.repeat(5000))
    expect(parsed.groups.length).toBeLessThanOrEqual(queryLimits.maxTerms)
    expect(parsed.groups[0]).toEqual([phrase('双减')])
  })

  it('says why a query of markup alone finds nothing: <A>, <b></b>', () => {
    for (const raw of ['<A>', '<b></b>']) {
      expect(parse(raw)).toMatchObject({ groups: [], exclude: [], emptyReason: '查询只包含网页标记（如 <b>、<p>），没有可搜索的文字，请输入词语，例如 双减。' })
    }
  })

  it('never throws and yields clean normalised phrases for any input', () => {
    const alphabet = fc.constantFrom(...'双减课后服务"“”「」-|OR ()*:^，。\u0000\u0007😀Ｋ15雙')
    const input = fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 40 }))
    fc.assert(
      fc.property(input, (raw) => {
        const parsed = parse(raw)
        const phrases = [...parsed.groups.flat(), ...parsed.exclude]
        for (const term of phrases) {
          const strings = term.kind === 'phrase' ? [term.match] : term.words
          for (const s of strings) {
            expect(s.length).toBeGreaterThan(0)
            expect(normalizeForMatch(s)).toBe(s)
            expect(s).not.toMatch(/[\p{Cc}\p{Cf}]/u)
          }
        }
        if (parsed.groups.length === 0 && parsed.exclude.length === 0 && raw.trim() !== '') {
          // Either nothing typed survived cleaning, or the parser says why.
          expect(parsed.emptyReason !== undefined || raw.replace(/[\p{Cc}\p{Cf}\s]/gu, '') === '').toBe(true)
        }
      }),
      { numRuns: 2000 },
    )
  })
})

describe('parseQuery on everyday questions', () => {
  const words = (text: string, ws: string[]): QueryTerm => ({ kind: 'words', text, words: ws })

  it('searches a topic and the figure asked of it as words, the figure whole with its unit: 睡眠10小时, 课间15分钟', () => {
    expect(parse('睡眠10小时').groups).toEqual([[words('睡眠10小时', ['睡眠', '10小时'])]])
    expect(parse('课间15分钟').groups).toEqual([[words('课间15分钟', ['课间', '15分钟'])]])
    expect(parse('50%的学生').groups).toEqual([[words('50%的学生', ['50%', '学生'])]])
    // A figure alone, a date or a year, and a name with digits stay one phrase.
    expect(parse('2小时').groups).toEqual([[phrase('2小时')]])
    expect(parse('2025年双减').groups).toEqual([[phrase('2025年双减')]])
    expect(parse('35中').groups).toEqual([[phrase('35中')]])
  })

  it('drops a greeting and polite openings: 您好，我想问一下特殊教育学校招生 searches 特殊教育 学校 招生 and nothing else', () => {
    expect(parse('您好，我想问一下特殊教育学校招生').groups).toEqual([[words('我想问一下特殊教育学校招生', ['特殊教育', '学校', '招生'])]])
    expect(parse('麻烦问一下学校食堂怎么管理').groups).toEqual([[words('麻烦问一下学校食堂怎么管理', ['学校食堂', '管理'])]])
    // Said short (问下, the segmenter's one word) or as 打听: 问下 was searched beside the topic, required where it stood apart.
    expect(parse('麻烦问下学校食堂怎么管理').groups).toEqual([[words('麻烦问下学校食堂怎么管理', ['学校食堂', '管理'])]])
    expect(parse('打听一下学前教育').groups).toEqual([[phrase('打听一下学前教育', '学前教育')]])
  })

  it('searches the clauses of one question as its words: 我家孩子上初二，学校每天布置的作业太多了 does not require 初二 of every clause', () => {
    expect(parse('我家孩子上初二，学校每天布置的作业太多了').groups).toEqual([
      [words('我家孩子上初二，学校每天布置的作业太多了', ['初二', '学校', '每天', '布置', '作业', '太多'])],
    ])
  })

  it('keeps short terms listed with ， or 、 or spaces as terms every clause must have', () => {
    const expected = [[phrase('双减')], [phrase('课后服务')]]
    expect(parse('双减，课后服务').groups).toEqual(expected)
    expect(parse('双减、课后服务').groups).toEqual(expected)
    expect(parse('双减 课后服务').groups).toEqual(expected)
    expect(parse('作业太多了 初二').groups).toEqual([[words('作业太多了', ['作业', '太多'])], [phrase('初二')]])
  })

  it('searches the 、-list of a question of several clauses as its words: 应付各种检查、填表格、拍照留痕，… finds clauses with any of them', () => {
    expect(parse('老师每天还要应付各种检查、填表格、拍照留痕，想问一下有没有减负的办法').groups).toEqual([
      [words('老师每天还要应付各种检查、填表格、拍照留痕，想问一下有没有减负的办法', ['老师', '每天', '还要', '应付', '各种', '检查', '填表格', '拍照留痕', '减负'])],
    ])
  })

  it('searches the ask of a question longer than a term holds, not its first sixteen words: 待遇 职称 评审 at its end are kept', () => {
    const question =
      '您好，我是一名在县城工作的小学老师，教了十五年书了，现在每天除了上课还要应付各种检查、填各种表格、拍照留痕、参加各种会议，还要负责课后服务到晚上六点，周末也经常被叫去参加培训，工资这么多年也没怎么涨，评职称又特别难，名额很少。想问一下，各地今年的教育工作要点里，有没有真正给老师减负、提高老师待遇、改革职称评审的具体措施？谢谢'
    const parsed = parse(question)
    expect(parsed.groups.length).toBe(1)
    expect(parsed.groups[0][0]).toMatchObject({
      kind: 'words',
      words: ['小学老师', '十五年', '拍照留痕', '课后服务', '评职称', '名额很少', '工作', '真正', '老师', '减负', '提高', '待遇', '改革', '职称', '评审', '具体措施'],
    })
  })

  it('searches a 、-list of short terms inside a question of several clauses as its words: 课后服务、托管、延时服务，各地怎么做的', () => {
    expect(parse('课后服务、托管、延时服务，各地怎么做的').groups).toEqual([[words('课后服务、托管、延时服务', ['课后服务', '托管', '延时服务'])]])
  })

  it('keeps a 、-list typed without a sentence around it as terms every clause must have: 校园欺凌、校外培训机构乱收费', () => {
    expect(parse('校园欺凌、校外培训机构乱收费').groups).toEqual([[phrase('校园欺凌')], [words('校外培训机构乱收费', ['校外培训', '机构', '乱收费'])]])
  })

  it('reads an exclusion said in words as -: 不含职业教育的教师培训, 不要课后服务的，只看托管, 除了双减以外还有哪些减负措施', () => {
    expect(parse('不含职业教育的教师培训')).toMatchObject({ groups: [[phrase('教师培训')]], exclude: [phrase('职业教育')] })
    expect(parse('不要课后服务的，只看托管')).toMatchObject({ groups: [[phrase('托管')]], exclude: [phrase('课后服务')] })
    expect(parse('不要课后服务，只看托管')).toMatchObject({ groups: [[phrase('托管')]], exclude: [phrase('课后服务')] })
    expect(parse('除了双减以外还有哪些减负措施')).toMatchObject({ groups: [[phrase('还有哪些减负措施', '减负')]], exclude: [phrase('双减')] })
  })

  it('reads what follows 但不要 as left out of the topic before it: 减负但不要校外培训的, 减负，但不要校外培训', () => {
    expect(parse('减负但不要校外培训的')).toMatchObject({ groups: [[phrase('减负')]], exclude: [phrase('校外培训')] })
    expect(parse('减负，但不要校外培训')).toMatchObject({ groups: [[phrase('减负')]], exclude: [phrase('校外培训')] })
    expect(parse('双减但是不要作业的')).toMatchObject({ groups: [[phrase('双减')]], exclude: [phrase('作业')] })
    // Without the turn, 不要 says what the topic should not do; nor is 太贵 a topic to leave out.
    expect(parse('课后服务不要收费')).toMatchObject({ groups: [[words('课后服务不要收费', ['课后服务', '收费'])]], exclude: [] })
    expect(parse('孩子学画画但不要太贵的').exclude).toEqual([])
  })

  it('reads X之外的Y and 不是X的Y as Y without X when X is a term of the plans: 双减之外的减负, 不是双减的减负措施', () => {
    expect(parse('双减之外的减负')).toMatchObject({ groups: [[phrase('减负')]], exclude: [phrase('双减')] })
    expect(parse('有没有双减之外的减负措施')).toMatchObject({ groups: [[phrase('减负')]], exclude: [phrase('双减')] })
    expect(parse('不是双减的减负措施')).toMatchObject({ groups: [[phrase('减负')]], exclude: [phrase('双减')] })
    expect(parse('课后服务以外的托管')).toMatchObject({ groups: [[phrase('托管')]], exclude: [phrase('课后服务')] })
    // Nothing asked for besides it: as typed.
    expect(parse('双减之外的')).toMatchObject({ groups: [[phrase('双减之外的', '双减')]], exclude: [] })
  })

  it('reads X之外的Y inside a sentence pasted from a plan as typed, so the clause that says it is found: 严禁在课后服务之外的时间组织集体补课', () => {
    expect(parse('严禁在课后服务之外的时间组织集体补课')).toMatchObject({
      groups: [[words('严禁在课后服务之外的时间组织集体补课', ['严禁', '课后服务', '时间', '组织', '集体', '补课'])]],
      exclude: [],
    })
    expect(parse('鼓励学校在双减之外的领域开展特色活动').exclude).toEqual([])
  })

  it('keeps X as the topic where 不是X的 says what something is or is not: 托管是不是课后服务的一种, 这不是职业教育的事吗', () => {
    expect(parse('托管是不是课后服务的一种')).toMatchObject({ groups: [[words('托管是不是课后服务的一种', ['托管', '课后服务', '一种'])]], exclude: [] })
    expect(parse('托管不是课后服务的一部分吗')).toMatchObject({ groups: [[words('托管不是课后服务的一部分吗', ['托管', '不是', '课后服务', '一部分'])]], exclude: [] })
    expect(parse('这不是职业教育的事吗')).toMatchObject({ groups: [[words('这不是职业教育的事吗', ['不是', '职业教育', '事'])]], exclude: [] })
    expect(parse('难道不是双减的重点吗')).toMatchObject({ groups: [[words('难道不是双减的重点吗', ['难道', '不是', '双减', '重点'])]], exclude: [] })
    // Opening the question, or after words that only ask, it still names the Y apart from X.
    expect(parse('有哪些不是双减的减负措施')).toMatchObject({ groups: [[phrase('减负')]], exclude: [phrase('双减')] })
  })

  it('reads 不涉及X的Y as Y without X, and leaves X以外的Y and 不是X的Y as typed where X describes: 学校以外的培训机构, 不是所有的学校', () => {
    expect(parse('不涉及双减的减负')).toMatchObject({ groups: [[phrase('减负')]], exclude: [phrase('双减')] })
    expect(parse('不是很贵的幼儿园').exclude).toEqual([])
    expect(parse('不是民办的学校')).toMatchObject({ groups: [[words('不是民办的学校', ['公办', '学校'])]], exclude: [] })
    expect(parse('学校以外的培训机构').exclude).toEqual([])
    expect(parse('教学以外的负担').exclude).toEqual([])
    expect(parse('不是所有的学校都开展课后服务').exclude).toEqual([])
    expect(parse('不是很清楚的地方').exclude).toEqual([])
  })

  it('reads a topic the plans do not mention as an exclusion: 哪些城市提到了人工智能但没有提到编程 searches 人工智能 without 编程', () => {
    expect(parse('哪些城市提到了人工智能但没有提到编程')).toMatchObject({ groups: [[phrase('哪些城市提到了人工智能', '人工智能')]], exclude: [phrase('编程')] })
    expect(parse('教师培训不涉及职业教育的')).toMatchObject({ groups: [[phrase('教师培训')]], exclude: [phrase('职业教育')] })
    expect(parse('双减却没提课后服务')).toMatchObject({ groups: [[phrase('双减')]], exclude: [phrase('课后服务')] })
  })

  it('keeps 没有 without a verb of mentioning, and 提 opening a word of its own, as typed: 没有编制的老师, 工资没有提高多少', () => {
    expect(parse('没有编制的老师')).toMatchObject({ groups: [[words('没有编制的老师', ['没有', '编制', '老师'])]], exclude: [] })
    expect(parse('工资没有提高多少')).toMatchObject({ groups: [[words('工资没有提高多少', ['工资', '没有', '提高'])]], exclude: [] })
  })

  it('reads no exclusion in a yes/no question, 有没有提 X: 荆门有没有提课后服务 asks whether 课后服务 is mentioned, 荆门却没提课后服务 excludes it', () => {
    expect(parse('荆门有没有提课后服务')).toMatchObject({ groups: [[words('荆门有没有提课后服务', ['荆门', '课后服务'])]], exclude: [] })
    expect(parse('荆门却没提课后服务')).toMatchObject({ groups: [[phrase('荆门', '荆门')]], exclude: [phrase('课后服务')] })
  })

  it('drops the words of a comparison, as 对比 and 不同 are dropped: 荆门VS泉州的学前教育, 各市的教师培训有何异同', () => {
    expect(parse('荆门VS泉州的学前教育').groups).toEqual([[words('荆门VS泉州的学前教育', ['荆门', '泉州', '学前教育'])]])
    expect(parse('各市的教师培训有何异同').groups).toEqual([[phrase('各市的教师培训有何异同', '教师培训')]])
    expect(parse('vs 学前教育').groups).toEqual([[phrase('学前教育')]])
  })

  it('reads 是什么意思 as asking what a term means, not as the word 意思: 县管校聘什么意思 searches 县管校聘', () => {
    expect(parse('县管校聘什么意思').groups).toEqual([[phrase('县管校聘什么意思', '县管校聘')]])
  })

  it('reads 有没 said short for 有没有 as the question it is: 有没提课后服务 searches 课后服务, not 没 beside it', () => {
    expect(parse('有没提课后服务')).toMatchObject({ groups: [[phrase('有没提课后服务', '课后服务')]], exclude: [] })
    expect(parse('荆门有没提双减')).toMatchObject({ groups: [[words('荆门有没提双减', ['荆门', '双减'])]], exclude: [] })
    expect(parse('有没讲到劳动教育').groups).toEqual([[phrase('有没讲到劳动教育', '劳动教育')]])
    expect(parse('有无提及课后服务').groups).toEqual([[phrase('有无提及课后服务', '课后服务')]])
  })

  it('keeps 有没 where it opens 有没有, or 没 where 所有 comes before it, as before: 所有没达标的学校', () => {
    expect(parse('有没有午托').groups).toEqual([[phrase('有没有午托', '午托')]])
    expect(parse('所有没达标的学校').groups).toEqual([[words('所有没达标的学校', ['所有', '没', '达标', '学校'])]])
  })

  it('reads 除了X before a question for others as an exclusion: 除了双减，还有哪些减负措施 and 除开双减还有哪些减负的做法 search 减负 without 双减', () => {
    expect(parse('除了双减，还有哪些减负措施')).toMatchObject({ groups: [[phrase('还有哪些减负措施', '减负')]], exclude: [phrase('双减')] })
    expect(parse('除开双减还有哪些减负的做法')).toMatchObject({ groups: [[phrase('还有哪些减负的做法', '减负')]], exclude: [phrase('双减')] })
    expect(parse('除了双减，其他减负办法')).toMatchObject({ groups: [[phrase('其他减负办法', '减负')]], exclude: [phrase('双减')] })
  })

  it('keeps 除了 that asks for no others, or for others it does not name, as typed: 除了上课还要应付各种检查, 除了课后服务还有什么', () => {
    expect(parse('老师除了上课还要应付各种检查')).toMatchObject({ exclude: [] })
    expect(parse('除了课后服务还有什么')).toMatchObject({ groups: [[phrase('除了课后服务还有什么', '课后服务')]], exclude: [] })
  })

  it('keeps 除了 without 以外, advice after 不要, and an exclusion typed alone as typed', () => {
    expect(parse('老师除了上课杂事太多')).toMatchObject({ groups: [[words('老师除了上课杂事太多', ['老师', '上课', '杂事', '太多'])]], exclude: [] })
    expect(parse('不要让孩子熬夜的办法')).toMatchObject({ groups: [[phrase('不要让孩子熬夜的办法', '熬夜')]], exclude: [] })
    expect(parse('除了双减之外')).toMatchObject({ groups: [[phrase('除了双减之外', '双减')]], exclude: [] })
  })

  it('reads 能不能 before 就近入学 without taking its 就: 孩子上幼儿园能不能就近入学 searches 就近入学', () => {
    expect(parse('孩子上幼儿园能不能就近入学').groups).toEqual([[words('孩子上幼儿园能不能就近入学', ['上', '幼儿园', '就近入学'])]])
    expect(parse('可不可以带手机').groups).toEqual([[words('可不可以带手机', ['带', '手机'])]])
  })

  it('drops dialect question words and the lone 不 太 of spoken questions, as it drops 怎么: 孩子近视咋办, 幼儿园收费咋整, 不布置作业的学校', () => {
    expect(parse('孩子近视咋办').groups).toEqual([[phrase('孩子近视咋办', '近视')]])
    expect(parse('幼儿园收费咋整').groups).toEqual([[words('幼儿园收费咋整', ['幼儿园', '收费'])]])
    expect(parse('学校啥时候放暑假').groups).toEqual([[words('学校啥时候放暑假', ['学校', '放暑假'])]])
    expect(parse('老师布置作业太多了咋个办').groups).toEqual([[words('老师布置作业太多了咋个办', ['老师', '布置', '作业', '太多'])]])
    expect(parse('不布置作业的学校').groups).toEqual([[words('不布置作业的学校', ['布置', '作业', '学校'])]])
  })

  it('drops the chatter of a worried parent, which names no topic: 总说, 大 after 压力, 聊聊, 一会儿', () => {
    expect(parse('女儿上高二，最近总说压力大睡不着，学校有没有心理老师可以聊聊').groups).toEqual([
      [words('女儿上高二，最近总说压力大睡不着，学校有没有心理老师可以聊聊', ['女儿', '高二', '压力', '睡不着', '学校', '心理', '老师'])],
    ])
    expect(parse('孩子放学太早我们下班接不了，学校能不能多留一会儿').groups).toEqual([
      [words('孩子放学太早我们下班接不了，学校能不能多留一会儿', ['放学', '太早', '下班', '接', '不了', '学校', '多留'])],
    ])
  })

  it('drops a request to the site, which is not its topic: 帮我查一下荆门的双减, 搜一下课后服务, 帮我找找学前教育的内容', () => {
    expect(parse('帮我查一下荆门的双减').groups).toEqual([[words('帮我查一下荆门的双减', ['荆门', '双减'])]])
    expect(parse('搜一下课后服务').groups).toEqual([[phrase('搜一下课后服务', '课后服务')]])
    expect(parse('帮我找找学前教育的内容').groups).toEqual([[phrase('帮我找找学前教育的内容', '学前教育')]])
  })

  it('drops 提 when the segmenter leaves it alone, the verb of a researcher\'s question (提课后服务了吗); 提高 and 提升 stay', () => {
    expect(parse('提课后服务了吗').groups).toEqual([[phrase('提课后服务了吗', '课后服务')]])
    expect(parse('工资没有提高多少').groups).toEqual([[words('工资没有提高多少', ['工资', '没有', '提高'])]])
  })

  it('drops words of time, comparison and counting that name no topic: 最多, 几点, 近三年, 期间, 方面, 不同', () => {
    expect(parse('哪个城市提到人工智能最多').groups).toEqual([[phrase('哪个城市提到人工智能最多', '人工智能')]])
    expect(parse('课后服务到几点').groups).toEqual([[phrase('课后服务到几点', '课后服务')]])
    expect(parse('近三年教师培训').groups).toEqual([[phrase('近三年教师培训', '教师培训')]])
    expect(parse('十四五期间教育数字化').groups).toEqual([[words('十四五期间教育数字化', ['十四五', '教育数字化'])]])
    expect(parse('在教师方面有什么不同').groups).toEqual([[phrase('在教师方面有什么不同', '教师')]])
    expect(parse('这两年的课后服务').groups).toEqual([[phrase('这两年的课后服务', '课后服务')]])
    expect(parse('下学期开学有什么新变化').groups).toEqual([[words('下学期开学有什么新变化', ['开学', '新', '变化'])]])
  })
})
