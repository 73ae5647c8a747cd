/**
 * The policy files under the given paths: folders are walked recursively and give the files with a
 * supported extension, skipping dotfiles and dot-folders (.git, .DS_Store). A path that names a file is
 * listed whatever its extension, so that readDocument can tell the user why a .doc they asked for is
 * skipped instead of ignoring it silently. Sorted so that every run sees the files in the same order.
 */
import { readdir, stat } from 'node:fs/promises'
import { basename, extname, join, normalize, resolve } from 'node:path'
import { SUPPORTED_EXTENSIONS } from './read-document.js'

export async function listCorpusFiles(paths: string[]): Promise<string[]> {
  const found = new Set<string>()
  for (const given of paths) {
    const path = normalize(given)
    const info = await stat(path)
    if (info.isDirectory()) await walk(path, found)
    else found.add(path)
  }
  return [...found].sort(compareCodeUnits)
}

async function walk(dir: string, found: Set<string>): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) await walk(path, found)
    else if ((entry.isFile() || (entry.isSymbolicLink() && (await stat(path)).isFile())) && isSupported(path)) found.add(path)
  }
}

function isSupported(path: string): boolean {
  return !basename(path).startsWith('.') && SUPPORTED_EXTENSIONS.includes(extname(path).toLowerCase())
}

/** Plain code-unit order, independent of the machine's locale. */
function compareCodeUnits(a: string, b: string): number {
  const ra = resolve(a)
  const rb = resolve(b)
  return ra < rb ? -1 : ra > rb ? 1 : 0
}
