import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { chromium, type Browser, type Page } from 'playwright-core'
import { createServer, type ViteDevServer } from 'vite'
import vuetify from 'vite-plugin-vuetify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_PATH, chromiumAvailable, ROOT } from './harness'

// The renderer's SOP registry in Chromium: a page of its own (fixtures/sop-uji, served by a Vite dev server here, so
// the test-only SOP never enters the product build) registers the test SOP and shows, through the case page's own
// components, its step 2 in the plain form and its records in the plain view, beside SOP 07's record of a step with
// the same code. The engine side of the same SOP runs in src/sops/testing/sop-uji/sop-uji.test.ts.
describe.runIf(chromiumAvailable())('a test-only SOP on screen', () => {
  let server: ViteDevServer
  let browser: Browser
  let page: Page
  const cacheDir = mkdtempSync(join(tmpdir(), 'sidara-vite-'))
  const pageErrors: string[] = []

  beforeAll(async () => {
    server = await createServer({
      configFile: false,
      root: join(ROOT, 'tests/e2e/fixtures/sop-uji'),
      cacheDir,
      logLevel: 'error',
      plugins: [vue(), vuetify({ autoImport: true })],
      resolve: { alias: { '@core': join(ROOT, 'src'), '@': join(ROOT, 'renderer/src') } },
      // No dependency discovery: a late one would reload the page under the test. The CommonJS packages the page
      // reaches are pre-bundled from the start (the renderer's api.ts reads the contract, whose device fields use ipaddr.js).
      optimizeDeps: { noDiscovery: true, include: ['ipaddr.js'] },
      server: { host: '127.0.0.1', port: 0, fs: { allow: [ROOT] }, hmr: false },
    })
    await server.listen()
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--headless', '--no-sandbox', '--disable-gpu', '--lang=id-ID'] })
    page = await browser.newPage()
    page.on('pageerror', (e) => pageErrors.push(e.message))
    // The dev server transforms each module on first request (Vuetify's are many): give the first load time.
    await page.goto(server.resolvedUrls!.local[0], { waitUntil: 'commit' })
    await page.getByRole('region', { name: 'Formulir SOP-UJI langkah 2' }).waitFor({ timeout: 100_000 })
  }, 150_000)
  afterAll(async () => {
    await browser?.close()
    await server?.close()
    rmSync(cacheDir, { recursive: true, force: true })
  })

  it('gives a step with no form of its own the plain form: its outcomes and a note, checked with the plain schema', async () => {
    const form = page.getByRole('region', { name: 'Formulir SOP-UJI langkah 2' })
    await expect.poll(() => form.getByText('Tim Data Center memeriksa kelengkapan berkas').isVisible()).toBe(true)
    await form.getByRole('button', { name: 'Simpan Langkah' }).click()
    const isian = () => page.getByTestId('isian').textContent()
    await expect.poll(async () => JSON.parse((await isian()) || '{}').errors).toEqual({ hasil: 'Pilih hasil langkah ini.' })
    await expect.poll(() => form.getByText('Pilih hasil langkah ini.', { exact: true }).isVisible()).toBe(true)

    await form.getByRole('radio', { name: 'Berkas kurang; ditolak' }).check()
    await form.getByRole('textbox', { name: 'Catatan (opsional)' }).fill('Formulir tidak dilampirkan')
    await form.getByRole('button', { name: 'Simpan Langkah' }).click()
    await expect.poll(async () => JSON.parse((await isian()) || '{}')).toEqual({
      input: { langkah: 'pemeriksaan', hasil: 'kurang', catatan: 'Formulir tidak dilampirkan' },
      errors: {},
    })
  })

  it('shows a record in the plain view, and SOP 07\'s record of the same step code in SOP 07\'s view', async () => {
    const uji = page.getByRole('region', { name: 'Catatan SOP-UJI langkah 3' })
    await expect.poll(() => uji.locator('dt').allTextContents()).toEqual(['Ringkasan', 'Tanggal'])
    await expect.poll(() => uji.locator('dd').allTextContents()).toEqual(['Colocation satu server disetujui.', '24 November 2026'])
    const sop07 = page.getByRole('region', { name: 'Catatan SOP-07 langkah 5' })
    await expect.poll(() => sop07.locator('dt').allTextContents()).toEqual(['Perangkat dipilih', 'Alasan'])
    await expect.poll(() => sop07.getByText('ppdb-app01').isVisible()).toBe(true)
    await page.screenshot({ path: join(ROOT, 'test-results', 'screenshots', 'sop-uji.png'), fullPage: true })
    expect(pageErrors).toEqual([])
  })
})
