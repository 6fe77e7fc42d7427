// First run: on an empty database the app opens the setup wizard (office identity, then the first Admin) and ends
// with that Admin signed in on the Dasbor. Its last step (the office's people) stays open to the Admin until every post
// has a holder: after a reload, after "Lewati", from Tugas Saya; it checks the rows before saving, shows its progress,
// asks before leaving mid-save and never creates an account twice (a tester's findings, issue 10). Then it is gone.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest'
import type { Page } from 'playwright-core'
import { tugasList } from './desk'
import { chromiumAvailable, failureReport, fieldMessage, ROOT, screenshot, startApp, type RunningApp } from './harness'

/** Picks from a Vuetify select the keyboard way: focus, Enter opens the list, then the option. */
async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('option', { name: option, exact: true }).click()
}

describe.skipIf(!chromiumAvailable())('Persiapan awal di Chromium (basis data kosong)', () => {
  let app: RunningApp

  beforeAll(async () => {
    app = await startApp({ demo: false })
  })

  afterAll(async () => {
    await app?.close()
  })

  it('memandu dari identitas kantor sampai Admin masuk di Dasbor', async () => {
    const page = await app.openPage()
    onTestFailed(async () => {
      await failureReport(page, 'gagal-persiapan')
    })

    // Nothing but the wizard opens while no account exists.
    await page.getByRole('heading', { name: 'Persiapan Sidara' }).waitFor()
    expect(page.url()).toContain('#/persiapan')
    await page.goto(`${app.origin}/#/masuk`)
    await page.getByRole('heading', { name: 'Identitas Kantor' }).waitFor()
    expect(page.url()).toContain('#/persiapan')

    // Step 1: the kop, pre-filled with Diskominfo Batam's identity.
    expect(await page.getByLabel('Nama Pemerintah', { exact: true }).inputValue()).toBe('PEMERINTAH KOTA BATAM')
    expect(await page.getByLabel('Nama Dinas', { exact: true }).inputValue()).toBe('DINAS KOMUNIKASI DAN INFORMATIKA')
    expect(await page.getByLabel('Pos-el', { exact: true }).inputValue()).toBe('kominfo@batam.go.id')
    await screenshot(page, 'persiapan-01-identitas-kantor', { fullPage: true })

    // A required field left empty is named next to the field; the step does not move on.
    const alamat = page.getByLabel('Alamat', { exact: true })
    await alamat.fill('')
    await page.getByRole('button', { name: 'Lanjut' }).click()
    await page.getByText('Alamat wajib diisi.').waitFor()
    expect(await fieldMessage(alamat)).toContain('Alamat wajib diisi.')
    await alamat.fill('Gedung Sekretariat Daerah Lantai 3, Jalan Engku Putri Nomor 1, Batam Centre, Batam 29461')

    // A file that is not an image is refused before anything is sent; a PNG is shown in the kop.
    const logoInput = page.locator('input[type=file]')
    await logoInput.setInputFiles({ name: 'logo.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 bukan gambar') })
    await page.getByText('Logo harus berupa gambar PNG atau JPG.').waitFor()
    await logoInput.setInputFiles({ name: 'logo-pemko.png', mimeType: 'image/png', buffer: readFileSync(join(ROOT, 'resources/icon.png')) })
    await page.getByRole('img', { name: 'Logo kop surat' }).waitFor()
    await chooseOption(page, 'Ukuran Kertas', 'F4 215 × 330 mm')
    await chooseOption(page, 'Huruf', 'Bookman Old Style')
    await expect.poll(() => page.getByRole('figure').innerText()).toContain('Kertas F4 (215 × 330 mm) · Bookman Old Style 12 pt')
    await screenshot(page, 'persiapan-02-identitas-kantor-logo', { fullPage: true })
    await page.getByRole('button', { name: 'Lanjut' }).click()

    // Step 2: the first Admin.
    await page.getByRole('heading', { name: 'Akun Admin' }).waitFor()
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('id') ?? '')).not.toBe('')
    await page.getByLabel('Nama', { exact: true }).fill('Yoga Pratama, S.Kom.')
    await page.getByLabel('Nama Pengguna', { exact: true }).fill('yoga')
    await page.getByLabel('Kata Sandi', { exact: true }).fill('pendek')
    await page.getByLabel('Ulangi Kata Sandi', { exact: true }).fill('lain')
    await page.getByRole('button', { name: 'Buat Akun Admin dan Lanjut' }).click()
    await page.getByText('Kata sandi paling sedikit 8 karakter.').waitFor()
    await expect.poll(() => fieldMessage(page.getByLabel('Ulangi Kata Sandi', { exact: true }))).toContain('Ulangan kata sandi tidak sama.')
    await screenshot(page, 'persiapan-03-akun-admin-galat')

    // A field the server refuses (here: its answer for the office address) takes the user back to that field,
    // with everything typed kept.
    await page.getByLabel('Kata Sandi', { exact: true }).fill('Rahasia-Kominfo-2026')
    await page.getByLabel('Ulangi Kata Sandi', { exact: true }).fill('Rahasia-Kominfo-2026')
    await page.route('**/api/setup.run', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'Periksa kembali isian yang ditandai.', fields: { 'kantor.alamat': 'Alamat paling banyak 300 karakter.' } } }),
      }),
    )
    await page.getByRole('button', { name: 'Buat Akun Admin dan Lanjut' }).click()
    await page.getByText('Alamat paling banyak 300 karakter.').waitFor()
    expect(await fieldMessage(alamat)).toContain('Alamat paling banyak 300 karakter.')
    expect(await alamat.inputValue()).toContain('Gedung Sekretariat Daerah Lantai 3')
    await page.unroute('**/api/setup.run')
    await alamat.fill('Gedung Sekretariat Daerah Lantai 3, Jalan Engku Putri Nomor 1, Batam Centre, Batam 29461')
    await page.getByRole('button', { name: 'Lanjut' }).click()
    await page.getByRole('heading', { name: 'Akun Admin' }).waitFor()
    expect(await page.getByLabel('Nama Pengguna', { exact: true }).inputValue()).toBe('yoga')
    expect(await page.getByLabel('Kata Sandi', { exact: true }).inputValue()).toBe('Rahasia-Kominfo-2026')
    await screenshot(page, 'persiapan-04-akun-admin')

    // Step 3 (the office's people): a reload does not lose it, and it may be left for later.
    await page.getByRole('button', { name: 'Buat Akun Admin dan Lanjut' }).click()
    await page.getByRole('heading', { name: 'Pimpinan dan Tim Data Center' }).waitFor()
    await page.reload()
    await page.getByRole('heading', { name: 'Pimpinan dan Tim Data Center' }).waitFor()
    expect(page.url()).toContain('#/persiapan')
    await page.getByRole('button', { name: 'Lewati, isi nanti' }).click()
    await page.getByRole('heading', { name: 'Selamat datang, Yoga' }).waitFor()
    await page.getByText('Sidara siap dipakai. Anda masuk sebagai Admin.').waitFor()
    expect(page.url()).toMatch(/#\/$/)
    const nav = page.getByRole('navigation', { name: 'Menu utama' })
    await nav.getByRole('link', { name: 'Pengaturan', exact: true }).waitFor()
    await expect.poll(() => nav.innerText()).toContain('Admin')
    await screenshot(page, 'persiapan-05-dasbor-admin')

    // The Admin's Tugas Saya leads back to it while a leader's post is empty.
    await tugasList(page).getByRole('link', { name: /Isi pemangku jabatan Kepala Dinas/ }).click()
    await page.getByRole('heading', { name: 'Pimpinan dan Tim Data Center' }).waitFor()
    expect(page.url()).toContain('#/persiapan')

    // Before anything is sent, next to the field: a NIP that is not 18 digits, a username typed twice, one that exists.
    const field = (label: string) => page.getByLabel(label, { exact: true })
    const people: [row: string, nama: string, username: string][] = [
      ['Kepala Dinas', 'Aarif Apriansyah, S.T., M.T.', 'aarif'],
      ['Sekretaris', 'Rina Marlina, S.E.', 'rina'],
      ['Kepala Bidang', 'Hendra Gunawan, S.Kom., M.Si.', 'Aarif'],
      ['Kepala Seksi', 'Dewi Kartika, S.T.', 'yoga'],
    ]
    for (const [row, nama, username] of people) {
      await field(`Nama ${row}`).fill(nama)
      await field(`Nama Pengguna ${row}`).fill(username)
    }
    await field('NIP Kepala Dinas').fill('19730408 200212')
    // The temporary password is made for the Admin, behind dots: the hint says so and the eye button shows it.
    const awal = field('Kata Sandi Awal (untuk semua akun di atas)')
    expect(await fieldMessage(awal)).toMatch(/^Dibuat otomatis; tampilkan dengan ikon mata, catat atau ganti\./)
    expect(await awal.getAttribute('type')).toBe('password')
    await page.getByRole('button', { name: 'Tampilkan kata sandi' }).click()
    expect(await awal.getAttribute('type')).toBe('text')
    expect(await awal.inputValue()).toMatch(/^\w{4}-\w{4}-\w{4}$/)
    await awal.fill('Awal-Sidara-2026')
    await expect.poll(() => fieldMessage(awal)).toBe('Sampaikan kepada masing-masing; tiap orang wajib menggantinya saat pertama masuk.')
    const sent: string[] = []
    page.on('request', (r) => {
      if (r.url().endsWith('/api/users.create')) sent.push((r.postDataJSON() as { username: string }).username)
    })
    await page.getByRole('button', { name: 'Simpan dan Mulai' }).click()
    await page.getByText('Periksa kembali isian yang ditandai.').waitFor()
    await expect.poll(() => fieldMessage(field('NIP Kepala Dinas'))).toMatch(/^NIP harus 18 angka/)
    await expect.poll(() => fieldMessage(field('Nama Pengguna Kepala Bidang'))).toBe('Nama pengguna "Aarif" sudah diisi pada baris Kepala Dinas.')
    await expect.poll(() => fieldMessage(field('Nama Pengguna Kepala Seksi'))).toBe('Nama pengguna "yoga" sudah dipakai.')
    await screenshot(page, 'persiapan-06-pimpinan-galat', { fullPage: true })
    expect(sent).toEqual([])

    // Saving, row by row: the progress shows, and leaving asks first (in the app, and a reload or closed window).
    // The first account waits until the checks below are done; the Kepala Seksi's is refused once (someone took "dewi").
    await field('NIP Kepala Dinas').fill('19730408 200212 1 005')
    await field('Nama Pengguna Kepala Bidang').fill('hendra')
    await field('Nama Pengguna Kepala Seksi').fill('dewi')
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    let refuse = true
    await page.route('**/api/users.create', async (route) => {
      const { username } = route.request().postDataJSON() as { username: string }
      if (username === 'aarif') await held
      if (username === 'dewi' && refuse) {
        refuse = false
        const error = { code: 'VALIDATION', message: 'Periksa kembali isian yang ditandai.', fields: { username: 'Nama pengguna "dewi" sudah dipakai.' } }
        return route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error }) })
      }
      return route.continue()
    })
    await page.getByRole('button', { name: 'Simpan dan Mulai' }).click()
    await page.getByRole('status').filter({ hasText: 'Menyimpan 1 dari 4: Kepala Dinas' }).waitFor()
    await screenshot(page, 'persiapan-07-pimpinan-menyimpan')
    const unloadRefused = await page.evaluate(() => {
      const event = new Event('beforeunload', { cancelable: true })
      window.dispatchEvent(event)
      return event.defaultPrevented
    })
    expect(unloadRefused).toBe(true)
    await page.getByRole('link', { name: 'Pengaturan > Jabatan' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Tetap di Sini' }).click()
    expect(page.url()).toContain('#/persiapan')
    release()
    await page.getByText('3 dari 4 akun tersimpan.', { exact: false }).waitFor()
    await expect.poll(() => fieldMessage(field('Nama Pengguna Kepala Seksi'))).toBe('Nama pengguna "dewi" sudah dipakai.')
    expect(await page.getByLabel('Tersimpan', { exact: true }).count()).toBe(3)
    expect(await field('Nama Pengguna Kepala Seksi').inputValue()).toBe('dewi')
    await screenshot(page, 'persiapan-08-pimpinan-sebagian', { fullPage: true })

    // Simpan again sends only the refused row: no account twice.
    await page.getByRole('button', { name: 'Simpan dan Mulai' }).click()
    await page.getByRole('heading', { name: 'Selamat datang, Yoga' }).waitFor()
    expect(sent).toEqual(['aarif', 'rina', 'hendra', 'dewi', 'dewi'])
    await page.unroute('**/api/users.create')

    // Every post has its holder now: the wizard is gone for good.
    await page.goto(`${app.origin}/#/persiapan`)
    // The guard asks the server first (the Dasbor's heading is still on screen meanwhile): wait for the URL.
    await page.waitForURL((url) => !url.hash.includes('persiapan'))
    await page.getByRole('heading', { name: 'Selamat datang, Yoga' }).waitFor()

    // What the wizard stored: the kop with its logo and paper size, as version history.
    await nav.getByRole('link', { name: 'Pengaturan', exact: true }).click()
    await page.getByRole('heading', { name: 'Identitas Kantor' }).waitFor()
    await page.getByRole('img', { name: 'Logo kop surat' }).waitFor()
    expect(await page.getByLabel('Alamat', { exact: true }).inputValue()).toContain('Gedung Sekretariat Daerah Lantai 3')
    await expect.poll(() => page.getByRole('figure').innerText()).toContain('Kertas F4 (215 × 330 mm) · Bookman Old Style 12 pt')
    await page.getByText(/Berlaku sejak .* oleh Yoga Pratama, S\.Kom\./).first().waitFor()
    await page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(page, 'persiapan-06-identitas-tersimpan', { fullPage: true })

    expect(app.pageErrors).toEqual([])
    await page.context().close()
  })
})
