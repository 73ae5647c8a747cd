import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function vueFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? vueFiles(path.join(dir, e.name)) : e.name.endsWith('.vue') ? [path.join(dir, e.name)] : [])
}

describe('.result-note', () => {
  it('is the one place the notes before the results are styled: CitedPlace and AbsentPlaces use it and no component repeats its left rule', () => {
    expect(readFileSync(path.join(SRC, 'styles/base.css'), 'utf8')).toContain('.result-note {\n  margin: 0 0 0.75rem;\n  padding: 0.5rem 0.75rem;\n  border-left: 3px solid var(--line);\n  background: var(--surface);\n}')
    const files = vueFiles(SRC)
    const using = files.filter((file) => /<p class="result-note /u.test(readFileSync(file, 'utf8'))).map((file) => path.relative(SRC, file)).sort()
    expect(using).toEqual(['components/AbsentPlaces.vue', 'components/CitedPlace.vue'])
    const repeating = files.filter((file) => (readFileSync(file, 'utf8').split('<style')[1] ?? '').includes('border-left: 3px solid var(--line)')).map((file) => path.relative(SRC, file))
    // Before: components/AbsentPlaces.vue and components/CitedPlace.vue each spelled the whole note style.
    expect(repeating).toEqual([])
  })
})
