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
    hookTimeout: 60_000,
    fileParallelism: false,
  },
})
