/**
 * How Word writes the number of a list item in each of its number formats (w:numFmt of ECMA-376 17.18.59),
 * for the formats Chinese documents use and the common Western ones. A format not listed is written in
 * decimal: the clause splitter reads decimal numbers, where an unknown format would leave no number at all.
 */

const DIGITS = '〇一二三四五六七八九'
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖'
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸'
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥'
const CIRCLED = 0x2460 // ① … ⑳
const PARENTHESIZED = 0x2474 // ⑴ … ⒇
const FULL_STOP = 0x2488 // ⒈ … ⒛

const UNITS = ['', '十', '百', '千']
const LEGAL_UNITS = ['', '拾', '佰', '仟']

/**
 * 1 → 一, 10 → 十, 15 → 十五, 20 → 二十, 105 → 一百零五, 1010 → 一千零一十 (to 9 999; larger in digits). The legal
 * (banker's) numerals write the leading one: 壹拾伍.
 */
export function chineseCount(n: number, digits = DIGITS, units = UNITS): string {
  if (n === 0) return digits[0]
  if (n > 9999) return chineseDigits(n, digits)
  const places = String(n).split('').map(Number).reverse()
  let out = ''
  let pendingZero = false
  for (let p = places.length - 1; p >= 0; p--) {
    const d = places[p]
    if (d === 0) {
      pendingZero = out !== ''
      continue
    }
    if (pendingZero) out += '零'
    pendingZero = false
    const omitOne = d === 1 && p === 1 && out === '' && units === UNITS
    out += (omitOne ? '' : digits[d]) + units[p]
  }
  return out
}

/** 2024 → 二〇二四: digit by digit. */
function chineseDigits(n: number, digits = DIGITS): string {
  return String(n)
    .split('')
    .map((d) => digits[Number(d)])
    .join('')
}

/** 1 → a, 26 → z, 27 → aa (Word repeats the letter). */
function letter(n: number): string {
  const ch = String.fromCharCode(0x61 + ((n - 1) % 26))
  return ch.repeat(Math.floor((n - 1) / 26) + 1)
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n)
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']]
  let out = ''
  for (const [value, glyph] of table) for (; n >= value; n -= value) out += glyph
  return out
}

const enclosed = (base: number, n: number) => (n >= 1 && n <= 20 ? String.fromCharCode(base + n - 1) : String(n))
const cycle = (glyphs: string, n: number) => (n >= 1 ? glyphs[(n - 1) % glyphs.length] : String(n))

const FORMATS: Record<string, (n: number) => string> = {
  decimal: String,
  decimalZero: (n) => String(n).padStart(2, '0'),
  decimalFullWidth: (n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  decimalFullWidth2: (n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  decimalHalfWidth: String,
  decimalEnclosedCircle: (n) => enclosed(CIRCLED, n),
  decimalEnclosedCircleChinese: (n) => enclosed(CIRCLED, n),
  decimalEnclosedParen: (n) => enclosed(PARENTHESIZED, n),
  decimalEnclosedFullstop: (n) => enclosed(FULL_STOP, n),
  chineseCounting: (n) => (n < 100 ? chineseCount(n) : chineseDigits(n)),
  chineseCountingThousand: (n) => chineseCount(n),
  chineseCountingTenThousand: (n) => chineseCount(n),
  japaneseCounting: (n) => chineseCount(n),
  taiwaneseCounting: (n) => (n < 100 ? chineseCount(n) : chineseDigits(n)),
  taiwaneseCountingThousand: (n) => chineseCount(n),
  taiwaneseDigital: (n) => chineseDigits(n),
  ideographDigital: (n) => chineseDigits(n),
  chineseLegalSimplified: (n) => chineseCount(n, LEGAL_DIGITS, LEGAL_UNITS),
  ideographLegalTraditional: (n) => chineseCount(n, LEGAL_DIGITS, LEGAL_UNITS),
  ideographTraditional: (n) => cycle(HEAVENLY_STEMS, n),
  ideographZodiac: (n) => cycle(EARTHLY_BRANCHES, n),
  lowerLetter: letter,
  upperLetter: (n) => letter(n).toUpperCase(),
  lowerRoman: roman,
  upperRoman: (n) => roman(n).toUpperCase(),
  none: () => '',
}

/** The number `n` as a list item of format `numFmt` writes it (decimal for a format not listed). */
export function formatListNumber(n: number, numFmt: string): string {
  return (FORMATS[numFmt] ?? String)(n)
}
