// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import PlanMeta from './PlanMeta.vue'
import type { PlanRecord } from '../api/types.js'

// The 江门市 2023 plan of the bundled corpus, as indexed from a fetched page (npm run index -- --url …).
const PLAN: PlanRecord = {
  id: 'jiangmen-2023-jiaoyuju-gongzuo-yaodian',
  title: '江门市教育局2023年工作要点',
  issuer: '江门市教育局',
  city: '江门市',
  province: '广东省',
  level: '市',
  year: 2023,
  publishDate: '2023-03-15',
  docNumber: '江教办〔2023〕5号',
  validity: null,
  source: { file: 'web/jyj.jiangmen.gov.cn/江门市教育局2023年工作要点-1a2b3c4d.html', url: 'http://jyj.jiangmen.gov.cn/zwgk/tzgg/content/post_2816.html', partOf: null },
  metadataEvidence: {},
  clauseCount: 27,
  outlineOnlyCount: 0,
  passageCount: 1,
  contentHash: '0'.repeat(64),
  displayName: '江门市教育局《江门市教育局2023年工作要点》',
}

describe('PlanMeta', () => {
  it('links the source address, naming its site, with nofollow and in a new window', () => {
    const link = mount(PlanMeta, { props: { plan: PLAN } }).get('a')
    expect([link.attributes('href'), link.attributes('rel'), link.attributes('target'), link.text()]).toEqual([
      'http://jyj.jiangmen.gov.cn/zwgk/tzgg/content/post_2816.html',
      'noopener noreferrer nofollow external',
      '_blank',
      '原文链接（jyj.jiangmen.gov.cn）（在新窗口打开）',
    ])
  })

  it('shows the file name when the source address is missing or not a web address', () => {
    const w = mount(PlanMeta, { props: { plan: { ...PLAN, source: { ...PLAN.source, url: 'javascript:alert(1)' } } } })
    // No link to the address; the one link left downloads the user's own file from the portal.
    expect(w.findAll('a').map((a) => a.attributes('href'))).toEqual(['/api/plans/jiangmen-2023-jiaoyuju-gongzuo-yaodian/file'])
    expect(w.text()).toContain('来源web/jyj.jiangmen.gov.cn/江门市教育局2023年工作要点-1a2b3c4d.html')
  })
})
