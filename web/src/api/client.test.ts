import { describe, expect, it } from 'vitest'
import { EXPORT_MAX_ROWS as SERVER_CAP, MAX_PAGE as SERVER_MAX_PAGE } from '../../../server/http/query-schemas.js'
import { EXPORT_MAX_ROWS, MAX_PAGE, exportUrl } from './client.js'

describe('export links', () => {
  it('know the server\'s export cap', () => {
    expect(EXPORT_MAX_ROWS).toBe(SERVER_CAP)
  })

  it('know the last page the server answers', () => {
    expect(MAX_PAGE).toBe(SERVER_MAX_PAGE)
  })

  it('leave out the paging of a list and of the grouped view', () => {
    const params = new URLSearchParams({ q: '双减', page: '3', limit: '20', group: 'plan', groupPage: '2', groupLimit: '10' })
    expect(exportUrl(params, 'csv')).toBe('/api/export?q=%E5%8F%8C%E5%87%8F&format=csv')
  })
})
