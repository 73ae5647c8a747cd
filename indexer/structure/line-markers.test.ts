import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clauseHeading, readLineMarker, stripLeadingMarker } from './line-markers.js'

describe('readLineMarker', () => {
  it('reads full-width digits as their ASCII forms, with the rest and the marker length in the line’s own characters', () => {
    expect(readLineMarker('１．加强管理')).toEqual({ kind: 'clause', style: 'dot', number: 1, rest: '加强管理', markerLength: 2 })
    expect(readLineMarker('（１）加强')).toEqual({ kind: 'clause', style: 'paren', number: 1, rest: '加强', markerLength: 3 })
    expect(readLineMarker('１２． 推进２０２４年校舍改造')).toEqual({ kind: 'clause', style: 'dot', number: 12, rest: '推进２０２４年校舍改造', markerLength: 4 })
    expect(readLineMarker('１２、加强作风建设')).toMatchObject({ style: 'dot', number: 12 })
    expect(readLineMarker('一、２０２４年重点工作')).toEqual({ kind: 'chapter', label: '一', ordinal: 1, rest: '２０２４年重点工作', markerLength: 2 })
  })

  it('reads a chapter numeral set apart by a space only over a title alone, and 第一，… as an ordinal introduction', () => {
    expect(readLineMarker('一　全面加强党的建设')).toEqual({ kind: 'chapter', label: '一', ordinal: 1, rest: '全面加强党的建设', markerLength: 2 })
    expect(readLineMarker('十二 保障措施')).toMatchObject({ kind: 'chapter', ordinal: 12, rest: '保障措施' })
    expect(readLineMarker('一 年来，全市教育系统坚持稳中求进。')).toBeNull()
    expect(readLineMarker('第二，加强基层党组织建设。')).toEqual({ kind: 'ordinal-intro', ordinal: 2, rest: '加强基层党组织建设。', markerLength: 3 })
  })

  it('reads any line in full-width digits exactly as the same line in ASCII digits', () => {
    const wide = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
    const marker = fc.constantFrom('', '1.', '12、', '3．', '（4）', '(15)', '6)', '7）', '27', '一、', '（二）', '第3条 ', '三是')
    const text = fc.constantFrom('加强管理', '2024年底前完成', '30所公办园', '.5亿元', '年级', '')
    fc.assert(
      fc.property(marker, fc.integer({ min: 0, max: 120 }), text, (m, n, t) => {
        const line = m.replace(/\d+/, String(n)) + t
        const ascii = readLineMarker(line)
        const full = readLineMarker(wide(line))
        if (ascii === null) expect(full).toBeNull()
        else expect(full).toEqual({ ...ascii, ...('label' in ascii ? { label: wide(ascii.label) } : {}), rest: wide(line).slice(ascii.markerLength) })
      }),
    )
  })

  it('reads a circled, parenthesized or digit-full-stop numeral as a marker of one character', () => {
    expect(readLineMarker('①加强师资队伍建设。')).toEqual({ kind: 'clause', style: 'circled', number: 1, rest: '加强师资队伍建设。', markerLength: 1 })
    expect(readLineMarker('⑴加强管理')).toEqual({ kind: 'clause', style: 'paren', number: 1, rest: '加强管理', markerLength: 1 })
    expect(readLineMarker('⒈加强')).toEqual({ kind: 'clause', style: 'dot', number: 1, rest: '加强', markerLength: 1 })
    expect(readLineMarker('⑿ 完善资助体系')).toEqual({ kind: 'clause', style: 'paren', number: 12, rest: '完善资助体系', markerLength: 2 })
    expect(readLineMarker('⑳推进集团化办学')).toMatchObject({ style: 'circled', number: 20 })
    expect(readLineMarker('㉑推进集团化办学')).toMatchObject({ style: 'circled', number: 21 })
  })

  it('reads 1) and 1） as items numbered with a closing bracket only', () => {
    expect(readLineMarker('1)加强管理')).toEqual({ kind: 'clause', style: 'half-paren', number: 1, rest: '加强管理', markerLength: 2 })
    expect(readLineMarker('12）推进义务教育优质均衡')).toEqual({ kind: 'clause', style: 'half-paren', number: 12, rest: '推进义务教育优质均衡', markerLength: 3 })
    expect(readLineMarker('３）加强督导')).toEqual({ kind: 'clause', style: 'half-paren', number: 3, rest: '加强督导', markerLength: 2 })
  })

  it('takes no year, quantity, decimal or bracketed year in full-width digits for a marker', () => {
    for (const line of ['２０２４年全市教育工作要点', '３０所公办园新建完成', '１．５亿元用于校舍改造', '2024)年度考核', '５６％以上的幼儿在公办园']) {
      expect(readLineMarker(line), line).toBeNull()
    }
  })
})

describe('stripLeadingMarker', () => {
  it('takes the numbering off a heading, a title or a clause of any style, and keeps wording and later lines', () => {
    expect(
      ['6.持续巩固“双减”成效', '（一）加强党的建设', '一、总体要求', '①加强师资队伍建设', '⑴加强管理', '１．加强管理', '第三条 经费保障', '27构建优质均衡基本公共教育服务体系。', '1.深入学习宣传贯彻党的二十大精神。\n学深悟透党的创新理论。'].map(stripLeadingMarker),
    ).toEqual(['持续巩固“双减”成效', '加强党的建设', '总体要求', '加强师资队伍建设', '加强管理', '加强管理', '经费保障', '构建优质均衡基本公共教育服务体系。', '深入学习宣传贯彻党的二十大精神。\n学深悟透党的创新理论。'])
  })

  it('keeps an ordinal introduction and a year, which are words, not numbering', () => {
    expect(['一是加强统筹', '2024年全市教育工作', '加强管理'].map(stripLeadingMarker)).toEqual(['一是加强统筹', '2024年全市教育工作', '加强管理'])
  })
})

describe('clauseHeading', () => {
  it('takes a title set in 【】 before the text as the heading, else the first sentence', () => {
    expect(clauseHeading('【深化理论武装】健全理论学习中心组学习制度，组织开展学习。', false)).toBe('深化理论武装')
    expect(clauseHeading('深化理论武装。健全理论学习中心组学习制度。', false)).toBe('深化理论武装')
    // A line that is only the bracketed title keeps it as written.
    expect(clauseHeading('【深化理论武装】', true)).toBe('【深化理论武装】')
  })

  it('takes a short title set before the text with a colon or a dash, not words that lead into a sentence', () => {
    expect(clauseHeading('深化理论武装：健全“第一议题”制度，全年集中学习12次以上。', false)).toBe('深化理论武装')
    expect(clauseHeading('扩大学前教育资源——新建、改扩建公办幼儿园8所。', false)).toBe('扩大学前教育资源')
    expect(clauseHeading('2024年工作的总体要求是：坚持稳中求进。', false)).toBe('2024年工作的总体要求是：坚持稳中求进')
    expect(clauseHeading('推进优质均衡发展.组建教育集团5个：新建学校3所。', false)).toBe('推进优质均衡发展')
  })

  it('ends the first sentence at a half-width full stop between Chinese words, and not at one inside a number', () => {
    expect(clauseHeading('深化理论武装.健全"第一议题"制度,全年集中学习不少于12次.', false)).toBe('深化理论武装')
    expect(clauseHeading('建设思政课程精品课．评选市级思政课精品课50节。', false)).toBe('建设思政课程精品课')
    expect(clauseHeading('落实"双减".课后服务覆盖率保持100%.', false)).toBe('落实"双减"')
    expect(clauseHeading('新增学位1.2万个,完成投资3.5亿元。', false)).toBe('新增学位1.2万个,完成投资3.5亿元')
  })
})
