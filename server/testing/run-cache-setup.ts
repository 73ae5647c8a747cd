/**
 * vitest global setup: a scratch folder for the run, where run-cache.ts keeps what the run's test files share
 * (the bundled corpus indexed once, the web app built once), removed when the run ends. Making the folder is
 * all it does, so a run of one test file pays nothing for it.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'vitest-run-cache-'))
  project.provide('runCacheDir', dir)
  return () => rmSync(dir, { recursive: true, force: true })
}
