import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function vueFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? vueFiles(path.join(dir, e.name)) : e.name.endsWith('.vue') ? [path.join(dir, e.name)] : [])
}

describe('.text-input', () => {
  it('is the only place the web app writes the text box border colour #9aa1ab: no component or page style repeats it', () => {
    expect(readFileSync(path.join(SRC, 'styles/base.css'), 'utf8')).toContain('.text-input {\n  width: 100%;\n  height: 2.25rem;\n  padding: 0 0.625rem;\n  border: 1px solid #9aa1ab;')
    const repeating = vueFiles(SRC)
      .filter((file) => (readFileSync(file, 'utf8').split('<style')[1] ?? '').toLowerCase().includes('#9aa1ab'))
      .map((file) => path.relative(SRC, file))
    // Before: components/Pagination.vue, pages/PlanDiffPage.vue, pages/PlanPage.vue and pages/PlansPage.vue.
    expect(repeating).toEqual([])
  })
})
