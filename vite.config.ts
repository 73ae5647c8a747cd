import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

const apiPort = process.env.PORT ?? '3000'

export default defineConfig({
  root: 'web',
  plugins: [vue()],
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
    include: ['{indexer,server,web,test}/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // vitest's default is one fork per core less one: a single fork on the 2-core CI machine. Most of the
    // slow files wait (on a browser, a server starting, a timeout), so two forks finish in far less time.
    maxWorkers: 2,
    // expect.poll waits for a condition (a page settling, a count arriving); on a loaded 2-core machine a
    // browser can take seconds to get there, and vitest's 1 s default would fail a correct page.
    expect: { poll: { timeout: 15_000 } },
  },
})
