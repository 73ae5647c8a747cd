/**
 * bench/RESULTS.md is one file with a `## <name>` section per benchmark; each run replaces its own section
 * and stamps it with the date and the machine, so figures from different runs are never mixed in one table.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'

const RESULTS = 'bench/RESULTS.md'

export function machineLine(): string {
  const cpu = cpus()
  return `${new Date().toISOString().slice(0, 10)} · ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}) · ${(totalmem() / 2 ** 30).toFixed(0)} GiB · Node ${process.version}`
}

export function writeResultsSection(name: string, lines: string[], path = RESULTS): void {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmark results\n\nFigures measured by the scripts in bench/. Reproduce with the command given in each section.\n'
  const body = `## ${name}\n\n_${machineLine()}_\n\n${lines.join('\n')}\n`
  const pattern = new RegExp(`## ${name}\\n[\\s\\S]*?(?=\\n## |$)`)
  const next = pattern.test(current) ? current.replace(pattern, body.trimEnd() + '\n') : `${current.trimEnd()}\n\n${body}`
  writeFileSync(path, next)
}
