/**
 * The paragraph a plan closes with after its last numbered clause (`各单位要结合实际，认真抓好落实，确保各项任务落到实处。`,
 * `让我们……为建设教育强市作出新的贡献！`): it asks all who carry the plan out to do so, and is no part of the last
 * clause, which it followed as a line without a number and so ran into. Pure.
 *
 * A clause may well go on over several paragraphs (a title line, then its text), so a line is read as the closing
 * remark only when everything holds: nothing numbered or headed follows it, the line before it ends a sentence, and
 * it speaks to the plan's whole: it opens by addressing the units or the whole system (各单位, 各地各校, 各县（市、区）,
 * 请各…, 全市教育系统…) and asks for the plan to be carried out (抓好落实, 落到实处, 结合实际, 本要点, 各项任务), or it
 * rallies them (让我们…, …作出新的更大贡献！). A last clause's own second paragraph (`各学校要加强食堂管理。`) asks for its own task only.
 */

/** Who a closing remark speaks to, opening it: the plan's units, places, schools, or the whole system. */
const ADDRESS = /^(?:请|希望)?(?:(?:市直|县直|区直|局属|局机关|机关)?各(?:单位|地|校|学校|县|区|市|镇|乡|级|类|部门|科室|处室|股室|直属|中小学|幼儿园)|(?:全市|全县|全区|全省|全州|全盟|全旗)(?:各级|各类|教育|教体|教育体育)[^，,。]{0,8}系统)/
/** The plan as a whole carried out, as opposed to one task of it. */
const CARRY_OUT = /抓好落实|贯彻落实|落到实处|落细落实|落地见效|结合实际|本要点|本计划|工作要点|各项(?:工作|任务|目标)|以上(?:工作|任务)/
/** A rallying close: the plan's readers called on together, or the year's work cheered on (a plan's tasks never exclaim). */
const RALLY = /^(?:让我们|新的一年|新征程上)/
const CHEER = /(?:贡献|篇章|奋斗|新局面|新成效|新辉煌)[”’」』）)]*[！!]$/
/** The end of a sentence, closing quotes and brackets looked through. */
const SENTENCE_END = /[。！？!?；;][”’」』）)]*$/

export function isClosingRemark(previous: string, line: string): boolean {
  const text = line.trim()
  if (!SENTENCE_END.test(previous.trim())) return false
  return RALLY.test(text) || CHEER.test(text) || (ADDRESS.test(text) && CARRY_OUT.test(text))
}
