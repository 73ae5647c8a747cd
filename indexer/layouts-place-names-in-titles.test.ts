/**
 * Places a title names in ways the gazetteer does not settle alone: a district several cities have (朝阳区: 北京, 长春;
 * 和平区: 天津, 沈阳) told apart by the province or municipality the text names once, a city or county-level city
 * named short before 教育 (`2024年荆门教育工作要点`, `2024年荣成教育工作要点`), and such a district named by no
 * other word, a county-level plan all the same.
 */
import { describe, expect, it } from 'vitest'
import { parseDocument } from './parse-document.js'

const BODY = '\n一、加强党的全面领导\n1.深入学习贯彻党的二十大精神。持续推进主题教育成果转化。\n2.加强基层党组织建设。推进校长负责制。\n'

const place = (head: string) => {
  const [plan] = parseDocument({ file: 'x.txt', text: head + BODY, fields: {}, url: null })
  const { city, province, level } = plan.plan
  return { city, province, level }
}

describe('parseDocument reads the place of a title whose place name is shared or short', () => {
  it('takes the 朝阳区 of the municipality the text names: 北京市', () => {
    expect(place('朝阳区教育委员会2024年工作要点\n2024年，朝阳区教育系统要坚持首都城市战略定位，服务北京市教育现代化。')).toEqual({
      city: '朝阳区', province: '北京市', level: '区县',
    })
  })

  it('takes the 和平区 of the municipality the text names: 天津市', () => {
    expect(place('和平区教育局2024年工作要点\n2024年，和平区教育工作要全面落实天津市教育工作会议部署。')).toEqual({
      city: '和平区', province: '天津市', level: '区县',
    })
  })

  it('keeps a shared district with no province named unplaced, a district’s plan all the same: 2024年和平区教育工作要点', () => {
    expect(place('2024年和平区教育工作要点')).toEqual({ city: null, province: null, level: '区县' })
  })

  it.each([
    ['2024年荆门教育工作要点', '荆门市', '湖北省', '市'],
    ['荆门教育2024年工作要点', '荆门市', '湖北省', '市'],
    ['2024年荣成教育工作要点', '荣成市', '山东省', '区县'],
  ])('reads a city named short before 教育 in the title: %s', (title, city, province, level) => {
    expect(place(title)).toEqual({ city, province, level })
  })

  it.each([
    ['2024年度全市教育工作要点', '市'],
    ['2024年度全县教育工作要点', '区县'],
    ['2024年度全区教育工作要点', '区县'],
  ])('reads the level a title speaks at after 年度: %s', (title, level) => {
    expect(place(title)).toEqual({ city: null, province: null, level })
  })

  it.each(['2024年安全教育工作要点', '2024年家庭教育工作要点', '2024年国防教育工作要点'])('names no place for a kind of education: %s', (title) => {
    expect(place(title)).toEqual({ city: null, province: null, level: null })
  })
})
