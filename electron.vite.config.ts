import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'
import vuetify from 'vite-plugin-vuetify'

const core = resolve(__dirname, 'src')

export default defineConfig({
  main: {
    resolve: { alias: { '@core': core } },
    build: {
      rollupOptions: {
        // The browser driver of `npm run bench:ui` is loaded from node_modules at run time (it reads its own files).
        external: ['playwright-core'],
        // index: the Electron main process; web: browser mode (no Electron); bench: the list/search benchmark.
        input: {
          index: resolve(__dirname, 'electron/main.ts'),
          web: resolve(__dirname, 'src/server/cli.ts'),
          bench: resolve(__dirname, 'scripts/bench.ts'),
          // bench-ui: `npm run bench:ui`, the same letters measured in Chromium through browser mode.
          'bench-ui': resolve(__dirname, 'scripts/bench-ui.ts'),
          // soak: `npm run soak`, crash and fuzz harness (never packaged).
          soak: resolve(__dirname, 'scripts/soak.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    resolve: { alias: { '@core': core, '@': resolve(__dirname, 'renderer/src') } },
    plugins: [vue(), vuetify({ autoImport: true })],
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
})
