/**
 * A schedule's periods written with what is done in them on the same line: a month and its tasks
 * (`二月：开学准备；环境创设；安全检查。`) or a week's row of a table written as text (`第1周 9月1日-9月5日 开学准备；…`,
 * `1月 召开全县教育工作会议 办公室`, period-rows.ts). Each line is cut into the period, which heads a section as a period alone on its line does, and
 * its text, kept whole as one paragraph of that section. The head row over such a table (`周次 日期 内容`, `月份 重点工作
 * 责任科室`) names
 * the columns the rows fill: it goes, and a column after the row's text (`负责部门`) labels its cell
 * (`开学准备（负责部门：教务处）`), as a task table's rows are labelled by its head.
 *
 * A month run on into its numbered items (`九月：1.开学典礼；2.…`), or after the last item of the month before
 * (`…2、教师节活动。十月份： 1、…`), is put on a line of its own over them. A month saying a sentence
 * (`二月：做好开学准备，召开教师大会。`) or naming one task stays text, but for months saying sentences under a
 * schedule's title in a plan of titled chapters (the sentences option). A head row is known by its names or, right
 * above a period's row, by its shape; under a head of two columns a period and one cell is a row too.
 * Pure: the body's lines in, the lines cut and the places of the periods' texts out.
 */
import { announcesSchedule, isPeriodLine } from './schedule-periods.js'
import { withoutDutyNote } from './duty-labels.js'
import { isWeekEntry, periodLabel, readPeriodRow, weekLabel, type WeekRow } from './period-rows.js'

/**
 * A month and all its tasks on one line, each a few words, set apart by semicolons: `二月：开学准备；环境创设；安全检查。`.
 * Two tasks or more and no comma among them: `二月：开学准备，召开教师大会。` says a sentence and stays text.
 */
const MONTH_TASK_LIST = /^([^：:]{1,16}[：:])\s*((?:[^，,。；;：:\s]{2,20}[；;]\s*)+[^，,。；;：:\s]{2,20}[。；;]?)$/

/** A month and one task of a few words: `3月：启动义务教育招生工作。`. */
const MONTH_ONE_TASK = /^([^：:]{1,16}[：:])\s*([^，,。；;：:\s]{2,24}[。；;]?)$/

/** The names a schedule table's head gives its columns; the period's own column among them. */
const COLUMN = /^(?:周次|周别|周|月份|月|时段|日期|时间|起止时间|起止日期|(?:主要|重点|具体)?(?:工作|活动)?(?:内容|安排|项目|事项)|重点工作|主要工作|(?:负责|责任|牵头|参与)(?:部门|科室|处室|单位|人|领导)|部门|备注|对象|参加对象|地点)$/
const PERIOD_COLUMN = /^(?:周次|周别|周|月份|月|时段|时间|日期)$/
/** The columns the period and its dates fill. */
const LABEL_COLUMN = /^(?:周次|周别|周|月份|月|时段|日期|时间|起止时间|起止日期)$/

/** A month line run on into its first item (`九月：1.开学典礼；…`, `9月：（1）…`): the month and the rest. */
const MONTH_RUN_ON = /^([^：:]{1,16}[：:])\s*((?:[0-9０-９]{1,2}[.．、]|[（(][0-9０-９]{1,2}[)）]).+)$/

/** A period run on after a sentence's end, over its first item: `。十月份： 1、…`, `；9月：（1）…`. */
const PERIOD_AFTER_STOP = /(?<=[。；;！!？?])[ \t\u3000]*(?=([^。；;！!？?：:\s]{1,16}[：:])[ \t\u3000]*(?:[0-9０-９]{1,2}[.．、]|[（(][0-9０-９]{1,2}[)）]))/g

/** The line cut before each period it runs on into after a sentence's end. */
function splitAtPeriods(line: string): string[] {
  const cuts = [...line.matchAll(PERIOD_AFTER_STOP)].filter((m) => isPeriodLine(m[1])).map((m) => m.index)
  if (cuts.length === 0) return [line]
  return [0, ...cuts].map((from, k) => line.slice(from, cuts[k] ?? line.length).trim()).filter((piece) => piece !== '')
}

export interface PeriodRows {
  lines: string[]
  /** Places in lines of each period's text cut from its line. */
  texts: Set<number>
}

/**
 * `sentences`: a month saying a sentence (`九月：做好开学准备，召开…。`) is cut too, in a run of two or more right under
 * a title announcing the schedule (`月份安排`). A plan of titled chapters (titled-schedule.ts) has no numbered chapter
 * to hold them, and left as text they ran into the clause above.
 */
export function periodRows(printed: string[], { sentences = false } = {}): PeriodRows {
  // `九月：1.开学典礼；2.新生入学教育。`: the month heads the items its line runs on into, as on a line of its own.
  // A flattened schedule (`…2、教师节活动。十月份： 1、国庆主题班会。`) runs each month on after the last item of the one before.
  const body = printed.flatMap(splitAtPeriods).flatMap((line) => {
    const m = MONTH_RUN_ON.exec(line.trim())
    return m && isPeriodLine(m[1]) ? [m[1], m[2]] : [line]
  })
  const lines: string[] = []
  const texts = new Set<number>()
  let columns: string[] | null = null
  body.forEach((line, i) => {
    const row = readPeriodRow(line)
    if (row && row.cells.length > 0) {
      lines.push(weekLabel(row))
      texts.add(lines.length)
      lines.push(rowText(row.cells, columns))
      return
    }
    // A row of two cells, a period and its work (`1月 召开全县教育工作会议`), is a row only under a head row.
    const pair = columns ? readPeriodPair(line) : null
    if (pair) {
      lines.push(pair.week)
      texts.add(lines.length)
      lines.push(pair.cells[0])
      return
    }
    const next = body[i + 1] ?? ''
    const head = tableHead(line)
    if (head && (readPeriodRow(next) || (head.length === 2 && readPeriodPair(next)))) {
      columns = head
      return
    }
    columns = row ? columns : null
    const month = monthWithTasks(body, i) ?? (sentences ? monthSentence(body, i) : null)
    if (month === null) {
      lines.push(line)
      return
    }
    lines.push(month.period)
    texts.add(lines.length)
    lines.push(month.text)
  })
  return { lines, texts }
}

/**
 * A month and what is done in it on one line (`二月：开学准备；环境创设。`), a unit in charge after it in brackets or
 * not (`1月：召开全县教育工作会议；部署寒假安全工作。（责任科室：办公室）`): its period and its text. A month naming one
 * task (`3月：启动义务教育招生工作。`) is one only beside another month of tasks, as one entry of the same list.
 */
function monthWithTasks(body: string[], i: number): { period: string; text: string } | null {
  // Weeks under a month alone on its line (`九月份` / `第一周：开学典礼；…`) are the month's items (month-sections.ts).
  if (isWeekEntry(body[i])) {
    let k = i - 1
    while (k >= 0 && isWeekEntry(body[k])) k--
    if (k >= 0 && isPeriodLine(body[k]) && !/^第/.test(body[k].trim())) return null
  }
  const own = taskLine(body[i], MONTH_TASK_LIST)
  if (own) return own
  const single = taskLine(body[i], MONTH_ONE_TASK)
  if (!single) return null
  // The run of month lines it stands in: one of them names several tasks, and none says a sentence.
  let from = i
  while (from > 0 && monthLabel(body[from - 1])) from--
  let to = i
  while (to + 1 < body.length && monthLabel(body[to + 1])) to++
  const run = body.slice(from, to + 1)
  const several = run.some((line) => taskLine(line, MONTH_TASK_LIST))
  return several && run.every((line) => taskLine(line, MONTH_TASK_LIST) || taskLine(line, MONTH_ONE_TASK)) ? single : null
}

const monthLabel = (line: string) => periodLabel(line) !== null

/** A month and its sentence, in a run of two months or more that a schedule's title (`月份安排`) stands right over. */
function monthSentence(body: string[], i: number): { period: string; text: string } | null {
  const period = periodLabel(body[i])
  if (period === null) return null
  let from = i
  while (from > 0 && monthLabel(body[from - 1])) from--
  let to = i
  while (to + 1 < body.length && monthLabel(body[to + 1])) to++
  if (to === from || from === 0 || !announcesSchedule(body[from - 1]) || /[，,。；;：:]/.test(body[from - 1])) return null
  const printed = body[i].trim()
  return { period, text: printed.slice(printed.indexOf(period) + period.length).trim() }
}

function taskLine(line: string, shape: RegExp): { period: string; text: string } | null {
  const printed = line.trim()
  const m = shape.exec(withoutDutyNote(printed).trim())
  return m && isPeriodLine(m[1]) ? { period: m[1], text: printed.slice(m[1].length).trim() } : null
}

/**
 * The column names of a schedule table's head row, or null when the line is none: names the list knows, the period's
 * first (`周次 工作内容 负责部门`), or any two to six short nouns, no sentence and no period among them (`月度 重点任务
 * 牵头股室`, `时段 活动`). Taken only right above a period's row, where a line of bare nouns is nothing but a head.
 */
export function tableHead(line: string): string[] | null {
  const cells = line.trim().split(/[ \t\u3000]+/)
  if (cells.length < 2 || cells.length > 6) return null
  if (cells.every((cell) => COLUMN.test(cell)) && PERIOD_COLUMN.test(cells[0])) return cells
  return cells.every((cell) => COLUMN.test(cell) || HEAD_NOUN.test(cell)) && !cells.some((cell) => isPeriodLine(cell)) ? cells : null
}

/** A column's name: two to six Chinese characters, no figure and no punctuation. */
const HEAD_NOUN = /^[\u4e00-\u9fff]{2,6}$/

/**
 * A row of a two-column schedule (`1月 召开全县教育工作会议，部署全年工作`, `第一周 开学典礼`): a period and one cell.
 * Alone it may be a sentence wrapped before a month (`…计划于` / `1月 中旬召开，…`), so only a head row above makes it one.
 */
export function readPeriodPair(line: string): WeekRow | null {
  const cells = line.trim().split(/[ \t\u3000]+/)
  if (cells.length !== 2 || !isPeriodLine(cells[0]) || /[：:]$/.test(cells[0])) return null
  return { week: cells[0], days: '', cells: cells.slice(1) }
}

/**
 * Whether a line is a row of a two-column schedule: a period and one cell, under a head row of two columns
 * (`月份 工作内容`) with only such rows between (the lines above it, nearest last).
 */
export function isPairUnderHead(above: string[], line: string): boolean {
  if (!readPeriodPair(line)) return false
  for (let k = above.length - 1; k >= 0; k--) {
    if (readPeriodPair(above[k])) continue
    return tableHead(above[k])?.length === 2
  }
  return false
}

/** A cell of a column after the work (an office, a person, a place): a few characters, no sentence. */
const SHORT_CELL = /^[^，,。；;！!？?：:]{1,12}$/

/**
 * What the row says: its work, each further cell labelled by its column's name when the head names columns after
 * the week's and dates'; else the cells as printed. A row with more cells than the head has columns holds a work
 * cell of several paragraphs (a Word cell's 开展教师节表彰 / 评选优秀班主任, joined by a space): the columns after
 * the work take the last cells, when those are short, and the work keeps the rest.
 */
function rowText(cells: string[], columns: string[] | null): string {
  // The first column holds the period, whatever its name; dates may follow it.
  const after = columns?.slice(1).filter((name) => !LABEL_COLUMN.test(name)) ?? []
  if (cells.length < 2 || after.length < 2 || cells.length < after.length) return cells.join(' ')
  const work = cells.length - after.length + 1
  const labelled = cells.slice(work)
  if (cells.length > after.length && !labelled.every((cell) => SHORT_CELL.test(cell))) return cells.join(' ')
  return cells.slice(0, work).join(' ') + labelled.map((cell, k) => `（${after[k + 1]}：${cell}）`).join('')
}
