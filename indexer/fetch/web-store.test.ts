import { describe, expect, it } from 'vitest'
import { documentFileName, hostFolder } from './web-store.js'

describe('documentFileName', () => {
  it('is the title without characters file systems refuse, cut to 60 characters, then a hash of the address', () => {
    const name = documentFileName('关于印发《江门市教育局2023年工作要点》的通知/附件:1*2?.docx', 'http://jyj.jiangmen.gov.cn/a.docx', 'docx')
    expect(name).toMatch(/^关于印发《江门市教育局2023年工作要点》的通知 附件 1 2-[0-9a-f]{8}\.docx$/)
    expect([...documentFileName('要'.repeat(100), 'http://a.cn/', 'html')].length).toBe(60 + 1 + 8 + 5)
  })

  it('differs for two addresses with the same title', () => {
    expect(documentFileName('工作要点', 'http://a.cn/1', 'html')).not.toBe(documentFileName('工作要点', 'http://a.cn/2', 'html'))
  })
})

describe('hostFolder', () => {
  it('is the host, with the port when there is one', () => {
    expect([hostFolder('web', 'https://edu.gd.gov.cn/a'), hostFolder('web', 'http://127.0.0.1:8123/a')]).toEqual(['web/edu.gd.gov.cn', 'web/127.0.0.1_8123'])
  })
})
