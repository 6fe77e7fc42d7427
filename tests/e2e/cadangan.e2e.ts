// Cadangan end to end (issue 11): the Admin backs up while Sidara runs, sees the progress and the check, restores
// that backup (which keeps the current data as one more backup), and the audit check says what it checked.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest'
import { chromiumAvailable, failureReport, screenshot, signIn, startApp, type RunningApp } from './harness'

describe.skipIf(!chromiumAvailable())('Cadangan di Chromium (mode peramban)', () => {
  let app: RunningApp

  beforeAll(async () => {
    app = await startApp()
  })

  afterAll(async () => {
    await app?.close()
  })

  it('Admin mencadangkan, memulihkan, lalu memeriksa keutuhan jejak audit', async () => {
    const page = await app.openPage()
    onTestFailed(async () => {
      await failureReport(page, 'gagal-cadangan')
    })
    await signIn(page, 'admin')
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Pengaturan', exact: true }).click()
    await page.getByRole('navigation', { name: 'Menu pengaturan' }).getByRole('link', { name: 'Cadangan', exact: true }).click()
    await page.getByRole('heading', { name: 'Cadangan', level: 1 }).waitFor()
    await expect.poll(() => page.getByLabel('Folder cadangan', { exact: true }).getAttribute('placeholder')).toMatch(/cadangan$/)

    await page.getByRole('button', { name: 'Cadangkan Sekarang' }).click()
    await page.getByText(/^Cadangan tersimpan dan sudah diperiksa: /).waitFor({ timeout: 60_000 })
    const progress = page.getByRole('progressbar', { name: /^Selesai, 100 persen$/ })
    await progress.waitFor()
    const checkedLine = page.getByText(/Diperiksa: integritas SQLite ok/)
    await checkedLine.waitFor()
    expect(await checkedLine.innerText()).toMatch(/jejak audit utuh;\s+[\d.]+ surat, [\d.]+ disposisi, [\d.]+ perangkat/)
    const manual = page.getByRole('row').filter({ hasText: 'Manual' })
    await manual.first().waitFor()
    await screenshot(page, 'cadangan-01-dicadangkan')

    await manual.first().getByRole('button', { name: /^Pulihkan dari sidara-manual-/ }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByText('Pulihkan dari cadangan?').waitFor()
    await dialog.getByRole('button', { name: 'Pulihkan', exact: true }).click()
    await page.getByText(/^Data dipulihkan dari sidara-manual-.*Data sebelumnya disimpan sebagai sidara-sebelum-pulihkan-/).waitFor({ timeout: 60_000 })
    await page.getByRole('row').filter({ hasText: 'Sebelum pemulihan' }).first().waitFor()
    await screenshot(page, 'cadangan-02-dipulihkan')

    // Still signed in on the restored data; the audit check lists its parts.
    await page.getByRole('navigation', { name: 'Menu pengaturan' }).getByRole('link', { name: 'Jejak Audit', exact: true }).click()
    await page.getByRole('button', { name: 'Periksa Keutuhan' }).click()
    await page.getByText(/^Rantai audit utuh \([\d.]+ entri diperiksa\)$/).waitFor()
    const checked = page.getByRole('region', { name: 'Yang diperiksa' }).or(page.getByLabel('Yang diperiksa'))
    expect(await checked.getByRole('listitem').count()).toBe(4)
    expect(await checked.innerText()).toContain('"Utuh" tidak membuktikan')
    await screenshot(page, 'cadangan-03-audit-utuh')
    expect(app.pageErrors).toEqual([])
    await page.context().close()
  }, 180_000)
})
