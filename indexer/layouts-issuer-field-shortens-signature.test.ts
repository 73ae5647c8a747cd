/**
 * A government page's info table names the body by a short form (发布机构 `渝北区教委`, `市教体局`, `区教育局`) while
 * the plan signs with its full name (`重庆市渝北区教育委员会`): the issuer is the full name the plan signs with. A
 * field naming another body than the signature (a city bureau reposting a county's plan, another district, the
 * government over its bureau) still names the issuer.
 */
import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const BODY = '2024年教育工作要点\n一、加强党的全面领导\n1.深入学习贯彻党的二十大精神。持续推进主题教育成果转化。\n2.加强基层党组织建设。推进校长负责制。\n'

const identity = (field: string, signature: string) => {
  const [plan] = parseDocument({ file: 'x.html', text: `${BODY}\n${signature}\n2024年3月10日`, fields: { 发布机构: field }, url: null })
  const { issuer, city, level } = plan.plan
  return { issuer, city, level }
}

describe('parseDocument takes the full name a plan signs with over the page field that shortens it', () => {
  it.each([
    ['渝北区教委', '重庆市渝北区教育委员会', '渝北区'],
    ['渝北区教体局', '重庆市渝北区教育和体育局', '渝北区'],
    ['渝北区教体局', '重庆市渝北区教育体育局', '渝北区'],
    ['区教育局', '重庆市渝北区教育局', '渝北区'],
  ])('takes the signature as the issuer when 发布机构 %s shortens it: %s', (field, signature, city) => {
    expect(identity(field, signature)).toEqual({ issuer: signature, city, level: '区县' })
  })

  it.each([
    ['荆门市教委', '荆门市教育委员会'],
    ['市教体局', '荆门市教育和体育局'],
    ['荆门市教育体育局', '荆门市教育和体育局'],
  ])('takes the signature as the issuer when a city bureau’s 发布机构 %s shortens it: %s', (field, signature) => {
    expect(identity(field, signature)).toEqual({ issuer: signature, city: '荆门市', level: '市' })
  })

  it('keeps the city bureau of the field that reposted a county’s plan: 荆门市教育局 over the signature 沙洋县教育局', () => {
    expect(identity('荆门市教育局', '沙洋县教育局')).toEqual({ issuer: '荆门市教育局', city: '荆门市', level: '市' })
  })

  it('keeps the field when the signature names another district’s body of the same kind: 渝北区教委 over 重庆市江北区教育委员会', () => {
    expect(identity('渝北区教委', '重庆市江北区教育委员会')).toEqual({ issuer: '渝北区教委', city: '渝北区', level: '区县' })
  })

  it('keeps the field when the signature names another kind of body of its place: 渝北区教委 over 重庆市渝北区人民政府', () => {
    expect(identity('渝北区教委', '重庆市渝北区人民政府')).toEqual({ issuer: '渝北区教委', city: '渝北区', level: '区县' })
  })
})
