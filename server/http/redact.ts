/**
 * Reasons reported by the engine or the model loader are written for operators and may name files.
 * Before such a text goes into a response, absolute paths are cut to their last segment.
 */
const ABSOLUTE_PATH = /(?<![\w:/.\\])(?:[A-Za-z]:)?(?:[\\/][^\\/\s'"`,;:()]+){2,}[\\/]?/g

export function redactPaths(text: string): string {
  return text.replace(ABSOLUTE_PATH, (path) => {
    const parts = path.split(/[\\/]/).filter(Boolean)
    return `…/${parts[parts.length - 1] ?? ''}`
  })
}
