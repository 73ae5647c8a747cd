import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SRC, styleOf, vueFiles } from './vue-sources.js'

describe('.result-note', () => {
  it('is the one place the notes before the results are styled: CitedPlace, AbsentPlaces and SentenceWords use it and no component repeats its left rule', () => {
    expect(readFileSync(path.join(SRC, 'styles/base.css'), 'utf8')).toContain('.result-note {\n  margin: 0 0 0.75rem;\n  padding: 0.5rem 0.75rem;\n  border-left: 3px solid var(--line);\n  background: var(--surface);\n}')
    const files = vueFiles()
    const using = files.filter((file) => /<p class="result-note /u.test(readFileSync(file, 'utf8'))).map((file) => path.relative(SRC, file)).sort()
    expect(using).toEqual(['components/AbsentPlaces.vue', 'components/CitedPlace.vue', 'components/SentenceWords.vue'])
    const repeating = files.filter((file) => styleOf(file).includes('border-left: 3px solid var(--line)')).map((file) => path.relative(SRC, file))
    // Before: components/AbsentPlaces.vue and components/CitedPlace.vue each spelled the whole note style.
    expect(repeating).toEqual([])
  })
})
