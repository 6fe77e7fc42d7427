// The acceptance test ("Giliran Anda"): from an empty database, with no hidden seeding, the Admin runs the
// setup wizard and enters the office's people there; the Sekretariat registers a letter; it is disposed
// Kadis -> Kabid -> Kasi -> Tim DC, each person finding it under Tugas Saya on their first screen; the Tim DC opens
// the Permohonan from the disposition they hold and finds its step 5 waiting for them.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest'
import type { Page } from 'playwright-core'
import { chooseOption, disposeTo, esc, tugasList } from './desk'
import { chromiumAvailable, failureReport, proposedReceivedDate, screenshot, SIGN_IN_TIMEOUT, signIn, signOut, startApp, type RunningApp } from './harness'

const FIRST_PASSWORD = 'Awal-Sidara-2026'
const OWN_PASSWORD = 'Sandi-Sendiri-2026'
const HAL = 'Permohonan penarikan server SIMPEG dari Data Center'
const PEOPLE = [
  { label: 'Kepala Dinas', nama: 'Aarif Apriansyah, S.T., M.T.', username: 'aarif', nip: '19730408 200212 1 005' },
  { label: 'Kabid', nama: 'Hendra Gunawan, S.Kom., M.Si.', username: 'hendra', nip: '' },
  { label: 'Kasi', nama: 'Dewi Kartika, S.T.', username: 'dewi', nip: '' },
  { label: 'Staf Sekretariat', nama: 'Rina Marlina, S.E.', username: 'rina', nip: '' },
  { label: 'Tim Data Center 1', nama: 'Fajar Nugroho, A.Md.', username: 'fajar', nip: '' },
]
const ROW_LABEL: Record<string, string> = { Kabid: 'Kepala Bidang', Kasi: 'Kepala Seksi' }

/** First sign-in of an account the Admin created: the temporary password, then one's own. */
async function firstSignIn(page: Page, origin: string, username: string): Promise<void> {
  await page.goto(`${origin}/#/masuk`)
  await page.getByLabel('Nama Pengguna', { exact: true }).fill(username)
  await page.getByLabel('Kata Sandi', { exact: true }).fill(FIRST_PASSWORD)
  await page.getByRole('button', { name: 'Masuk', exact: true }).click()
  const change = page.getByRole('dialog').filter({ hasText: 'Ganti Kata Sandi' })
  // The dialog opens while the sign-in settles; fill only once it is there, and check each value stuck.
  await change.getByRole('button', { name: 'Simpan Kata Sandi' }).waitFor({ timeout: SIGN_IN_TIMEOUT })
  for (const [label, value] of [['Kata Sandi Lama', FIRST_PASSWORD], ['Kata Sandi Baru', OWN_PASSWORD], ['Ulangi Kata Sandi Baru', OWN_PASSWORD]] as const) {
    const field = change.getByLabel(label, { exact: true })
    await expect.poll(async () => {
      await field.fill(value)
      return field.inputValue()
    }).toBe(value)
  }
  await change.getByRole('button', { name: 'Simpan Kata Sandi' }).click()
  await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor({ timeout: SIGN_IN_TIMEOUT })
}

describe.skipIf(!chromiumAvailable())('Giliran Anda: dari basis data kosong sampai Tim DC (Chromium)', () => {
  let app: RunningApp

  beforeAll(async () => {
    app = await startApp({ demo: false })
  })

  afterAll(async () => {
    await app?.close()
  })

  // The whole first day in one run (setup, six people, four hand-overs): 150 s in a loaded run on two cores, so the
  // default limit of the Chromium files would cut it short there.
  it('setup, orang kantor, surat, lalu Kadis -> Kabid -> Kasi -> Tim DC masing-masing menemukannya di Tugas Saya', async () => {
    const page = await app.openPage()
    onTestFailed(async () => {
      await failureReport(page, 'gagal-tugas-saya', { fullPage: true })
    })

    // Setup: the office identity as pre-filled, the first Admin, then the office's people with their posts.
    await page.getByRole('heading', { name: 'Identitas Kantor' }).waitFor()
    await page.getByRole('button', { name: 'Lanjut' }).click()
    await page.getByRole('heading', { name: 'Akun Admin' }).waitFor()
    await page.getByLabel('Nama', { exact: true }).fill('Admin Kominfo')
    await page.getByLabel('Nama Pengguna', { exact: true }).fill('admin')
    await page.getByLabel('Kata Sandi', { exact: true }).fill('Rahasia-Kominfo-2026')
    await page.getByLabel('Ulangi Kata Sandi', { exact: true }).fill('Rahasia-Kominfo-2026')
    await page.getByRole('button', { name: 'Buat Akun Admin dan Lanjut' }).click()
    await page.getByRole('heading', { name: 'Pimpinan dan Tim Data Center' }).waitFor()
    for (const p of PEOPLE) {
      const row = ROW_LABEL[p.label] ?? p.label
      await page.getByLabel(`Nama ${row}`, { exact: true }).fill(p.nama)
      await page.getByLabel(`Nama Pengguna ${row}`, { exact: true }).fill(p.username)
      if (p.nip) await page.getByLabel(`NIP ${row}`, { exact: true }).fill(p.nip)
    }
    await page.getByLabel('Kata Sandi Awal (untuk semua akun di atas)', { exact: true }).fill(FIRST_PASSWORD)
    await screenshot(page, 'tugas-01-persiapan-pimpinan', { fullPage: true })
    await page.getByRole('button', { name: 'Simpan dan Mulai' }).click()
    await page.getByRole('heading', { name: 'Selamat datang, Admin' }).waitFor()

    // The Admin's first screen: the leaders' posts have holders and every account its Pegawai, so nothing to fix.
    await page.getByText('Tidak ada pekerjaan yang menunggu Anda.').waitFor()
    // The accounts are linked to their Pegawai: every person is in the Pegawai list.
    await page.goto(`${app.origin}/#/pengaturan/pegawai`)
    for (const p of PEOPLE) await page.getByText(p.nama, { exact: true }).first().waitFor()
    await screenshot(page, 'tugas-02-pegawai-terbentuk')
    await signOut(page)

    // The Sekretariat registers the letter.
    await firstSignIn(page, app.origin, 'rina')
    await page.goto(`${app.origin}/#/surat-masuk/baru`)
    await page.getByRole('heading', { name: 'Catat Surat Masuk' }).waitFor()
    await page.getByLabel('Nomor Surat', { exact: true }).fill('800/123/BKPSDM/2026')
    const today = await proposedReceivedDate(page)
    await page.getByLabel('Tanggal Surat', { exact: true }).fill(today)
    await page.getByRole('combobox', { name: 'Asal Surat', exact: true }).fill('Badan Kepegawaian')
    await page.getByRole('option', { name: /^Badan Kepegawaian/ }).first().click()
    await page.getByLabel('Hal', { exact: true }).fill(HAL)
    await chooseOption(page, 'Sifat', 'Segera')
    await chooseOption(page, 'Jenis Permohonan', 'Penarikan Server')
    await page.getByRole('button', { name: 'Simpan' }).click()
    const notice = page.getByText(/Surat masuk tercatat dengan Nomor Agenda \d{4}\/\d{4}/)
    await notice.waitFor()
    const agenda = /(\d{4}\/\d{4})/.exec(await notice.innerText())![1]
    await signOut(page)

    // Kepala Dinas: the new letter is on his first screen, with the badge; he disposes it to the Kabid.
    await firstSignIn(page, app.origin, 'aarif')
    const kadisItem = tugasList(page).getByRole('link', { name: new RegExp(`Disposisikan surat ${agenda}`) })
    await kadisItem.waitFor()
    await expect.poll(() => page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: /^Tugas Saya/ }).innerText()).toMatch(/1/)
    await screenshot(page, 'tugas-03-kadis-tugas-saya')
    await kadisItem.click()
    await page.getByRole('heading', { name: `Surat Masuk ${agenda}` }).waitFor()
    await page.getByRole('region', { name: /^Disposisi/ }).getByRole('button', { name: 'Disposisikan' }).click()
    const letterUrl = page.url()
    // "Diteruskan kepada" names each person as the office knows them, down the chain from him: the Kepala Bidang
    // first, by post; the Tim DC member, who holds no post, by role; the Staf Sekretariat's account (it registers
    // letters, it does not receive dispositions) is not offered (a tester could not tell who the Kabid was).
    await page.getByRole('dialog').getByLabel('Diteruskan kepada', { exact: true }).click()
    const options = page.getByRole('option')
    await options.first().waitFor()
    const offered = await options.allInnerTexts()
    expect(offered[0]).toMatch(new RegExp(`^${esc(PEOPLE[1].nama)}\\s+Kepala Bidang`))
    expect(offered.find((o) => o.includes(PEOPLE[4].nama))).toMatch(/Tim Data Center$/)
    expect(offered.join('\n')).not.toContain(PEOPLE[3].nama)
    await disposeTo(page, PEOPLE[1].nama)
    // His own disposition reaches the badge at once, on the same page: nothing waits for him any more, so no count.
    const tugasLink = page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: /^Tugas Saya/ })
    await expect.poll(async () => (await tugasLink.innerText()).replace(/\s+/g, ' ').trim()).toBe('Tugas Saya')
    expect(page.url()).toBe(letterUrl)
    await page.goto(`${app.origin}/#/tugas`)
    await page.getByText('Tidak ada pekerjaan yang menunggu Anda.').waitFor()
    await signOut(page)

    // Kabid, then Kasi: each finds the disposition under Tugas Saya and passes it on.
    for (const [who, next] of [['hendra', PEOPLE[2].nama], ['dewi', PEOPLE[4].nama]] as const) {
      await firstSignIn(page, app.origin, who)
      const item = tugasList(page).getByRole('link', { name: new RegExp(`Disposisi dari .*surat ${agenda}`) })
      await item.waitFor()
      await screenshot(page, `tugas-04-${who}-tugas-saya`)
      await item.click()
      const detail = page.getByRole('region', { name: `Disposisi surat ${agenda}` })
      await detail.getByRole('button', { name: 'Disposisikan' }).click()
      await disposeTo(page, next)
      await page.goto(`${app.origin}/#/tugas`)
      await page.getByText('Tidak ada pekerjaan yang menunggu Anda.').waitFor()
      await signOut(page)
    }

    // Tim DC: the disposition waits for him; he opens the Permohonan from it and step 5 is his next task.
    await firstSignIn(page, app.origin, 'fajar')
    const timItem = tugasList(page).getByRole('link', { name: new RegExp(`Disposisi dari .*surat ${agenda}`) })
    await timItem.waitFor()
    await timItem.click()
    await page.getByRole('region', { name: `Disposisi surat ${agenda}` }).getByRole('link', { name: 'Buka Surat' }).click()
    await page.getByRole('heading', { name: `Surat Masuk ${agenda}` }).waitFor()
    await page.getByRole('button', { name: 'Buka Permohonan' }).click()
    await page.getByText(/Permohonan PNR-\d{4}-\d{4} dibuka\./).waitFor()
    await page.goto(`${app.origin}/#/`)
    await tugasList(page).getByRole('link', { name: /Langkah 5\./ }).waitFor()
    await screenshot(page, 'tugas-05-timdc-langkah-5')

    expect(app.pageErrors).toEqual([])
    await page.context().close()
  }, 300_000)

  it('Kadis menyaring "Belum didisposisi" dan menutup undangan sebagai "Cukup diarsipkan"; Tim DC menyaring "Giliran saya"', async () => {
    const page = await app.openPage()
    onTestFailed(async () => {
      await failureReport(page, 'gagal-tugas-arsip', { fullPage: true })
    })
    // The Sekretariat registers an invitation that needs no disposition.
    await signIn(page, 'rina', OWN_PASSWORD)
    await page.goto(`${app.origin}/#/surat-masuk/baru`)
    await page.getByRole('heading', { name: 'Catat Surat Masuk' }).waitFor()
    await page.getByLabel('Nomor Surat', { exact: true }).fill('005/77/SETDA/2026')
    await page.getByLabel('Tanggal Surat', { exact: true }).fill(await proposedReceivedDate(page))
    await page.getByRole('combobox', { name: 'Asal Surat', exact: true }).fill('Sekretariat Daerah')
    await page.getByRole('option', { name: /^Sekretariat Daerah/ }).first().click()
    await page.getByLabel('Hal', { exact: true }).fill('Undangan upacara hari jadi')
    await chooseOption(page, 'Sifat', 'Biasa')
    await chooseOption(page, 'Jenis Permohonan', 'Lainnya')
    await page.getByRole('button', { name: 'Simpan' }).click()
    await page.getByText(/Surat masuk tercatat dengan Nomor Agenda/).waitFor()
    await signOut(page)

    // The Kadis: only the invitation is not yet disposed (the first letter went down the chain).
    await signIn(page, 'aarif', OWN_PASSWORD)
    // His Kotak Masuk holds dispositions addressed to him (none): it says the letter waits elsewhere and opens it.
    await page.goto(`${app.origin}/#/disposisi`)
    await page.getByText('Tidak ada disposisi yang menunggu Anda.').waitFor()
    await page.getByRole('status').filter({ hasText: '1 surat masuk belum didisposisi menunggu disposisi Anda' }).waitFor()
    await page.getByRole('link', { name: 'Buka Surat Belum Didisposisi' }).click()
    await expect.poll(() => page.url()).toContain('belum-didisposisi=ya')
    expect(await page.getByLabel('Belum didisposisi', { exact: true }).isChecked()).toBe(true)
    const rows = page.locator('tbody tr')
    // While the list loads its only row is "Memuat surat…": wait for the letter's row, then count.
    await rows.filter({ hasText: 'Undangan upacara hari jadi' }).waitFor()
    await expect.poll(() => rows.count()).toBe(1)
    await rows.first().getByRole('link').first().click()
    await page.getByRole('button', { name: 'Cukup Diarsipkan' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Alasan', { exact: true }).fill('Undangan sudah dihadiri Sekretaris.')
    await dialog.getByRole('button', { name: 'Cukup Diarsipkan' }).click()
    await page.getByText('Cukup diarsipkan: surat ini tidak memerlukan disposisi.').waitFor()
    await page.getByText(/Oleh Aarif Apriansyah, S\.T\., M\.T\. pada .*Alasan: Undangan sudah dihadiri Sekretaris\./).waitFor()
    await screenshot(page, 'tugas-06-cukup-diarsipkan')
    // It leaves the queue and stays findable.
    await page.goto(`${app.origin}/#/tugas`)
    await page.getByText('Tidak ada pekerjaan yang menunggu Anda.').waitFor()
    await page.goto(`${app.origin}/#/surat-masuk?cari=upacara`)
    await page.getByRole('cell', { name: /Undangan upacara hari jadi/ }).waitFor()
    await signOut(page)

    // The Tim DC's "Giliran saya" shows the case waiting at step 5.
    await signIn(page, 'fajar', OWN_PASSWORD)
    await page.goto(`${app.origin}/#/permohonan`)
    await page.getByLabel('Giliran saya', { exact: true }).check()
    await expect.poll(() => page.url()).toContain('giliran=saya')
    await page.getByText('Pemeriksaan daftar perangkat').first().waitFor()
    await screenshot(page, 'tugas-07-giliran-saya')
    await signOut(page)

    // The same letter entered again (same Nomor Surat and sender, other case): a warning with a link, nothing saved.
    await signIn(page, 'rina', OWN_PASSWORD)
    await page.goto(`${app.origin}/#/surat-masuk/baru`)
    await page.getByRole('heading', { name: 'Catat Surat Masuk' }).waitFor()
    await page.getByLabel('Nomor Surat', { exact: true }).fill('005/77/setda/2026')
    await page.getByLabel('Tanggal Surat', { exact: true }).fill(await proposedReceivedDate(page))
    await page.getByRole('combobox', { name: 'Asal Surat', exact: true }).fill('Sekretariat Daerah')
    await page.getByRole('option', { name: /^Sekretariat Daerah/ }).first().click()
    await page.getByLabel('Hal', { exact: true }).fill('Undangan upacara hari jadi')
    await chooseOption(page, 'Sifat', 'Biasa')
    await chooseOption(page, 'Jenis Permohonan', 'Lainnya')
    await page.getByRole('button', { name: 'Simpan' }).click()
    await page.getByText('Surat ini mungkin sudah dicatat: Nomor Surat dan Asal Surat yang sama.').waitFor()
    // Said beside the fields it is about, under Asal Surat, not at the form's foot off-screen.
    const warning = page.getByRole('group', { name: 'Identitas Surat' }).getByRole('alert').filter({ hasText: 'mungkin sudah dicatat' })
    const asal = await page.getByRole('combobox', { name: 'Asal Surat', exact: true }).boundingBox()
    const shown = await warning.boundingBox()
    expect(shown && asal && shown.y > asal.y && shown.y - asal.y < 200).toBe(true)
    const link = page.getByRole('link', { name: /^Surat Masuk \d{4}\/\d{4}$/ })
    expect(await link.getAttribute('href')).toMatch(/#\/surat-masuk\/\d+$/)
    expect(page.url()).toContain('/surat-masuk/baru')
    await screenshot(page, 'tugas-08-surat-ganda')

    expect(app.pageErrors).toEqual([])
    await page.context().close()
  })
})
