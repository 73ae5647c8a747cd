import { configDefaults, defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { precompressAssets } from './web/precompress-assets.js'

const apiPort = process.env.PORT ?? '3000'

/**
 * Test files that compare timings or scheduling order inside one run (a median beside an export against
 * its own baseline, which thread answers first, how long a timeout takes): a neighbouring file's load
 * changing between their phases would fail a correct build, so they run alone, after the others.
 */
const TIMED = [
  'server/engine/workers/read-queue.test.ts',
  'server/engine/workers/worker-pool-engine.test.ts',
  'server/many-readers.test.ts',
  'server/engine/sqlite/sqlite-engine.test.ts',
  'server/engine/meili/meili-engine.failure.test.ts',
  'test/reliability/meili-unreachable.test.ts',
]

export default defineConfig({
  root: 'web',
  plugins: [vue(), precompressAssets()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/api': `http://127.0.0.1:${apiPort}` },
  },
  test: {
    root: '.',
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // A scratch folder for the run, where the files that index the bundled corpus or need the web build share one (server/testing/run-cache.ts).
    globalSetup: ['server/testing/run-cache-setup.ts'],
    // expect.poll waits for a condition (a page settling, a count arriving); on a loaded 2-core machine a
    // browser can take seconds to get there, and vitest's 1 s default would fail a correct page.
    expect: { poll: { timeout: 15_000 } },
    projects: [
      // vitest's default is one fork per core less one: a single fork on the 2-core CI machine. Most of the
      // slow files wait (on a browser, a server starting, a timeout), so two forks finish in far less time.
      { extends: true, test: { name: 'parallel', include: ['{indexer,server,web,test}/**/*.test.ts'], exclude: [...configDefaults.exclude, ...TIMED], maxWorkers: 2 } },
      { extends: true, test: { name: 'timed', include: TIMED, maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
  },
})
