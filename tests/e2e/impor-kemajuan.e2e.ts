// The import screen shows real progress for a big inventory: 10,000 rows previewed and then imported, the bar moving
// through the rows while the call runs (devices.importKemajuan polled beside the work queue), in Chromium.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest'
import type { Page } from 'playwright-core'
import { chromiumAvailable, failureReport, screenshot, signIn, startApp, type RunningApp } from './harness'

const ROWS = 10_000

/** A ';' CSV as the Tim DC keeps it: name, OPD, serial, asset number, two IPs, OS. */
function bigCsv(): Buffer {
  const lines = ['Nama Server;OPD;No. Seri;Kode Barang;IP Address;OS']
  for (let i = 0; i < ROWS; i++) {
    lines.push([`srv-besar-${i}`, i % 2 ? 'DINKES' : 'DISDIK', `SN-BESAR-${i}`, `NUP-BESAR-${i}`, `10.${60 + Math.floor(i / 250)}.${i % 250}.10, 10.${60 + Math.floor(i / 250)}.${i % 250}.11`, 'Ubuntu 22.04'].join(';'))
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`)
}

/** Records in the page every value and text the two progress bars show, from now on. */
async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { kemajuan: { bar: string; now: number; text: string }[] }
    w.kemajuan = []
    const look = () => {
      for (const bar of document.querySelectorAll('[role="progressbar"][aria-label^="Kemajuan"]')) {
        const now = Number(bar.getAttribute('aria-valuenow'))
        const text = bar.parentElement?.textContent?.trim() ?? ''
        const last = w.kemajuan.at(-1)
        if (!last || last.now !== now || last.text !== text) w.kemajuan.push({ bar: bar.getAttribute('aria-label') ?? '', now, text })
      }
    }
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
  })
}

const recorded = (page: Page) => page.evaluate(() => (window as unknown as { kemajuan: { bar: string; now: number; text: string }[] }).kemajuan)

describe.skipIf(!chromiumAvailable())('Impor besar dengan bilah kemajuan di Chromium', () => {
  let app: RunningApp
  let page: Page

  beforeAll(async () => {
    app = await startApp()
    page = await app.openPage()
    await signIn(page, 'timdc')
  })

  afterAll(async () => {
    await app?.close()
  })

  it('menampilkan kemajuan pratinjau dan impor 10.000 baris', async () => {
    onTestFailed(async () => {
      await failureReport(page, 'impor-besar-gagal')
    })
    await page.goto(`${app.origin}/#/inventaris`)
    await page.getByRole('tab', { name: 'Impor', exact: true }).click()
    await page.getByRole('heading', { name: 'Inventaris Data Center' }).waitFor()
    await recordProgress(page)
    await page.locator('input[type=file]').setInputFiles({ name: 'inventaris-lengkap.csv', mimeType: 'text/csv', buffer: bigCsv() })
    await page.getByRole('progressbar', { name: 'Kemajuan pratinjau' }).waitFor()
    await page.getByRole('status', { name: 'Ringkasan pratinjau' }).getByText(`Tambah ${ROWS}`).waitFor({ timeout: 60_000 })
    const preview = (await recorded(page)).filter((k) => k.bar === 'Kemajuan pratinjau')
    // The bar moved through the rows: a value between the ends, with the words saying which row.
    expect(preview.some((k) => k.now > 0 && k.now < 100 && /Memeriksa baris [\d.]+ dari 10\.000/.test(k.text))).toBe(true)
    await screenshot(page, 'impor-besar-pratinjau')

    await page.getByRole('button', { name: `Impor ${ROWS} baris` }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Keterangan Impor', { exact: true }).fill('Impor inventaris lengkap Data Center')
    await dialog.getByRole('button', { name: `Impor ${ROWS} baris` }).click()
    await page.getByRole('progressbar', { name: 'Kemajuan impor' }).waitFor()
    await page.getByText('Impor selesai.', { exact: true }).waitFor({ timeout: 90_000 })
    await page.getByText(`${ROWS} perangkat ditambahkan, 0 diperbarui, 0 dilewati.`).waitFor()
    const commit = (await recorded(page)).filter((k) => k.bar === 'Kemajuan impor')
    expect(commit.some((k) => k.now > 0 && k.now < 100 && /(Memeriksa baris|Menyimpan) [\d.]+ dari 10\.000/.test(k.text))).toBe(true)
    // Values only go forward within one stage.
    const saving = commit.filter((k) => k.text.includes('Menyimpan')).map((k) => k.now)
    expect(saving).toEqual([...saving].sort((a, b) => a - b))
    await screenshot(page, 'impor-besar-hasil')
  })
})
