/**
 * The server process of the HTTP benchmark: the real portal (startPortal) over a prepared data folder,
 * without the web-build and indexing steps of main.ts. Prints its URL, stops on SIGTERM.
 *
 *   DATA_DIR=<folder with build/index.sqlite> PORT=0 npx tsx bench/http-bench-server.ts
 */
import { pino } from 'pino'
import { loadConfig } from '../server/config.js'
import { startPortal } from '../server/portal.js'

const config = loadConfig(process.env)
// Request lines are logged as in production, to a sink, so their cost is part of the measurement.
const logger = pino({ level: config.logLevel }, pino.destination('/dev/null'))
const portal = await startPortal({ config, logger, webRoot: null, semantic: false, watchIntervalMs: 0 })
console.log(`URL ${portal.url}`)
process.on('SIGTERM', () => {
  portal.close().then(() => process.exit(0))
})
