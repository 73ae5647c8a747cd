import { describe, expect, it } from 'vitest'
import { isHiddenTextMarker, withoutHiddenTextMarker } from './hidden-text-marker.js'

describe('a sharing site’s 此处隐藏N字 marker', () => {
  it('is the marker alone on its line, dashes or dots around it', () => {
    expect(['---此处隐藏3210字,下载后查看---', '……此处隐藏：1234字，全部文档内容请下载后查看……', '此处隐藏568字'].map(isHiddenTextMarker)).toEqual([true, true, true])
  })

  it('is no sentence that speaks of hiding or of a count of characters', () => {
    expect(['此处隐藏的风险点要及时排查。', '全文共3210字，下载后查看附件。', '1.排查校园隐患。'].map(isHiddenTextMarker)).toEqual([false, false, false])
  })

  it('goes from the middle of a sentence, the words either side closed up', () => {
    expect(withoutHiddenTextMarker('推进全覆盖，……此处隐藏：1234字，全部文档内容请下载后查看……培育示范校5所。')).toBe('推进全覆盖，培育示范校5所。')
    expect(withoutHiddenTextMarker('新增学位500个。---此处隐藏3210字,下载后查看---')).toBe('新增学位500个。')
    expect(withoutHiddenTextMarker('此处隐藏的风险点要及时排查。')).toBe('此处隐藏的风险点要及时排查。')
  })
})
