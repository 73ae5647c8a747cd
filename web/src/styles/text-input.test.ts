import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SRC, styleOf, vueFiles } from './vue-sources.js'

describe('.text-input', () => {
  it('is the only place the web app writes the text box border colour #9aa1ab: no component or page style repeats it', () => {
    expect(readFileSync(path.join(SRC, 'styles/base.css'), 'utf8')).toContain('.text-input {\n  width: 100%;\n  height: 2.25rem;\n  padding: 0 0.625rem;\n  border: 1px solid #9aa1ab;')
    const repeating = vueFiles()
      .filter((file) => styleOf(file).toLowerCase().includes('#9aa1ab'))
      .map((file) => path.relative(SRC, file))
    // Before: components/Pagination.vue, pages/PlanDiffPage.vue, pages/PlanPage.vue and pages/PlansPage.vue.
    expect(repeating).toEqual([])
  })
})
