/**
 * The titles work plans give their chapters and sections, stereotyped across bureaus and schools (指导思想, 工作目标,
 * 主要任务, 保障措施 …). A sharing site's preview runs a plan into one line with no space after a title
 * (`一、指导思想以习近平…`): there such a title, read right after its marker, is where the heading ends and the text begins.
 */
const STANDARD_TITLES = [
  '指导思想', '总体要求', '总体目标', '工作目标', '目标任务', '主要目标', '发展目标', '基本原则', '工作原则', '工作思路', '总体思路',
  '主要任务', '重点任务', '工作任务', '重点工作', '主要工作', '工作重点', '工作内容', '具体工作', '工作措施', '主要措施', '具体措施',
  '保障措施', '工作要求', '具体要求', '组织领导', '组织保障', '组织机构', '实施步骤', '工作步骤', '时间安排', '工作安排', '进度安排',
  '活动内容', '活动安排', '实施范围', '适用范围', '基本情况', '现状分析', '工作回顾', '形势分析', '考核评价', '督导考核',
]
/** The titles as one alternation, longest first, so no shorter title ends a longer one early. */
export const STANDARD_TITLE = `(?:${[...STANDARD_TITLES].sort((a, b) => b.length - a.length).join('|')})`
const TITLE_AT = new RegExp(`^${STANDARD_TITLE}(?=[\\u3400-\\u9fff“《"‘])(?![和与及的、])`)

/** Offset just after a standard title that opens text[start…] and runs straight into its text, or -1. */
export function standardTitleEnd(text: string, start: number): number {
  const m = TITLE_AT.exec(text.slice(start, start + 12))
  return m ? start + m[0].length : -1
}
