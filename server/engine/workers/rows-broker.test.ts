/**
 * The server thread's ledger of shared rows: who reads an index file's rows, who waits for them, what happens
 * when the reader cannot deliver, and how many row sets of one file it keeps.
 */
import { describe, expect, it } from 'vitest'
import { ClauseRowsBuilder } from '../sqlite/clause-rows-data.js'
import type { RowsAnswer } from './messages.js'
import { RowsBroker } from './rows-broker.js'

function rowsOf(planId: string) {
  const builder = new ClauseRowsBuilder(1)
  builder.row(1, planId, 2024, '北京市', '北京市', '市级', false, 0, 10)
  return builder.finish()
}

function broker() {
  const answers: { thread: number; answer: RowsAnswer }[] = []
  return { answers, broker: new RowsBroker((thread, answer) => answers.push({ thread, answer })) }
}

describe('RowsBroker', () => {
  it('lets the first thread read, answers the waiting threads with its rows once built, and later ones at once', () => {
    const { answers, broker: b } = broker()
    b.receive(0, { rows: 'want', key: 'A', file: '/i', ask: 1 })
    b.receive(1, { rows: 'want', key: 'A', file: '/i', ask: 7 })
    expect(answers).toEqual([{ thread: 0, answer: { rowsFor: 1, data: null } }])
    const data = rowsOf('p1')
    b.receive(0, { rows: 'built', key: 'A', file: '/i', data })
    b.receive(2, { rows: 'want', key: 'A', file: '/i', ask: 3 })
    expect(answers.slice(1)).toEqual([
      { thread: 1, answer: { rowsFor: 7, data } },
      { thread: 2, answer: { rowsFor: 3, data } },
    ])
    expect([b.reads, b.shared]).toEqual([1, 2])
  })

  it('hands the reading to the next waiting thread when the reader fails or ends', () => {
    const { answers, broker: b } = broker()
    for (const thread of [0, 1, 2]) b.receive(thread, { rows: 'want', key: 'A', file: '/i', ask: 10 + thread })
    b.receive(0, { rows: 'failed', key: 'A' })
    b.threadExited(1)
    expect(answers).toEqual([
      { thread: 0, answer: { rowsFor: 10, data: null } },
      { thread: 1, answer: { rowsFor: 11, data: null } },
      { thread: 2, answer: { rowsFor: 12, data: null } },
    ])
  })

  it('keeps the rows of the two latest indexes of a file: an older one is read again when asked for', () => {
    const { answers, broker: b } = broker()
    for (const key of ['A', 'B', 'C']) {
      b.receive(0, { rows: 'want', key, file: '/i', ask: 1 })
      b.receive(0, { rows: 'built', key, file: '/i', data: rowsOf(key) })
    }
    b.receive(1, { rows: 'want', key: 'B', file: '/i', ask: 2 })
    b.receive(1, { rows: 'want', key: 'A', file: '/i', ask: 3 })
    expect(answers.slice(3).map((a) => a.answer.data?.dictionaries.plans ?? null)).toEqual([['B'], null])
  })
})
