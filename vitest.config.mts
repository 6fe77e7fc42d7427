import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@core': resolve(import.meta.dirname, 'src') } },
  test: {
    include: ['src/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/testing/password-cost.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
})
