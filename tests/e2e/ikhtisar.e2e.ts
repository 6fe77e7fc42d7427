// A leader's Dasbor (issue 10, items 5 and 6): the Kepala Bidang sees the charts with their text tables, clicks a bar
// of each kind and lands on the list behind it with its filter, and downloads the two rekap from Laporan (both open
// in LibreOffice). Staff see their work first, without the charts.
import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest'
import type { Download, Locator, Page } from 'playwright-core'
import { convertToPdf, hasLibreOffice, pdfPageTexts } from '@core/documents/kit/testing/libreoffice'
import { docxText } from '@core/documents/testing/docx'
import { chromiumAvailable, failureReport, screenshot, signIn, signOut, startApp, type RunningApp } from './harness'

/** A chart card by its heading. */
const chart = (page: Page, judul: string) => page.locator('.chart-card').filter({ has: page.getByRole('heading', { name: judul, exact: true }) })

/** Clicks on the canvas where the chart drew a bar (the box lists bar centres): the real Chart.js click path. */
async function clickBar(card: Locator, pick: (bars: { d: number; i: number; x: number; y: number }[]) => { x: number; y: number } | undefined): Promise<void> {
  const box = card.locator('.chart-box')
  // The Dasbor is kept between visits: shown again (Back), it first checks whether the record moved (clicks held
  // meanwhile) and its charts take their size again; click once it is current and drawn.
  await card.page().locator('.kept-view[aria-busy="false"]').waitFor()
  await expect.poll(async () => (await box.locator('canvas').boundingBox())?.width ?? 0).toBeGreaterThan(0)
  // As a person scrolls to the chart: the mouse clicks at window coordinates (Back restores the scroll position).
  await box.scrollIntoViewIfNeeded()
  await expect.poll(async () => JSON.parse((await box.getAttribute('data-batang')) ?? '[]').length).toBeGreaterThan(0)
  const bar = pick(JSON.parse((await box.getAttribute('data-batang'))!))
  expect(bar).toBeDefined()
  const canvas = await box.locator('canvas').boundingBox()
  await card.page().mouse.click(canvas!.x + bar!.x, canvas!.y + bar!.y)
}

async function downloadOf(page: Page, button: Locator): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  return download
}

describe.skipIf(!chromiumAvailable())('Ikhtisar pimpinan dan rekap (Chromium)', () => {
  let app: RunningApp

  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('Kepala Bidang melihat grafik, membuka daftar di balik batang, dan mengunduh kedua rekap', async () => {
    const page = await app.openPage()
    onTestFailed(async () => {
      await failureReport(page, 'gagal-ikhtisar', { fullPage: true })
    })
    await signIn(page, 'kabid')
    await page.getByRole('heading', { name: 'Ikhtisar Pimpinan' }).waitFor()

    // Each chart has a picture with a summary (its accessible name) and a table of the same figures.
    const surat = chart(page, 'Surat masuk per bulan menurut sifat')
    await surat.waitFor()
    const summary = await surat.getByRole('img').getAttribute('aria-label')
    expect(summary).toMatch(/^\d+ surat masuk dalam 12 bulan: Biasa \d+, Penting \d+, Segera \d+, Sangat Segera \d+\.$/)
    const table = surat.getByRole('table', { name: 'Surat masuk per bulan menurut sifat' })
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(['Bulan', 'Biasa', 'Penting', 'Segera', 'Sangat Segera'])
    expect(await table.getByRole('row').count()).toBe(13)
    const total = Number(summary!.match(/^(\d+)/)![1])
    expect(total).toBeGreaterThan(0)
    await surat.getByRole('button', { name: 'Tampilkan tabel' }).click()
    await table.waitFor({ state: 'visible' })
    for (const judul of ['Disposisi tepat waktu dan terlambat per pejabat', 'Permohonan berjalan per langkah SOP', 'Hari kerja per langkah terhadap standar SOP', 'Perangkat per OPD', 'Keterisian rak (persen U terpakai)']) {
      await chart(page, judul).waitFor()
    }
    expect(await chart(page, 'Hari kerja per langkah terhadap standar SOP').getByRole('img').getAttribute('aria-label')).toMatch(/^Standar SOP 1 hari kerja per langkah/)
    await screenshot(page, 'ikhtisar-01-dasbor-pimpinan', { fullPage: true })

    // The table's figures lead to the same lists: links with an address (a new tab), and Enter opens the list in the app;
    // the menu then marks Surat Masuk as the current page, no longer the Dasbor.
    const figure = table.getByRole('link').first()
    expect(await figure.getAttribute('href')).toMatch(/#\/surat-masuk\?.*sifat=/)
    await figure.focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(/#\/surat-masuk\?.*sifat=/)
    await page.getByRole('heading', { name: 'Surat Masuk', exact: true }).waitFor()
    const menu = page.getByRole('navigation', { name: 'Menu utama' })
    await expect.poll(() => menu.getByRole('link', { name: /^Surat Masuk/ }).getAttribute('aria-current')).toBe('page')
    expect(await menu.getByRole('link', { name: /^Dasbor/ }).getAttribute('aria-current')).toBeNull()
    await page.goBack()
    await expect.poll(() => menu.getByRole('link', { name: /^Dasbor/ }).getAttribute('aria-current')).toBe('page')

    // The charts take their box's size themselves (not Chart.js's responsive mode, which emptied them whenever the kept
    // Dasbor left the page): a narrower window redraws each canvas at its box's new width.
    const lebar = async (l: Locator) => (await l.boundingBox())?.width ?? 0
    const kotak = surat.locator('.chart-box')
    const sebelum = await lebar(kotak)
    expect(Math.abs((await lebar(kotak.locator('canvas'))) - sebelum)).toBeLessThan(2)
    const ukuran = page.viewportSize()!
    await page.setViewportSize({ width: 900, height: ukuran.height })
    await expect.poll(() => lebar(kotak)).not.toBe(sebelum)
    await expect.poll(async () => Math.abs((await lebar(kotak.locator('canvas'))) - (await lebar(kotak)))).toBeLessThan(2)
    await page.setViewportSize(ukuran)
    await expect.poll(async () => Math.abs((await lebar(kotak.locator('canvas'))) - sebelum)).toBeLessThan(2)

    // A bar of the letters chart: the Surat Masuk list of that month and sifat.
    await clickBar(surat, (bars) => bars.at(-1))
    await page.waitForURL(/#\/surat-masuk\?.*sifat=/)
    const url = new URL(page.url().replace('#/', ''))
    const sifat = url.searchParams.get('sifat')!
    expect(url.searchParams.get('dari')).toMatch(/^\d{4}-\d{2}-01$/)
    await page.getByRole('heading', { name: 'Surat Masuk', exact: true }).waitFor()
    await page.getByRole('cell', { name: /^\d{4}\/\d{4}$/ }).first().waitFor()
    await screenshot(page, 'ikhtisar-02-surat-bulan-sifat')
    expect(sifat).toMatch(/^(Biasa|Penting|Segera|Sangat Segera)$/)

    // A bar of the dispositions chart: that official's dispositions in that state.
    await page.goBack()
    const disposisi = chart(page, 'Disposisi tepat waktu dan terlambat per pejabat')
    await disposisi.waitFor()
    await clickBar(disposisi, (bars) => bars[0])
    await page.waitForURL(/#\/disposisi\/pantau\?.*pegawai=\d+.*keadaan=/)
    await page.getByRole('heading', { name: 'Pantau Disposisi' }).waitFor()
    // A server list like the others: the count in the header, rows in a table whose number opens the letter.
    const jumlah = page.getByText(/ · [\d.]+ disposisi$/)
    await jumlah.waitFor()
    expect(Number((await jumlah.innerText()).match(/· ([\d.]+) disposisi$/)![1].replace(/\./g, ''))).toBeGreaterThan(0)
    await page.locator('.v-chip', { hasText: 'Pejabat:' }).waitFor()
    const daftar = page.getByRole('region', { name: 'Disposisi yang dipantau' })
    expect(await daftar.getByRole('columnheader').allInnerTexts()).toEqual(['No. Agenda', 'Hal / Asal Surat', 'Penerima', 'Tanggal', 'Batas Waktu', 'Ditindaklanjuti', 'Keadaan'])
    await screenshot(page, 'ikhtisar-03-pantau-disposisi')
    // The first row's number is a link with an address (a new tab, middle click); Enter opens its letter in the app.
    const nomor = daftar.locator('tbody tr').first().getByRole('link').first()
    const agenda = await nomor.innerText()
    expect(agenda).toMatch(/^\d{4}\/\d{4}$/)
    expect(await nomor.getAttribute('href')).toMatch(/#\/surat-masuk\/\d+$/)
    await nomor.focus()
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: `Surat Masuk ${agenda}` }).waitFor()
    await page.goBack()
    await page.getByRole('heading', { name: 'Pantau Disposisi' }).waitFor()

    // A bar of the open cases per step: the Permohonan list at that step.
    await page.goBack()
    const langkah = chart(page, 'Permohonan berjalan per langkah SOP')
    await langkah.waitFor()
    await clickBar(langkah, (bars) => bars[0])
    await page.waitForURL(/#\/permohonan\?.*langkah=/)
    await page.locator('.v-chip', { hasText: /Langkah: \d+\. / }).waitFor()
    await page.getByRole('row').nth(1).waitFor()
    await screenshot(page, 'ikhtisar-04-permohonan-langkah')

    // Laporan: both rekap as Word and Excel.
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Laporan' }).click()
    await page.getByRole('heading', { name: 'Rekap untuk Pimpinan' }).waitFor()
    await page.getByText('12 bulan terakhir', { exact: true }).click()
    await screenshot(page, 'ikhtisar-05-laporan')
    for (const [nama, judul] of [['Rekap Disposisi per Pejabat', 'REKAP DISPOSISI PER PEJABAT'], ['Rekap Permohonan', 'REKAP PERMOHONAN PENARIKAN SERVER']] as const) {
      const docx = await downloadOf(page, page.getByRole('button', { name: `Unduh ${nama} sebagai Word (.docx)` }))
      expect(docx.suggestedFilename()).toMatch(/^Rekap-(Disposisi|Permohonan)-\d{4}-\d{2}-01-sd-\d{4}-\d{2}-\d{2}\.docx$/)
      const path = (await docx.path())!
      expect((await docxText(await readFile(path))).paragraphs).toContain(judul)
      if (hasLibreOffice()) {
        const copy = `${path}.docx`
        await import('node:fs/promises').then((fs) => fs.copyFile(path, copy))
        expect((await pdfPageTexts(await convertToPdf(copy))).join('\n')).toContain(judul)
      }
      const xlsx = await downloadOf(page, page.getByRole('button', { name: `Unduh ${nama} sebagai Excel (.xlsx)` }))
      expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/)
      expect((await readFile((await xlsx.path())!)).subarray(0, 2).toString()).toBe('PK')
    }

    // Staff see their work first and no charts.
    await signOut(page)
    await signIn(page, 'timdc')
    await page.getByRole('heading', { name: 'Tugas Saya' }).waitFor()
    expect(await page.getByRole('heading', { name: 'Ikhtisar Pimpinan' }).count()).toBe(0)
    // The three Surat Masuk cards come from one call (statistik.suratDiterima); each says as many letters as the list it opens.
    for (const label of ['Hari ini', 'Bulan ini', 'Tahun ini']) {
      const card = page.getByRole('link', { name: new RegExp(`^${label}: \\d+ surat\\. Buka daftarnya\\.$`) })
      await card.waitFor()
      const n = Number((await card.getAttribute('aria-label'))!.match(/: (\d+) surat/)![1])
      await card.click()
      await page.getByText(`Buku Agenda Surat Masuk · ${n.toLocaleString('id-ID')} surat`, { exact: true }).waitFor()
      await page.goBack()
    }
    expect(app.pageErrors).toEqual([])
    await page.context().close()
  })

  it('Dasbor yang digulir ke bawah kembali ke tempat yang sama sesudah Kembali', async () => {
    // The Dasbor's lower parts and charts are drawn only near the window (content-visibility: auto) and the page is kept
    // between visits; each part keeps its last drawn height, or the page came back ~700 px shorter and Back landed on
    // another part (a tester's finding at 900 x 700).
    const page = await app.openPage()
    await page.setViewportSize({ width: 900, height: 700 })
    await signIn(page, 'kadis')
    await page.getByRole('heading', { name: 'Ikhtisar Pimpinan' }).waitFor()
    await chart(page, 'Surat masuk per bulan menurut sifat').waitFor()
    // Down as a person reads it, so every part is drawn once, then to the end.
    for (let i = 0; i < 12; i++) {
      await page.mouse.wheel(0, 500)
      await page.waitForTimeout(100)
    }
    await page.keyboard.press('End')
    const terbaru = page.getByRole('heading', { name: 'Surat Masuk Terbaru' })
    const place = () => page.evaluate(() => ({ y: Math.round(window.scrollY), tinggi: document.documentElement.scrollHeight }))
    await expect.poll(async () => (await terbaru.boundingBox())?.y ?? -1).toBeGreaterThan(0)
    const before = await place()
    expect(before.y).toBeGreaterThan(1000)
    await page.goto(`${app.origin}/#/inventaris`)
    await page.getByRole('heading', { name: 'Inventaris Data Center' }).waitFor()
    await page.goBack()
    await terbaru.waitFor()
    // Within 2 px: each part's height is kept rounded to whole pixels.
    await expect.poll(async () => { const now = await place(); return Math.abs(now.y - before.y) <= 2 && Math.abs(now.tinggi - before.tinggi) <= 2 }).toBe(true)
    const box = (await terbaru.boundingBox())!
    expect(box.y).toBeGreaterThanOrEqual(0)
    expect(box.y).toBeLessThan(700)
    expect(app.pageErrors).toEqual([])
    await page.context().close()
  })
})
