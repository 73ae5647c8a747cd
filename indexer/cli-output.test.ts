import { describe, expect, it } from 'vitest'
import { duration, embedPace, progressLine } from './cli-output.js'

const embed = (done: number, embedded: number, cached = 0) => ({ kind: 'embed' as const, done, total: 100_000, embedded, cached })

describe('The indexer’s embedding progress line', () => {
  it('gives the pace since the first report and the time left at that pace', () => {
    const pace = embedPace({ event: embed(40_000, 0, 40_000), at: 1_000 }, { event: embed(41_000, 1_000, 40_000), at: 21_000 })
    expect(pace).toEqual({ perSecond: 50, etaMs: 1_180_000 })
    expect(progressLine(embed(41_000, 1_000, 40_000), pace).trimEnd()).toBe(
      'embedding [##########--------------] 41000/100000 (40000 cached, 50.0/s, 19 min 40 s left)',
    )
  })

  it('shows no pace before the model has computed anything', () => {
    expect(embedPace({ event: embed(0, 0), at: 0 }, { event: embed(0, 0), at: 5_000 })).toBeNull()
    expect(progressLine(embed(0, 0)).trimEnd()).toBe('embedding [------------------------] 0/100000 (0 cached)')
  })

  it('writes durations in hours, minutes or seconds', () => {
    expect([duration(12_400), duration(245_000), duration(11_100_000)]).toEqual(['12 s', '4 min 05 s', '3 h 05 min'])
  })
})
