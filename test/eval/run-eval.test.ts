import { describe, expect, it } from 'vitest'
import { handWrittenSubsections } from './run-eval.js'

describe('the Semantic evaluation section rewritten by --write', () => {
  it('keeps the hand-written subsections that follow its generated tables, and nothing of the next section', () => {
    const results = [
      '## Semantic evaluation',
      '',
      '| mode | tuning P@10 |',
      '| hybrid | 0.532 |',
      '',
      '### Ranking and fusion trials',
      '',
      '| what | kept |',
      '| RRF | no |',
      '',
      '## Similarity floor',
      '',
      'floor table',
    ].join('\n')
    expect(handWrittenSubsections(results)).toEqual(['', '### Ranking and fusion trials\n\n| what | kept |\n| RRF | no |'])
  })

  it('keeps nothing when the section has no subsection, or the file no such section', () => {
    expect(handWrittenSubsections('## Semantic evaluation\n\n| mode |\n\n## Similarity floor\n\n### Not this one\n')).toEqual([])
    expect(handWrittenSubsections('')).toEqual([])
  })
})
