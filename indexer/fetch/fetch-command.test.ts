import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { commandInputs, formatFetchSummary } from './fetch-command.js'
import { parseAddressList, type FetchReport } from './fetch-urls.js'

const LIST = `# 2023 工作要点, 广东
http://jyj.jiangmen.gov.cn/zwgk/tzgg/content/post_2816.html
https://edu.gd.gov.cn/zwgknew/content/post_4123.html   # 附件是 .docx

  # 福建
https://jyj.quanzhou.gov.cn/zwgk/tzgg/202503/t20250322_3.htm
`

describe('parseAddressList', () => {
  it('takes one address a line, skipping blank lines and # comments', () => {
    expect(parseAddressList(LIST)).toEqual([
      'http://jyj.jiangmen.gov.cn/zwgk/tzgg/content/post_2816.html',
      'https://edu.gd.gov.cn/zwgknew/content/post_4123.html',
      'https://jyj.quanzhou.gov.cn/zwgk/tzgg/202503/t20250322_3.htm',
    ])
  })
})

describe('commandInputs', () => {
  it('takes addresses from --url, from positionals that are addresses and from --urls files, once each', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fetch-command-'))
    try {
      writeFileSync(join(dir, 'cities.txt'), LIST)
      const inputs = commandInputs(['~/plans/2026', 'https://edu.gd.gov.cn/zwgknew/content/post_4123.html', 'ftp://example.cn/a.doc'], ['http://jyj.jiangmen.gov.cn/zwgk/tzgg/content/post_2816.html'], [join(dir, 'cities.txt')])
      expect(inputs).toEqual({
        addresses: [
          'http://jyj.jiangmen.gov.cn/zwgk/tzgg/content/post_2816.html',
          'https://edu.gd.gov.cn/zwgknew/content/post_4123.html',
          'ftp://example.cn/a.doc',
          'https://jyj.quanzhou.gov.cn/zwgk/tzgg/202503/t20250322_3.htm',
        ],
        paths: ['~/plans/2026'],
      })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('formatFetchSummary', () => {
  it('prints a count line and one line per address with its files or its reason', () => {
    const report: FetchReport = {
      fetched: 1,
      notModified: 1,
      failed: 1,
      addresses: [
        { address: 'http://jyj.jiangmen.gov.cn/a.html', status: 'fetched', finalUrl: 'http://jyj.jiangmen.gov.cn/a.html', files: ['jyj.jiangmen.gov.cn/江门市教育局2023年工作要点-1a2b3c4d.html'], failure: null, notes: [] },
        { address: 'https://edu.gd.gov.cn/b.html', status: 'not-modified', finalUrl: 'https://edu.gd.gov.cn/b.html', files: ['edu.gd.gov.cn/2023年工作要点-5e6f7a8b.docx'], failure: null, notes: [] },
        { address: 'https://edu.gd.gov.cn/c.html', status: 'failed', finalUrl: null, files: [], failure: { code: 'http_status', message: 'https://edu.gd.gov.cn/c.html answered HTTP 404 Not Found: check the address in a browser.' }, notes: [] },
      ],
    }
    expect(formatFetchSummary(report).split('\n')).toEqual([
      'web addresses  3 (1 fetched, 1 unchanged, 1 failed)',
      '  fetched   http://jyj.jiangmen.gov.cn/a.html → jyj.jiangmen.gov.cn/江门市教育局2023年工作要点-1a2b3c4d.html',
      '  unchanged https://edu.gd.gov.cn/b.html → edu.gd.gov.cn/2023年工作要点-5e6f7a8b.docx',
      '  FAILED    https://edu.gd.gov.cn/c.html  [http_status] https://edu.gd.gov.cn/c.html answered HTTP 404 Not Found: check the address in a browser.',
    ])
  })
})
