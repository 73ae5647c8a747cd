/**
 * The command-line side of fetching: addresses from `--url`, `--urls <file>` and positionals that are web
 * addresses, and the per-address table printed after the indexer's summary.
 */
import { readFileSync } from 'node:fs'
import type { AddressReport, FetchReport } from './fetch-urls.js'
import { parseAddressList } from './fetch-urls.js'

/** `https://…`, `http://…` and any other `scheme://` (refused later, with its reason, rather than read as a path). */
const ADDRESS = /^[a-z][a-z0-9+.-]*:\/\//i

export interface CommandInputs {
  addresses: string[]
  paths: string[]
}

/** Splits positionals into web addresses and paths, and adds the addresses of `--url` and of `--urls` files. */
export function commandInputs(positionals: string[], urls: string[] = [], listFiles: string[] = []): CommandInputs {
  const addresses = [...urls]
  const paths: string[] = []
  for (const p of positionals) (ADDRESS.test(p) ? addresses : paths).push(p)
  for (const file of listFiles) addresses.push(...parseAddressList(readFileSync(file, 'utf8')))
  return { addresses: [...new Set(addresses)], paths }
}

const LABEL: Record<AddressReport['status'], string> = { fetched: 'fetched', 'not-modified': 'unchanged', failed: 'FAILED' }

/** One line per address (status, address, stored files or the reason) under a count line. */
export function formatFetchSummary(report: FetchReport): string {
  const lines = [`web addresses  ${report.addresses.length} (${report.fetched} fetched, ${report.notModified} unchanged, ${report.failed} failed)`]
  for (const a of report.addresses) {
    const label = LABEL[a.status].padEnd(9)
    if (a.status === 'failed') lines.push(`  ${label} ${a.address}  [${a.failure?.code}] ${a.failure?.message}`)
    else lines.push(`  ${label} ${a.address} → ${a.files.join(', ')}`)
    for (const note of a.notes) lines.push(`            note: ${note}`)
  }
  return lines.join('\n')
}

export function progressOfAddress(report: AddressReport, done: number, total: number): string {
  const where = report.status === 'failed' ? `${report.failure?.code}: ${report.failure?.message}` : report.files.join(', ')
  return `[${done}/${total}] ${LABEL[report.status]} ${report.address} ${where}`
}
