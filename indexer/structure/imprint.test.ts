import { describe, expect, it } from 'vitest'
import { isImprintLine } from './imprint.js'

describe('isImprintLine', () => {
  it('takes the 抄送 list, the disclosure note and the contact line under a signature', () => {
    for (const line of ['抄送：市委办公室，市政府办公室。', '（此件主动公开）', '(此件公开发布)', '（此件不予公开）', '（联系人：王明，联系电话：0825-2226123）', '联系人：李华  电话：13800000000']) {
      expect(isImprintLine(line), line).toBe(true)
    }
  })

  it('leaves a clause that names a contact or a disclosure in its sentences', () => {
    for (const line of ['3.畅通咨询渠道。各校公布联系人：招生办，联系电话：1234567，接受家长咨询。', '此件公开发布后，各地要认真组织学习。', '（一）此件主动公开']) {
      expect(isImprintLine(line), line).toBe(false)
    }
  })
})
