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

  it('says what is not stated in the reader’s words, never pointing them to data/catalog.json', () => {
    const anonymous: PlanRecord = {
      ...PLAN, issuer: null, city: null, province: null, level: null, docNumber: null, publishDate: null,
      metadataEvidence: { year: { value: 2023, source: 'catalog' } },
    }
    const w = mount(PlanMeta, { props: { plan: anonymous } })
    expect(w.get('[data-testid="plan-unknown"]').text()).toBe('发布机构、文号、发布日期、成文日期、效力状态（文件中没有写明）')
    expect(w.text()).toContain('地区未注明：文件头、标题和正文中没有可以确认的地名（汇编中的文件常被隐去地名）。')
    expect(w.text()).not.toMatch(/catalog|data\//)
    const setInCatalog = mount(PlanMeta, { props: { plan: { ...PLAN, metadataEvidence: { issuer: { value: '江门市教育局', source: 'catalog' } } } } })
    expect(setInCatalog.text()).toContain('发布机构江门市教育局 （据本站补录）')
  })
})
