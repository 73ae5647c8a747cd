/**
 * Starts bench/load-server.ts (the real portal plus the measures the load test reads from inside) in its own
 * process, from a checkout's folder, on a prepared data folder, and answers its URL once it listens.
 * Shared by bench/load-test.ts and bench/miss-cost.ts.
 */
import { fork, type ChildProcess } from 'node:child_process'
import path from 'node:path'

export function startLoadServer(root: string, dataDir: string, execArgv: string[] = []): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(root, 'bench/load-server.ts'), [], {
      cwd: root,
      execArgv: ['--import', 'tsx', '--expose-gc', ...execArgv],
      // The bench may need a large heap (NODE_OPTIONS) to read a million clauses; the server starts without it.
      env: { ...process.env, NODE_OPTIONS: '', DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', RATE_LIMIT: '0', MEILI_URL: '' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    child.once('message', (m: { url?: string }) => (m.url ? resolve({ child, url: m.url }) : reject(new Error('no URL'))))
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)))
  })
}
