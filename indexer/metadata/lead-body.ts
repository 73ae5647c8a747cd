/**
 * The lead body of a name that runs two issuers together. A plan issued jointly names its bodies one after the other
 * in its title or notice (`中共临沂市委教育工委 临沂市教育局2024年工作要点`, `…教育局 …财政局关于印发…`), and the
 * title's spaces are closed up before it is read, so the issuer came out as both names in one
 * (`中共临沂市委教育工委临沂市教育局`) or, the name not opening with a place, as none. The first body named is the
 * lead (主办) body, whose 文号 the document carries, as a joint signature's first name is (joint-signature.ts).
 */
import { ISSUER_NAME } from './find-title.js'
import { findPlaces } from './gazetteer.js'

/** The party's side of education, named from 中共 (`中共临沂市委教育工委`, `…教育工作委员会`, `…教育工作领导小组办公室`). */
const PARTY_BODY = /^中共[\u4e00-\u9fff]{2,24}?(?:委员会|工委|党组|党委|领导小组(?:秘书组|办公室)?)/

/** The first body a name holds when it holds two or more, else the name itself. */
export function leadBody(name: string): string {
  const party = PARTY_BODY.exec(name)?.[0]
  if (party && party.length < name.length && ISSUER_NAME.test(name.slice(party.length)) && opensWithPlace(name.slice(party.length))) {
    return party
  }
  // Two government bodies each naming its place (`临沂市教育局临沂市财政局`); a district under its city
  // (`临沂市兰山区教育局`) is one body, its city no body's name.
  for (const mention of findPlaces(name)) {
    if (!mention.full || mention.at < 2) continue
    const first = name.slice(0, mention.at)
    if (ISSUER_NAME.test(first) && ISSUER_NAME.test(name.slice(mention.at))) return first
  }
  return name
}

/** Whether the name begins with a real place written in full (`临沂市`, `兰陵县`), where a body's name begins. */
export function opensWithPlace(name: string): boolean {
  return findPlaces(name).some((p) => p.full && p.at === 0)
}
