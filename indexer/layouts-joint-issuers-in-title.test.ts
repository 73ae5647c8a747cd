import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const BODY = '一、坚持党建引领\n1.深化理论武装。全年开展集中学习12次。\n2.加强基层党组织建设。培育党建示范校30所。\n二、推进基础教育优质均衡\n3.扩大优质学前教育资源。新建改扩建幼儿园20所。'

function metadataOf(title: string) {
  const [parsed] = parseDocument({ file: 'x.txt', text: `${title}\n\n${BODY}`, fields: {}, url: null })
  const { issuer, city, level, year } = parsed.plan
  return { issuer, city, level, year }
}

describe('parseDocument on a plan whose title names two bodies issuing it jointly', () => {
  it('names the lead body, the party’s education committee named first, the issuer (it was none, or both names run together)', () => {
    expect(metadataOf('中共临沂市委教育工委 临沂市教育局2024年工作要点')).toEqual({ issuer: '中共临沂市委教育工委', city: '临沂市', level: '市', year: 2024 })
    expect(metadataOf('中共临沂市委教育工委临沂市教育局2024年工作要点').issuer).toBe('中共临沂市委教育工委')
    expect(metadataOf('中共临沂市委教育工作委员会 临沂市教育局2024年教育工作要点').issuer).toBe('中共临沂市委教育工作委员会')
    expect(metadataOf('中共临沂市委教育工委　临沂市教育局关于印发2024年工作要点的通知').issuer).toBe('中共临沂市委教育工委')
    expect(metadataOf('中共临沂市兰山区委教育工委 临沂市兰山区教育和体育局2024年工作要点')).toEqual({ issuer: '中共临沂市兰山区委教育工委', city: '兰山区', level: '区县', year: 2024 })
  })

  it('names the party’s education committee alone the issuer, and the first of two bureaus', () => {
    expect(metadataOf('中共临沂市委教育工委2024年工作要点').issuer).toBe('中共临沂市委教育工委')
    expect(metadataOf('临沂市教育局 临沂市财政局关于印发2024年教育经费工作要点的通知').issuer).toBe('临沂市教育局')
    expect(metadataOf('临沂市教育局临沂市财政局2024年工作要点').issuer).toBe('临沂市教育局')
  })

  it('names the lead body of a joint letterhead over a notice the issuer (both names ran together), the 文号 its own', () => {
    const text = '中共临沂市委教育工委 临沂市教育局文件\n临教发〔2024〕5号\n关于印发2024年全市教育工作要点的通知\n各县区教体局：\n现将《2024年全市教育工作要点》印发给你们，请认真贯彻落实。\n2024年全市教育工作要点\n' + BODY
    const [parsed] = parseDocument({ file: 'x.txt', text, fields: {}, url: null })
    const { issuer, docNumber, city } = parsed.plan
    expect({ issuer, docNumber, city }).toEqual({ issuer: '中共临沂市委教育工委', docNumber: '临教发〔2024〕5号', city: '临沂市' })
  })

  it('keeps a district bureau named under its city one body', () => {
    expect(metadataOf('临沂市兰山区教育和体育局2024年工作要点')).toEqual({ issuer: '临沂市兰山区教育和体育局', city: '兰山区', level: '区县', year: 2024 })
  })
})
