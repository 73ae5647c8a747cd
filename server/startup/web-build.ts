/** `npm start` builds the web app (vite, programmatically) when dist/web is missing or older than web/. */
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Logger } from 'pino'
import { isStale, markBuiltAsOf } from './freshness.js'

export interface WebBuildOptions {
  root: string
  logger: Logger
}

export function webSources(root: string): string[] {
  return [path.join(root, 'web'), path.join(root, 'vite.config.ts')]
}

/** Returns the folder to serve, or null when there is no web app to build. */
export async function ensureWebBuild({ root, logger }: WebBuildOptions): Promise<string | null> {
  const outDir = path.join(root, 'dist', 'web')
  const index = path.join(outDir, 'index.html')
  if (!existsSync(path.join(root, 'web', 'index.html'))) {
    logger.warn('web/index.html not found: serving the API only')
    return existsSync(index) ? outDir : null
  }
  if (!isStale(index, webSources(root))) return outDir
  logger.info('building the web app (dist/web is missing or older than web/)')
  const started = Date.now()
  const { build } = await import('vite')
  await build({ configFile: path.join(root, 'vite.config.ts'), root: path.join(root, 'web'), logLevel: 'warn', mode: 'production' })
  markBuiltAsOf(index, started)
  logger.info({ ms: Date.now() - started }, 'web app built')
  return outDir
}
