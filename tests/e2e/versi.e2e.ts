// Stale screens (issue 11, item 4): two Admins edit the same record; the second save is refused with the usual
// conflict message and the "Muat Ulang" choice, which loads what the other one saved; repeated, the change goes in.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest'
import type { Page } from 'playwright-core'
import { chromiumAvailable, screenshot, signIn, startApp, type RunningApp } from './harness'

const CONFLICT = 'Data ini sudah diubah oleh pengguna lain. Muat ulang lalu ulangi perubahan Anda.'

async function openSettings(page: Page, screen: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Pengaturan', exact: true }).click()
  await page.getByRole('navigation', { name: 'Menu pengaturan' }).getByRole('link', { name: screen, exact: true }).click()
  await page.getByRole('heading', { name: screen, exact: true, level: 1 }).waitFor()
}

describe.skipIf(!chromiumAvailable())('Layar yang sudah basi di Chromium (mode peramban)', () => {
  let app: RunningApp

  beforeAll(async () => {
    app = await startApp()
  })

  afterAll(async () => {
    await app?.close()
  })

  it('OPD yang baru diubah Admin lain: Simpan ditolak, Muat Ulang menampilkan data terbaru, lalu perubahan tersimpan', async () => {
    const a = await app.openPage()
    const b = await app.openPage()
    onTestFailed(async () => {
      await screenshot(a, 'gagal-versi-opd-a')
      await screenshot(b, 'gagal-versi-opd-b')
    })
    await signIn(a, 'admin')
    await signIn(b, 'admin')
    await openSettings(a, 'OPD')
    await openSettings(b, 'OPD')

    // A opens the form and starts typing; meanwhile B renames the same OPD.
    await a.getByRole('button', { name: 'Ubah Dinas Kesehatan', exact: true }).click()
    const dialogA = a.getByRole('dialog')
    await dialogA.getByLabel('Nama OPD', { exact: true }).fill('Dinas Kesehatan Kota Batam')
    await b.getByRole('button', { name: 'Ubah Dinas Kesehatan', exact: true }).click()
    const dialogB = b.getByRole('dialog')
    await dialogB.getByLabel('Nama OPD', { exact: true }).fill('Dinas Kesehatan dan KB')
    await dialogB.getByRole('button', { name: 'Simpan' }).click()
    await b.getByRole('cell', { name: 'Dinas Kesehatan dan KB', exact: true }).waitFor()

    await dialogA.getByRole('button', { name: 'Simpan' }).click()
    await dialogA.getByText(CONFLICT).waitFor()
    const reload = dialogA.getByRole('button', { name: 'Muat Ulang' })
    await expect.poll(() => reload.evaluate((el) => el === document.activeElement)).toBe(true)
    await screenshot(a, 'versi-01-opd-konflik')
    // Nothing of A's was written: the list still shows B's name.
    await reload.click()
    await expect.poll(() => dialogA.getByLabel('Nama OPD', { exact: true }).inputValue()).toBe('Dinas Kesehatan dan KB')
    expect(await dialogA.getByText(CONFLICT).count()).toBe(0)

    await dialogA.getByLabel('Nama OPD', { exact: true }).fill('Dinas Kesehatan Kota Batam')
    await dialogA.getByRole('button', { name: 'Simpan' }).click()
    await a.getByRole('cell', { name: 'Dinas Kesehatan Kota Batam', exact: true }).waitFor()

    // Jejak Audit says both changes in words (item 3); the stored snapshot stays one click away.
    await a.getByRole('navigation', { name: 'Menu pengaturan' }).getByRole('link', { name: 'Jejak Audit', exact: true }).click()
    const change = a.getByRole('row').filter({ hasText: 'Nama: Dinas Kesehatan dan KB → Dinas Kesehatan Kota Batam' })
    await change.waitFor()
    await a.getByRole('row').filter({ hasText: 'Nama: Dinas Kesehatan → Dinas Kesehatan dan KB' }).waitFor()
    expect(await change.textContent()).not.toMatch(/[{}"]/)
    await screenshot(a, 'versi-03-jejak-audit')
    await change.getByRole('button', { name: /^Tampilkan rincian entri \d+$/ }).click()
    await a.getByText('Catatan asli (JSON)').click()
    await a.getByText('"nama": "Dinas Kesehatan Kota Batam"').waitFor()
    expect(app.pageErrors.filter((e) => !/409|CONFLICT/.test(e))).toEqual([])
  })

  it('hari libur yang sudah diubah tidak terhapus dari layar lama; Muat Ulang menampilkan yang terbaru', async () => {
    const a = await app.openPage()
    const b = await app.openPage()
    onTestFailed(async () => {
      await screenshot(a, 'gagal-versi-libur-a')
    })
    await signIn(a, 'admin')
    await signIn(b, 'admin')
    await openSettings(a, 'Hari Libur')
    await openSettings(b, 'Hari Libur')
    const row = (p: Page) => p.getByRole('row').filter({ hasText: '25 Desember' })
    await row(a).first().waitFor()
    const name = (await row(a).first().getByRole('button').first().getAttribute('aria-label'))!.replace(/^Ubah /, '')

    // B corrects the description; A, still showing the old one, asks to remove it.
    await row(b).first().getByRole('button', { name: `Ubah ${name}`, exact: true }).click()
    await b.getByRole('dialog').getByLabel('Keterangan', { exact: true }).fill(`${name} (dikoreksi)`)
    await b.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click()
    await b.getByRole('cell', { name: `${name} (dikoreksi)`, exact: true }).waitFor()

    await row(a).first().getByRole('button', { name: `Hapus ${name}`, exact: true }).click()
    const dialogA = a.getByRole('dialog')
    await dialogA.getByRole('button', { name: 'Hapus', exact: true }).click()
    await dialogA.getByText(CONFLICT).waitFor()
    await dialogA.getByRole('button', { name: 'Muat Ulang' }).click()
    // The dialog now names the corrected day; the day is still in the calendar.
    await dialogA.getByText(`${name} (dikoreksi)`, { exact: false }).waitFor()
    await a.getByRole('cell', { name: `${name} (dikoreksi)`, exact: true }).waitFor()
    await screenshot(a, 'versi-02-libur-dimuat-ulang')
  })
})
