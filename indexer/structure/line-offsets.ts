/** Where line `i` of `lines` starts in `lines.join('\n')`: the characters of the lines before it and their line breaks. */
export const offsetOf = (lines: string[], i: number): number => lines.slice(0, i).reduce((at, line) => at + line.length + 1, 0)
