/** The web app's source folder and its single-file components, for the tests that a shared style is not spelled again. */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export function vueFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? vueFiles(path.join(dir, e.name)) : e.name.endsWith('.vue') ? [path.join(dir, e.name)] : [])
}

/** A component's style block, '' when it has none. */
export const styleOf = (file: string) => readFileSync(file, 'utf8').split('<style')[1] ?? ''
