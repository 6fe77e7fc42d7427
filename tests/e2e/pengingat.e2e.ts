// Issue 10 items 4 and 7 in Chromium: the reminder bell opens what is due; list fields take the single match of
// typed text on Enter or when left, and refuse otherwise with a message beside the field (never dropping the text).
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest'
import { chromiumAvailable, fieldMessage, screenshot, signIn, startApp, type RunningApp } from './harness'

describe.skipIf(!chromiumAvailable())('Pengingat dan isian daftar di Chromium', () => {
  let app: RunningApp

  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('the bell counts what is due today or late; its list opens the item', async () => {
    const page = await app.openPage()
    onTestFailed(async () => void (await screenshot(page, 'pengingat-bell-gagal')))
    await signIn(page, 'kadis')
    const bell = page.getByRole('button', { name: /^Pengingat: \d+ jatuh tempo atau terlambat$/ })
    await bell.waitFor()
    const count = Number(/(\d+)/.exec((await bell.getAttribute('aria-label'))!)![1])
    expect(count).toBeGreaterThan(0)
    await bell.click()
    const list = page.getByRole('list', { name: 'Daftar pengingat' })
    await list.waitFor()
    const first = list.getByRole('link').first()
    await expect.poll(() => list.getByRole('link').count()).toBeGreaterThan(0)
    const text = await first.innerText()
    expect(text).toMatch(/Terlambat|Hari ini/)
    await first.click()
    await page.waitForURL(/#\/(surat-masuk\/\d+|disposisi\?buka=\d+|permohonan\/\d+)$/)
    await screenshot(page, 'pengingat-dibuka')
  })

  it('a pangkat typed and Enter saves it; an ambiguous one is refused beside the field and the dialog stays', async () => {
    const page = await app.openPage()
    onTestFailed(async () => void (await screenshot(page, 'pengingat-pangkat-gagal')))
    await signIn(page, 'admin')
    await page.goto(`${app.origin}/#/pengaturan/pegawai`)
    await page.getByRole('button', { name: 'Tambah Pegawai' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Nama (dengan gelar)', { exact: true }).fill('Sari Wulandari, S.Kom.')
    const pangkat = dialog.getByRole('combobox', { name: 'Pangkat/Golongan', exact: true })
    await pangkat.click()
    // "Pembina U" starts three pangkat (Pembina Utama Muda, Madya, Utama): refused, the text kept.
    await pangkat.pressSequentially('Pembina U')
    await pangkat.press('Enter')
    await expect.poll(() => fieldMessage(pangkat)).toMatch(/^"Pembina U" cocok dengan 3 pilihan Pangkat\/Golongan; pilih salah satu dari daftar\.$/)
    await expect.poll(() => pangkat.inputValue()).toBe('Pembina U')
    await expect.poll(() => dialog.isVisible()).toBe(true)
    // A pangkat's whole name takes it, though a longer one starts with it (a tester typed "penata muda").
    await pangkat.fill('')
    await pangkat.pressSequentially('penata muda')
    await pangkat.press('Enter')
    await expect.poll(() => pangkat.inputValue()).toBe('Penata Muda, III/a')
    await pangkat.fill('')
    await pangkat.pressSequentially('Penata Muda Tingkat I')
    await pangkat.press('Enter')
    await expect.poll(() => pangkat.inputValue()).toBe('Penata Muda Tingkat I, III/b')
    expect(await fieldMessage(pangkat)).toBe('')
    // A pangkat that is not in the list, left with Tab: its message names the text and stays, and Simpan is refused
    // (a tester saw the Pegawai saved without a pangkat).
    await pangkat.fill('')
    await pangkat.pressSequentially('zzz')
    await pangkat.press('Tab')
    await expect.poll(() => fieldMessage(pangkat)).toMatch(/^Pangkat\/Golongan "zzz" tidak ada dalam daftar/)
    await dialog.getByRole('button', { name: 'Simpan', exact: true }).click()
    await expect.poll(() => dialog.getByText('Periksa kembali isian yang ditandai.').isVisible()).toBe(true)
    await expect.poll(() => fieldMessage(pangkat)).toMatch(/^Pangkat\/Golongan "zzz" tidak ada dalam daftar/)
    await pangkat.fill('')
    await pangkat.pressSequentially('Penata Muda Tingkat I')
    await pangkat.press('Enter')
    await expect.poll(() => pangkat.inputValue()).toBe('Penata Muda Tingkat I, III/b')
    await dialog.getByRole('button', { name: 'Simpan', exact: true }).click()
    await dialog.waitFor({ state: 'hidden' })
    const row = page.getByRole('row').filter({ hasText: 'Sari Wulandari, S.Kom.' })
    await expect.poll(() => row.innerText()).toContain('Penata Muda Tingkat I, III/b')
  })

  it('Asal Surat finds an OPD by its abbreviation and takes it when the field is left', async () => {
    const page = await app.openPage()
    onTestFailed(async () => void (await screenshot(page, 'pengingat-asal-gagal')))
    await signIn(page, 'sekretariat')
    await page.goto(`${app.origin}/#/surat-masuk/baru`)
    const asal = page.getByRole('combobox', { name: 'Asal Surat', exact: true })
    await asal.click()
    await asal.pressSequentially('dishub')
    await expect.poll(() => page.getByRole('option', { name: /Dinas Perhubungan/ }).count()).toBe(1)
    await page.getByLabel('Hal', { exact: true }).click()
    await expect.poll(() => asal.inputValue()).toBe('Dinas Perhubungan')
    await asal.fill('')
    await asal.pressSequentially('kesehatan dinas')
    await page.getByLabel('Hal', { exact: true }).click()
    await expect.poll(() => asal.inputValue()).toBe('Dinas Kesehatan')
    // Filled at once (as a paste), then picked from the list.
    await page.getByLabel('Hal', { exact: true }).click()
    await page.getByRole('combobox', { name: 'Asal Surat', exact: true }).fill('Badan Pengelolaan Keuangan')
    await screenshot(page, 'pengingat-asal-isi')
    await page.getByRole('option', { name: /^Badan Pengelolaan Keuangan dan Aset Daerah\b/ }).click()
    await expect.poll(() => asal.inputValue()).toBe('Badan Pengelolaan Keuangan dan Aset Daerah')
  })
})
