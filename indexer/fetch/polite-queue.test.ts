import { describe, expect, it } from 'vitest'
import { createPoliteQueue } from './polite-queue.js'

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

describe('createPoliteQueue', () => {
  it('runs one task at a time per host, pausing between them, while other hosts proceed in parallel', async () => {
    const queue = createPoliteQueue(50)
    const log: string[] = []
    const task = (name: string) => async () => {
      log.push(`start ${name} ${Date.now()}`)
      await sleep(20)
      log.push(`end ${name} ${Date.now()}`)
      return name
    }
    const results = await Promise.all([
      queue.run('jyj.jiangmen.gov.cn', task('a1')),
      queue.run('JYJ.jiangmen.gov.cn', task('a2')),
      queue.run('edu.quanzhou.gov.cn', task('b1')),
    ])
    expect(results).toEqual(['a1', 'a2', 'b1'])
    const at = (event: string) => Number(log.find((l) => l.startsWith(`${event} `))!.split(' ')[2])
    expect(log.map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual(['start a1', 'start b1', 'end a1', 'end b1', 'start a2', 'end a2'])
    expect(at('start a2') - at('end a1')).toBeGreaterThanOrEqual(49)
  })

  it('keeps going after a failed task, and waits a host Crawl-delay longer than its own delay', async () => {
    const waits: number[] = []
    const queue = createPoliteQueue(0, async (ms) => {
      waits.push(ms)
    })
    queue.setHostDelay('edu.example.cn', 80)
    const failed = queue.run('edu.example.cn', async () => {
      throw new Error('HTTP 503')
    })
    await expect(failed).rejects.toThrow('HTTP 503')
    expect(await queue.run('edu.example.cn', async () => 'next')).toBe('next')
    // With no delay of its own the queue would not sleep at all; it sleeps what is left of the 80 ms.
    expect(waits).toHaveLength(1)
    expect(waits[0]).toBeGreaterThan(0)
    expect(waits[0]).toBeLessThanOrEqual(80)
  })
})
