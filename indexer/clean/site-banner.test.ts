import { describe, expect, it } from 'vitest'
import { siteBannerLines } from './site-banner.js'

describe('siteBannerLines', () => {
  it('takes the short line over a site menu or a breadcrumb from 首页 as the site banner', () => {
    expect([...siteBannerLines(['崇义县人民政府', '首页 政务公开 政务服务 互动交流 走进崇义'])]).toEqual([1, 0])
    expect([...siteBannerLines(['某市教育局', '', '首页 > 新闻 > 通知'])]).toEqual([0])
  })

  it('keeps a numbered item over a breadcrumb, which no banner prints', () => {
    // Found by the property test of clean-text.test.ts: （三）教 over 首页 > 新闻 > 通知 was dropped as a site's name.
    expect([...siteBannerLines(['（三）教', '首页 > 新闻 > 通知'])]).toEqual([])
    expect([...siteBannerLines(['一是加强学校建设', '首页 > 新闻 > 通知'])]).toEqual([])
  })
})
