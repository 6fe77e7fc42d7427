import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

// Chromium tests against browser mode (out/ must be built first: `npm run test:e2e` does it).
export default defineConfig({
  resolve: { alias: { '@core': resolve(import.meta.dirname, 'src') } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    // A sign-in derives its key at the OWASP scrypt cost (about a second, more on a busy machine); long flows sign in often.
    testTimeout: 150_000,
    hookTimeout: 150_000,
    // expect.poll waits for the page like Playwright's waits do (its 1 s default is too short beside a second file).
    expect: { poll: { timeout: 15_000 } },
    // Two files at a time: each has its own server, database and Chromium, and most of a test's time is waiting for the
    // page, so two overlap well on a 2-core machine.
    fileParallelism: true,
    maxWorkers: 2,
    // One retry for a test that failed: on a loaded 2-core CI machine a Vuetify list re-rendered by a change-feed reload
    // detached an option mid-click once per run or so (each failure is printed; a retried pass is flagged as such).
    retry: 1,
  },
})
