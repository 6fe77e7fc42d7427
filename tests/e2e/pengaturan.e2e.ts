// Pengaturan end to end: the Admin's screens (office identity, users, pegawai, positions, master data, number
// formats, audit trail); a new Sekretariat user must change the temporary password and cannot reach user
// administration; wrong passwords get a clear message; the audit chain verifies, and a row changed behind the app's
// back is caught.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest'
import type { Page } from 'playwright-core'
import sqlite3 from 'sqlite3'
import { chromiumAvailable, failureReport, fieldMessage, screenshot, signIn, signOut, startApp, todayInJakarta, dmy, type RunningApp } from './harness'

const NEW_USER = { username: 'sulastri', nama: 'Sulastri Handayani, S.Sos.', temp: 'Sementara-2026', own: 'Sulastri-Baru-2026' }

/** Opens a section from the navigation drawer. */
async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name, exact: true }).click()
}

/** Opens a screen from the Pengaturan side menu and waits for its heading. */
async function openScreen(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Menu pengaturan' }).getByRole('link', { name, exact: true }).click()
  await page.getByRole('heading', { name, exact: true, level: 1 }).waitFor()
}

/** Picks from a Vuetify select or autocomplete: focus, type to narrow (autocomplete) or Enter to open, then the option. */
async function chooseOption(page: Page, label: string, option: string | RegExp, typed?: string): Promise<void> {
  const field = page.getByRole('dialog').getByLabel(label, { exact: true })
  const choice = page.getByRole('option', { name: option }).first()
  const within = (p: Promise<unknown>) => p.then(() => true, () => false)
  // On a busy machine the typed search or a click during the menu's opening animation can be lost: try again.
  for (let attempt = 0; attempt < 3; attempt++) {
    await field.focus()
    if (typed) await field.fill(typed)
    else await page.keyboard.press('Enter')
    if (!(await within(choice.waitFor({ state: 'attached', timeout: 5_000 })))) continue
    if (typed) {
      // Typed into an autocomplete: the match is the first option; take it with the keyboard as a user may.
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('Enter')
    } else await choice.click()
    // Picked: a single select closes its menu, a multiple one marks the option selected and stays open.
    // The option may vanish between the two looks (menu closing): then the next look finds it gone.
    const picked = async () => !(await choice.isVisible()) || (await choice.getAttribute('aria-selected', { timeout: 1_000 }).catch(() => null)) === 'true'
    for (let i = 0; i < 10; i++) {
      if (await picked()) return
      await page.waitForTimeout(200)
    }
  }
  throw new Error(`Pilihan ${String(option)} tidak dapat dipilih pada ${label}.`)
}

function daysAfter(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** Runs one SQL statement on the app's database file, as someone with the file and no app would. */
function sqlBehindTheAppsBack(file: string, sql: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, (openError) => {
      if (openError) return reject(openError)
      db.serialize(() => {
        db.run('PRAGMA busy_timeout = 5000')
        db.run(sql, (runError) => db.close(() => (runError ? reject(runError) : resolve())))
      })
    })
  })
}

describe.skipIf(!chromiumAvailable())('Pengaturan di Chromium (mode peramban)', () => {
  let app: RunningApp

  beforeAll(async () => {
    app = await startApp()
  })

  afterAll(async () => {
    await app?.close()
  })

  it('kata sandi yang salah diberi pesan yang jelas', async () => {
    const page = await app.openPage()
    await page.getByLabel('Nama Pengguna', { exact: true }).fill('admin')
    await page.getByLabel('Kata Sandi', { exact: true }).fill('salah-sekali')
    await page.getByRole('button', { name: 'Masuk', exact: true }).click()
    await page.getByText('Nama pengguna atau kata sandi salah').waitFor()
    const message = await fieldMessage(page.getByLabel('Kata Sandi', { exact: true }))
    // Says what went wrong and what happens next, without telling whether the user name exists.
    expect(message).toContain('Nama pengguna atau kata sandi salah.')
    expect(message).toContain('akun dikunci selama 15 menit')
    expect(page.url()).toContain('#/masuk')
    await page.context().close()
  })

  it('Admin mengelola identitas kantor, pegawai, jabatan, OPD, hari libur, dan format nomor', async () => {
    const page = await app.openPage()
    onTestFailed(async () => {
      await failureReport(page, 'gagal-pengaturan-admin')
    })
    await signIn(page, 'admin')
    await openSection(page, 'Pengaturan')
    await page.getByRole('heading', { name: 'Identitas Kantor', level: 1 }).waitFor()
    expect(page.url()).toContain('#/pengaturan/kantor')
    // The sample database has never saved its identity: the defaults are in force.
    await page.getByText('Belum pernah disimpan: dokumen memakai isian bawaan ini.').waitFor()

    // Telepon and Laman are checked as the server does, next to the field, before anything is sent.
    const laman = page.getByLabel('Laman', { exact: true })
    await page.getByLabel('Telepon', { exact: true }).fill('hubungi sekretariat')
    await laman.fill('kominfo batam')
    await page.getByRole('button', { name: 'Simpan', exact: true }).click()
    await expect.poll(() => fieldMessage(page.getByLabel('Telepon', { exact: true }))).toMatch(/^Telepon hanya boleh berisi angka, spasi, \+, - dan tanda kurung/)
    // Each field's hint gives way to its message with a short animation (both are read until the hint has left).
    await expect.poll(() => fieldMessage(laman)).toMatch(/^Laman harus berupa nama situs \(contoh kominfo\.batam\.go\.id\)/)
    await laman.fill('kominfo.batam.go.id')

    // Identitas Kantor: a change makes a new version, listed with who and when.
    await page.getByLabel('Telepon', { exact: true }).fill('(0778) 462072, 462073')
    await page.getByRole('button', { name: 'Simpan', exact: true }).click()
    await page.getByText(/Identitas kantor disimpan sebagai versi \d+\./).waitFor()
    await page.getByText('Versi awal.').waitFor()
    await expect.poll(() => page.getByRole('figure').innerText()).toContain('Telepon (0778) 462072, 462073')
    await page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(page, 'pengaturan-01-identitas-kantor', { fullPage: true })

    // Pegawai: the server checks the NIP and says why it is wrong, next to the field.
    await openScreen(page, 'Pegawai')
    await page.getByRole('cell', { name: '19730408 200212 1 005' }).waitFor()
    await page.getByRole('button', { name: 'Tambah Pegawai' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Nama (dengan gelar)', { exact: true }).fill(NEW_USER.nama)
    const nip = dialog.getByLabel('NIP', { exact: true })
    await nip.fill('1987021420110110')
    await chooseOption(page, 'Pangkat/Golongan', 'Penata Muda Tingkat I, III/b', 'Tingkat I, III/b')
    await dialog.getByLabel('Jabatan', { exact: true }).fill('Pengadministrasi Persuratan')
    await dialog.getByLabel('Unit Kerja', { exact: true }).fill('Sekretariat')
    // Telepon is checked as a telephone number, in the contract's words, beside the field.
    const telepon = dialog.getByLabel('Telepon', { exact: true })
    await telepon.fill('abc')
    await dialog.getByRole('button', { name: 'Simpan' }).click()
    await dialog.getByText(/NIP harus 18 angka/).waitFor()
    expect(await fieldMessage(nip)).toContain('NIP harus 18 angka')
    expect(await fieldMessage(telepon)).toContain('Nomor telepon tidak valid (contoh: 0778 462123 atau 0812-3456-7890).')
    await telepon.fill('0812-3456-7890')
    expect(await dialog.getByLabel('Jabatan', { exact: true }).inputValue()).toBe('Pengadministrasi Persuratan')
    await screenshot(page, 'pengaturan-02-pegawai-nip-salah')
    await nip.fill('198702142011011007')
    await dialog.getByRole('button', { name: 'Simpan' }).click()
    await page.getByText(`${NEW_USER.nama} ditambahkan.`).waitFor()
    await page.getByLabel('Cari', { exact: true }).fill('Sulastri')
    const pegawaiRow = page.getByRole('row').filter({ hasText: NEW_USER.nama })
    await expect.poll(() => page.getByRole('row').count()).toBe(2)
    expect(await pegawaiRow.innerText()).toContain('19870214 201101 1 007')
    await page.getByLabel('Cari', { exact: true }).fill('')
    await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(5)
    await screenshot(page, 'pengaturan-03-pegawai')

    // Jabatan: a Plh. stands in for the Kepala Dinas for a few days, then the holding is ended.
    await openScreen(page, 'Jabatan')
    const kadis = page.locator('.v-card').filter({ has: page.getByRole('heading', { name: 'Kepala Dinas Komunikasi dan Informatika' }) })
    await kadis.getByText('Aarif Apriansyah, S.T., M.T.').first().waitFor()
    await kadis.getByRole('button', { name: 'Tetapkan Pemangku' }).click()
    await chooseOption(page, 'Pegawai', NEW_USER.nama, 'Sulastri')
    await dialog.getByRole('radio', { name: 'Plh. (Pelaksana Harian)' }).check()
    const today = todayInJakarta()
    await dialog.getByLabel('Sampai (opsional)', { exact: true }).fill(dmy(daysAfter(today, 2)))
    await dialog.getByLabel('Nomor SK/Surat Perintah', { exact: true }).fill('800.1.11.1/012/KOMINFO/2026')
    await screenshot(page, 'pengaturan-04-jabatan-tetapkan')
    await dialog.getByRole('button', { name: 'Tetapkan' }).click()
    await page.getByText('Pemangku Kepala Dinas Komunikasi dan Informatika diperbarui.').waitFor()
    // The Plh. signs while the definitive holder is away.
    await kadis.getByText(`Plh. ${NEW_USER.nama}`).waitFor()
    await page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(page, 'pengaturan-05-jabatan', { fullPage: true })
    await kadis.getByRole('button', { name: `Akhiri masa jabatan ${NEW_USER.nama}` }).click()
    await dialog.getByLabel('Tanggal Terakhir Menjabat', { exact: true }).fill(dmy(today))
    await dialog.getByRole('button', { name: 'Akhiri' }).click()
    await page.getByText('Pemangku Kepala Dinas Komunikasi dan Informatika diperbarui.').waitFor()

    // OPD: add one, then deactivate it (never deleted).
    await openScreen(page, 'OPD')
    await page.getByRole('cell', { name: 'Dinas Kesehatan', exact: true }).waitFor()
    await page.getByRole('button', { name: 'Tambah OPD' }).click()
    await dialog.getByLabel('Nama OPD', { exact: true }).fill('Dinas Uji Coba Sidara')
    await dialog.getByLabel('Singkatan (opsional)', { exact: true }).fill('DUCS')
    await dialog.getByRole('button', { name: 'Simpan' }).click()
    await page.getByText('Dinas Uji Coba Sidara ditambahkan.').waitFor()
    await page.getByLabel('Cari', { exact: true }).fill('Uji Coba')
    await page.getByRole('button', { name: 'Nonaktifkan Dinas Uji Coba Sidara' }).click()
    await dialog.getByText('Nonaktifkan OPD?').waitFor()
    await screenshot(page, 'pengaturan-06-opd-nonaktifkan')
    await dialog.getByRole('button', { name: 'Nonaktifkan' }).click()
    // The list is the proof (the snackbar is transient and may be gone on a loaded machine).
    await page.getByText('Tidak ada OPD yang cocok.').waitFor()
    await page.getByLabel('Tampilkan yang nonaktif', { exact: true }).check()
    await page.getByRole('row').filter({ hasText: 'Dinas Uji Coba Sidara' }).getByText('Nonaktif', { exact: true }).waitFor()
    await page.getByLabel('Cari', { exact: true }).fill('')
    await screenshot(page, 'pengaturan-07-opd')

    await openScreen(page, 'Kode Klasifikasi')
    await page.getByRole('cell', { name: '500.12', exact: true }).first().waitFor()
    await screenshot(page, 'pengaturan-08-kode-klasifikasi')

    // Hari Libur: add a day, then remove it after confirming.
    await openScreen(page, 'Hari Libur')
    const year = today.slice(0, 4)
    await page.getByText('libur nasional').first().waitFor()
    await page.getByRole('button', { name: 'Tambah Hari Libur' }).click()
    await dialog.getByLabel('Tanggal', { exact: true }).fill(dmy(`${year}-12-31`))
    await dialog.getByLabel('Keterangan', { exact: true }).fill('Cuti Bersama Akhir Tahun (uji)')
    await dialog.getByRole('radio', { name: 'Cuti Bersama' }).check()
    await dialog.getByRole('button', { name: 'Simpan' }).click()
    await page.getByText(/Cuti Bersama Akhir Tahun \(uji\) \(31 Desember \d{4}\) disimpan\./).waitFor()
    await page.getByRole('cell', { name: 'Cuti Bersama Akhir Tahun (uji)', exact: true }).waitFor()
    await screenshot(page, 'pengaturan-09-hari-libur')
    await page.getByRole('button', { name: 'Hapus Cuti Bersama Akhir Tahun (uji)' }).click()
    await dialog.getByText('Hapus Hari Libur?').waitFor()
    await screenshot(page, 'pengaturan-10-hari-libur-hapus')
    await dialog.getByRole('button', { name: 'Hapus', exact: true }).click()
    await page.getByText('Cuti Bersama Akhir Tahun (uji) dihapus dari kalender.').waitFor()
    await expect.poll(() => page.getByRole('cell', { name: 'Cuti Bersama Akhir Tahun (uji)', exact: true }).count()).toBe(0)

    // Format Nomor: the next number is shown as it will look while the format is edited.
    await openScreen(page, 'Format Nomor')
    const firstEdit = page.getByRole('button', { name: /^Ubah format nomor / }).first()
    await firstEdit.click()
    const format = dialog.getByLabel('Format', { exact: true })
    // Every mistake of the pattern at once: no {urut}, a placeholder mistyped, a brace left open.
    await format.fill('{kka}/{Unit}/{tahun')
    await dialog.getByRole('button', { name: 'Simpan' }).click()
    await dialog.getByText(/^Format nomor wajib memuat \{urut\}\./).waitFor()
    const message = await fieldMessage(format)
    expect(message).toContain('Format nomor wajib memuat {urut}.')
    expect(message).toContain('Penanda tidak dikenal: {Unit} (maksudnya {unit}?).')
    expect(message).toContain('Kurung kurawal tanpa pasangan ({)')
    await format.fill('{kka}/{urut}/{unit}/{bulanRomawi}/{tahun}')
    await dialog.getByLabel('Unit', { exact: true }).fill('KOMINFO-UJI')
    await expect.poll(() => dialog.innerText()).toMatch(/\/KOMINFO-UJI\/[IVX]+\/\d{4}/)
    await screenshot(page, 'pengaturan-11-format-nomor-ubah')
    await dialog.getByRole('button', { name: 'Simpan' }).click()
    await page.getByText(/Format nomor .* disimpan\. Nomor berikutnya: .*\/KOMINFO-UJI\/[IVX]+\/\d{4}\./).waitFor()
    await screenshot(page, 'pengaturan-12-format-nomor')

    expect(app.pageErrors).toEqual([])
    await page.context().close()
  })

  it('Admin membuat pengguna Sekretariat yang wajib mengganti kata sandi dan tidak dapat membuka administrasi pengguna', async () => {
    const page = await app.openPage()
    onTestFailed(async () => {
      await failureReport(page, 'gagal-pengguna-baru')
    })
    await signIn(page, 'admin')
    await openSection(page, 'Pengaturan')
    await openScreen(page, 'Pengguna')
    // The account's own Pegawai reads "Terhubung"; its name is in the Nama cell, above the username.
    await page.getByRole('cell', { name: /^Rina Marlina, S\.E\./ }).first().waitFor()
    await screenshot(page, 'pengaturan-13-pengguna')

    // Create: linked to the Pegawai, Sekretariat role, a temporary password.
    await page.getByRole('button', { name: 'Tambah Pengguna' }).click()
    const dialog = page.getByRole('dialog')
    await chooseOption(page, 'Pegawai', NEW_USER.nama, 'Sulastri')
    expect(await dialog.getByLabel('Nama', { exact: true }).inputValue()).toBe(NEW_USER.nama)
    // A username an account already has is named beside the field as it is typed, before Buat Pengguna.
    const username = dialog.getByLabel('Nama Pengguna', { exact: true })
    await username.fill('Sekretariat')
    await username.blur()
    await expect.poll(() => fieldMessage(username)).toContain('Nama pengguna "Sekretariat" sudah dipakai.')
    await username.fill(NEW_USER.username)
    await expect.poll(() => fieldMessage(username)).not.toContain('sudah dipakai')
    await dialog.getByRole('button', { name: 'Buat Pengguna' }).click()
    await dialog.getByText('Pilih paling sedikit satu peran.').waitFor()
    // Peran is a group of checkboxes under its legend, its message beside the group; ticking one leaves Simpan in view.
    const peran = dialog.getByRole('group', { name: 'Peran' })
    const sekretariat = peran.getByRole('checkbox', { name: 'Sekretariat', exact: true })
    expect(await fieldMessage(sekretariat)).toContain('Pilih paling sedikit satu peran.')
    await sekretariat.check()
    await expect.poll(() => fieldMessage(sekretariat)).not.toContain('Pilih paling sedikit satu peran.')
    await dialog.getByLabel('Kata Sandi Sementara', { exact: true }).fill(NEW_USER.temp)
    await screenshot(page, 'pengaturan-14-pengguna-tambah')
    await dialog.getByRole('button', { name: 'Buat Pengguna' }).click()
    const credentials = page.getByRole('dialog').filter({ hasText: 'Pengguna Dibuat' })
    await credentials.getByText(NEW_USER.temp).waitFor()
    expect(await credentials.innerText()).toContain(NEW_USER.username)
    await screenshot(page, 'pengaturan-15-pengguna-dibuat')
    await credentials.getByRole('button', { name: 'Selesai' }).click()
    const userRow = page.getByRole('row').filter({ hasText: NEW_USER.username })
    expect(await userRow.innerText()).toContain('Sekretariat')
    await signOut(page)

    // The new user signs in with the temporary password: nothing opens before the password is changed.
    await page.getByLabel('Nama Pengguna', { exact: true }).fill(NEW_USER.username)
    await page.getByLabel('Kata Sandi', { exact: true }).fill(NEW_USER.temp)
    await page.getByRole('button', { name: 'Masuk', exact: true }).click()
    const change = page.getByRole('dialog').filter({ hasText: 'Ganti Kata Sandi' })
    await change.getByText('Kata sandi Anda diatur oleh Admin.').waitFor()
    expect(page.url()).toContain('#/ganti-kata-sandi')
    await screenshot(page, 'pengaturan-16-wajib-ganti-kata-sandi')
    // It cannot be dismissed, and other pages are not reachable meanwhile.
    await page.keyboard.press('Escape')
    await page.waitForTimeout(300)
    expect(await change.isVisible()).toBe(true)
    await page.goto(`${app.origin}/#/surat-masuk`)
    await change.getByText('Kata sandi Anda diatur oleh Admin.').waitFor()
    expect(page.url()).toContain('#/ganti-kata-sandi')

    // A wrong old password is named next to its field.
    const oldPassword = change.getByLabel('Kata Sandi Lama', { exact: true })
    await oldPassword.fill('bukan-yang-lama')
    await change.getByLabel('Kata Sandi Baru', { exact: true }).fill(NEW_USER.own)
    await change.getByLabel('Ulangi Kata Sandi Baru', { exact: true }).fill(NEW_USER.own)
    await change.getByRole('button', { name: 'Simpan Kata Sandi' }).click()
    await change.getByText('Kata sandi lama salah.').waitFor()
    expect(await fieldMessage(oldPassword)).toContain('Kata sandi lama salah.')
    await screenshot(page, 'pengaturan-17-kata-sandi-lama-salah')
    await oldPassword.fill(NEW_USER.temp)
    await change.getByRole('button', { name: 'Simpan Kata Sandi' }).click()
    await page.getByRole('heading', { name: 'Selamat datang, Sulastri Handayani' }).waitFor()
    await page.getByText('Kata sandi baru tersimpan. Selamat bekerja.').waitFor()

    // A Sekretariat sees no Pengaturan, and its address sends them back.
    const nav = page.getByRole('navigation', { name: 'Menu utama' })
    await nav.getByRole('link', { name: 'Surat Masuk', exact: true }).waitFor()
    expect(await nav.getByRole('link', { name: 'Pengaturan', exact: true }).count()).toBe(0)
    await page.goto(`${app.origin}/#/pengaturan/pengguna`)
    await page.getByText('Anda tidak memiliki hak untuk membuka halaman itu.').waitFor()
    await page.getByRole('heading', { name: 'Selamat datang, Sulastri Handayani' }).waitFor()
    expect(page.url()).not.toContain('pengaturan')
    await screenshot(page, 'pengaturan-18-sekretariat-ditolak')

    // Ganti Kata Sandi is there any time from the account menu; Escape closes it.
    await page.getByRole('button', { name: `Menu akun ${NEW_USER.nama}` }).click()
    await page.getByRole('menuitem', { name: 'Ganti Kata Sandi' }).or(page.getByText('Ganti Kata Sandi', { exact: true })).first().click()
    const voluntary = page.getByRole('dialog').filter({ hasText: 'Ganti Kata Sandi' })
    await voluntary.getByLabel('Kata Sandi Lama', { exact: true }).waitFor()
    await page.waitForFunction(() => document.activeElement?.closest('[role=dialog]') !== null)
    await screenshot(page, 'pengaturan-19-ganti-kata-sandi')
    await page.waitForTimeout(250)
    await page.keyboard.press('Escape')
    await voluntary.waitFor({ state: 'hidden' })

    // The new password works; the temporary one no longer does.
    await signOut(page)
    await page.getByLabel('Nama Pengguna', { exact: true }).fill(NEW_USER.username)
    await page.getByLabel('Kata Sandi', { exact: true }).fill(NEW_USER.temp)
    await page.getByRole('button', { name: 'Masuk', exact: true }).click()
    await page.getByText('Nama pengguna atau kata sandi salah').waitFor()
    await signIn(page, NEW_USER.username, NEW_USER.own)
    await page.getByRole('heading', { name: 'Selamat datang, Sulastri Handayani' }).waitFor()

    expect(app.pageErrors).toEqual([])
    await page.context().close()
  })

  it('akun yang terkunci terlihat di daftar pengguna dan dibuka dengan atur ulang kata sandi', async () => {
    const page = await app.openPage()
    onTestFailed(async () => {
      await failureReport(page, 'gagal-akun-terkunci')
    })
    // Five wrong passwords lock the account; the message stays the same (it does not reveal the lock).
    for (let i = 0; i < 5; i++) {
      await page.getByLabel('Nama Pengguna', { exact: true }).fill('timdc2')
      await page.getByLabel('Kata Sandi', { exact: true }).fill(`tebakan-${i}`)
      const answered = page.waitForResponse('**/api/session.login')
      await page.getByRole('button', { name: 'Masuk', exact: true }).click()
      await answered
      await page.getByText('Nama pengguna atau kata sandi salah').waitFor()
    }

    await signIn(page, 'admin')
    await openSection(page, 'Pengaturan')
    await openScreen(page, 'Pengguna')
    const row = page.getByRole('row').filter({ hasText: 'timdc2' })
    await row.getByText('Terkunci').waitFor()

    // Roles and the active state are edited in place.
    await row.getByRole('button', { name: 'Ubah pengguna Yoga Pratama, S.Kom.' }).click()
    const dialog = page.getByRole('dialog')
    expect(await dialog.getByLabel('Nama Pengguna', { exact: true }).getAttribute('readonly')).not.toBeNull()
    const peran = dialog.getByRole('group', { name: 'Peran' })
    expect(await peran.getByRole('checkbox', { name: 'Tim Data Center', exact: true }).isChecked()).toBe(true)
    await peran.getByRole('checkbox', { name: 'Sekretariat', exact: true }).check()
    await dialog.getByRole('button', { name: 'Simpan' }).click()
    await page.getByText('Perubahan pengguna Yoga Pratama, S.Kom. disimpan.').waitFor()
    await expect.poll(() => row.innerText()).toContain('Sekretariat')
    expect(await row.innerText()).toContain('Tim Data Center')
    await screenshot(page, 'pengaturan-20a-pengguna-terkunci')

    // Reset: a temporary password, the lock lifted.
    await row.getByRole('button', { name: 'Atur ulang kata sandi Yoga Pratama, S.Kom.' }).click()
    await dialog.getByText('Bila akun terkunci, kuncinya juga dibuka.').waitFor()
    await dialog.getByLabel('Kata Sandi Sementara', { exact: true }).fill('Atur-Ulang-2026')
    await screenshot(page, 'pengaturan-20b-atur-ulang-kata-sandi')
    await dialog.getByRole('button', { name: 'Atur Ulang' }).click()
    const credentials = page.getByRole('dialog').filter({ hasText: 'Kata Sandi Diatur Ulang' })
    await credentials.getByText('Atur-Ulang-2026').waitFor()
    await credentials.getByRole('button', { name: 'Selesai' }).click()
    await expect.poll(() => row.innerText()).not.toContain('Terkunci')

    // The user gets in with it, and is asked for a new one first.
    await signOut(page)
    await page.getByLabel('Nama Pengguna', { exact: true }).fill('timdc2')
    await page.getByLabel('Kata Sandi', { exact: true }).fill('Atur-Ulang-2026')
    await page.getByRole('button', { name: 'Masuk', exact: true }).click()
    await page.getByRole('dialog').filter({ hasText: 'Ganti Kata Sandi' }).getByText('Kata sandi Anda diatur oleh Admin.').waitFor()

    expect(app.pageErrors).toEqual([])
    await page.context().close()
  })

  it('Admin menelusuri jejak audit dan memeriksa keutuhan rantainya', async () => {
    const page = await app.openPage()
    onTestFailed(async () => {
      await failureReport(page, 'gagal-jejak-audit')
    })
    await signIn(page, 'admin')
    await openSection(page, 'Pengaturan')
    await openScreen(page, 'Jejak Audit')
    await page.getByRole('cell', { name: /^Menyimpan hari libur$/ }).first().waitFor()

    // Filter by kind of record, then open an entry's before/after.
    // Picked again if the choice did not take (seen once with two Chromium files running: the list stayed open).
    const jenis = page.locator('.v-select').filter({ has: page.getByLabel('Jenis Data', { exact: true }) })
    await expect.poll(async () => {
      if (!(await jenis.innerText()).includes('Pengguna')) {
        await page.getByLabel('Jenis Data', { exact: true }).focus()
        await page.keyboard.press('Enter')
        await page.getByRole('option', { name: 'Pengguna', exact: true }).click({ timeout: 5000 }).catch(() => undefined)
      }
      return page.getByRole('cell', { name: 'Menghapus hari libur' }).count()
    }).toBe(0)
    await page.getByRole('cell', { name: 'Mengganti kata sandi sendiri' }).first().waitFor()
    const created = page.getByRole('row').filter({ hasText: 'Membuat pengguna' }).first()
    await created.getByRole('button', { name: /^Tampilkan rincian entri \d+$/ }).click()
    const details = page.getByRole('table', { name: /^Rincian perubahan entri \d+$/ })
    await details.getByRole('cell', { name: NEW_USER.username, exact: true }).waitFor()
    expect(await details.innerText()).toContain('Sekretariat')
    await screenshot(page, 'pengaturan-20-jejak-audit')

    // By user and date: today's entries by the new user.
    await page.getByLabel('Pengguna', { exact: true }).fill('Sulastri')
    await page.getByRole('option', { name: /Sulastri Handayani/ }).click()
    await page.getByLabel('Dari Tanggal', { exact: true }).fill(dmy(todayInJakarta()))
    await page.getByRole('cell', { name: 'Mengganti kata sandi sendiri' }).waitFor()
    await expect.poll(() => page.getByRole('cell', { name: 'Membuat pengguna' }).count()).toBe(0)
    await page.getByRole('button', { name: 'Hapus Filter' }).click()
    await page.getByRole('cell', { name: /^Menyimpan hari libur$/ }).first().waitFor()

    // The chain verifies.
    await page.getByRole('button', { name: 'Periksa Keutuhan' }).click()
    const ok = page.getByText(/^Rantai audit utuh \([\d.]+ entri diperiksa\)$/)
    await ok.waitFor()
    const checked = Number(/\(([\d.]+) entri/.exec(await ok.innerText())![1].replace(/\./g, ''))
    expect(checked).toBeGreaterThan(300)
    await screenshot(page, 'pengaturan-21-jejak-audit-utuh')

    // A row changed with raw SQL, outside the app: the check names that entry, in red.
    const [{ id }] = await new Promise<{ id: number }[]>((resolve, reject) => {
      const db = new sqlite3.Database(app.dbFile, sqlite3.OPEN_READONLY, (e) => {
        if (e) return reject(e)
        db.all("SELECT id FROM audit_log WHERE operation = 'users.create' ORDER BY id DESC LIMIT 1", (err, rows: { id: number }[]) =>
          db.close(() => (err ? reject(err) : resolve(rows))),
        )
      })
    })
    await sqlBehindTheAppsBack(app.dbFile, `UPDATE audit_log SET reason = 'diubah diam-diam' WHERE id = ${id}`)
    await page.getByRole('button', { name: 'Periksa Keutuhan' }).click()
    const broken = page.getByRole('alert').filter({ hasText: `Rantai audit rusak pada entri #${id}` })
    await broken.waitFor()
    expect(await broken.innerText()).toContain('diubah di luar aplikasi')
    const color = await broken.evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(color).toBe('rgb(198, 40, 40)')
    await page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(page, 'pengaturan-22-jejak-audit-rusak')

    expect(app.pageErrors).toEqual([])
    await page.context().close()
  })
})
