// Surat Masuk end to end: the Sekretariat registers a letter, finds it, attaches its scan and corrects it;
// a Kepala Bidang may read but not register.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest'
import { chooseOption, openSection } from './desk'
import { chromiumAvailable, failureReport, fieldMessage, screenshot, signIn, signOut, smallPdf, startApp, todayInJakarta, dmy, type RunningApp } from './harness'

function daysBefore(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - days)
  return d.toISOString().slice(0, 10)
}

describe.skipIf(!chromiumAvailable())('Surat Masuk di Chromium (mode peramban)', () => {
  let app: RunningApp

  beforeAll(async () => {
    app = await startApp()
  })

  afterAll(async () => {
    await app?.close()
  })

  it('menolak kata sandi yang salah dengan pesan di samping kolom Kata Sandi', async () => {
    const page = await app.openPage()
    await screenshot(page, '01-masuk')
    await page.getByLabel('Nama Pengguna', { exact: true }).fill('sekretariat')
    await page.getByLabel('Kata Sandi', { exact: true }).fill('bukan-kata-sandinya')
    await page.getByRole('button', { name: 'Masuk', exact: true }).click()
    await page.getByText('Nama pengguna atau kata sandi salah').waitFor()
    expect(await fieldMessage(page.getByLabel('Kata Sandi', { exact: true }))).toContain('Nama pengguna atau kata sandi salah.')
    // Still on the sign-in page, and what was typed is kept.
    expect(page.url()).toContain('#/masuk')
    expect(await page.getByLabel('Nama Pengguna', { exact: true }).inputValue()).toBe('sekretariat')
    await screenshot(page, '02-masuk-gagal')
    await page.context().close()
  })

  it('Sekretariat mencatat, mencari, melampirkan berkas, dan mengubah surat', async () => {
    const page = await app.openPage()
    onTestFailed(async () => {
      await failureReport(page, 'gagal-sekretariat')
    })
    await signIn(page, 'sekretariat')
    await page.getByRole('heading', { name: /Selamat datang/ }).waitFor()
    await page.getByText('Data contoh.').waitFor()
    await screenshot(page, '03-dasbor')

    // The list.
    await openSection(page, 'Surat Masuk')
    await page.getByRole('heading', { name: 'Surat Masuk', exact: true }).waitFor()
    await page.getByRole('cell', { name: /^\d{4}\/\d{4}$/ }).first().waitFor()
    await screenshot(page, '04-daftar-surat-masuk')

    // The form. Leaving it untouched just goes; leaving with input asks first.
    await page.getByRole('link', { name: 'Catat Surat Masuk' }).click()
    await page.getByRole('heading', { name: 'Catat Surat Masuk' }).waitFor()
    await page.getByRole('link', { name: 'Batal' }).click()
    await page.getByRole('heading', { name: 'Surat Masuk', exact: true }).waitFor()
    await page.getByRole('link', { name: 'Catat Surat Masuk' }).click()
    await page.getByRole('heading', { name: 'Catat Surat Masuk' }).waitFor()
    await page.getByLabel('Nomor Surat', { exact: true }).fill('500.12/777/DINKES/2026')
    await page.getByRole('link', { name: 'Batal' }).click()
    await page.getByRole('dialog').getByText('Tinggalkan formulir?').waitFor()
    await page.getByRole('button', { name: 'Tetap di Sini' }).click()
    await page.getByRole('dialog').waitFor({ state: 'hidden' })
    expect(page.url()).toContain('#/surat-masuk/baru')

    // Everything but Hal, then save.
    const today = todayInJakarta()
    expect(await page.getByLabel('Tanggal Diterima', { exact: true }).inputValue()).toBe(dmy(today))
    // Dates are typed as the office writes them (dd/mm/yyyy, whatever the browser's locale); an impossible one is
    // named next to the field; the calendar button fills the same field.
    const tanggalSurat = page.getByLabel('Tanggal Surat', { exact: true })
    await tanggalSurat.pressSequentially('31022026')
    expect(await tanggalSurat.inputValue()).toBe('31/02/2026')
    await page.getByText('Tanggal 31/02/2026 tidak ada: Februari 2026 hanya sampai tanggal 28.').waitFor()
    expect(await fieldMessage(tanggalSurat)).toContain('Februari 2026 hanya sampai tanggal 28')
    await page.getByRole('button', { name: 'Pilih Tanggal Surat dari kalender' }).click()
    // The calendar opens on the current month; its days are named in full ("Selasa, 1 Desember 2026").
    const bulanIni = new Intl.DateTimeFormat('id-ID', { month: 'long', year: 'numeric', timeZone: 'Asia/Jakarta' }).format(new Date(`${today}T12:00:00+07:00`))
    await page.locator('.v-date-picker').getByRole('button', { name: new RegExp(`\\b1 ${bulanIni}$`) }).click()
    await page.locator('.v-date-picker').waitFor({ state: 'hidden' })
    expect(await tanggalSurat.inputValue()).toBe(`01/${today.slice(5, 7)}/${today.slice(0, 4)}`)
    await tanggalSurat.fill(dmy(daysBefore(today, 2)))
    await page.getByRole('combobox', { name: 'Asal Surat', exact: true }).fill('Dinas Kesehatan')
    await page.getByRole('option', { name: /^Dinas Kesehatan\b/ }).click()
    await chooseOption(page, 'Sifat', 'Segera')
    await page.getByLabel('Lampiran', { exact: true }).fill('1 (satu) berkas')
    await page.getByLabel('Kode Klasifikasi', { exact: true }).fill('500.12')
    await page.getByLabel('Isi Ringkas', { exact: true }).fill('Dinas Kesehatan memohon penarikan dua unit server dari rak B-03 karena aplikasi dipindah ke pusat data kementerian.')
    await chooseOption(page, 'Jenis Permohonan', 'Penarikan Server')
    await page.getByRole('button', { name: 'Simpan' }).click()

    const hal = page.getByLabel('Hal', { exact: true })
    await page.getByText('Hal wajib diisi.').waitFor()
    expect(await fieldMessage(hal)).toContain('Hal wajib diisi.')
    // After a refused Simpan the form checks as one types: an impossible date keeps its own message (the form sees no
    // date and would say "wajib diisi"), and a half-typed one is not nagged.
    await tanggalSurat.fill('')
    await tanggalSurat.pressSequentially('3102')
    // The empty field's "wajib diisi" may still be on screen for a moment after the first keys: it must go.
    await expect.poll(() => fieldMessage(tanggalSurat)).toBe('')
    await tanggalSurat.pressSequentially('2026')
    await page.getByRole('button', { name: 'Simpan' }).click()
    await expect.poll(() => fieldMessage(tanggalSurat)).toContain('Februari 2026 hanya sampai tanggal 28')
    await expect.poll(() => fieldMessage(tanggalSurat)).not.toContain('wajib diisi')
    await tanggalSurat.fill(dmy(daysBefore(today, 2)))
    expect(page.url()).toContain('#/surat-masuk/baru')
    // Nothing typed was lost.
    expect(await page.getByLabel('Nomor Surat', { exact: true }).inputValue()).toBe('500.12/777/DINKES/2026')
    await page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(page, '05-form-surat-masuk-galat')

    await hal.fill('Permohonan penarikan server Zamrudkencana dari Data Center')
    await page.getByRole('button', { name: 'Simpan' }).click()
    const notice = page.getByText(/Surat masuk tercatat dengan Nomor Agenda \d{4}\/\d{4}/)
    await notice.waitFor()
    const agenda = /(\d{4}\/\d{4})/.exec(await notice.innerText())![1]
    await page.getByRole('heading', { name: `Surat Masuk ${agenda}` }).waitFor()
    expect(page.url()).toMatch(/#\/surat-masuk\/\d+$/)

    // Find it by a word of its Hal.
    await openSection(page, 'Surat Masuk')
    await page.getByLabel('Cari', { exact: true }).fill('zamrudkencana')
    await page.waitForURL(/cari=zamrudkencana/)
    const row = page.getByRole('row').filter({ hasText: 'Zamrudkencana' })
    await page.getByText('Buku Agenda Surat Masuk · 1 surat').waitFor()
    // header + the letter; polled: a reload the change feed asks for shows Vuetify's progress row in the header a moment
    await expect.poll(() => page.getByRole('row').count()).toBe(2)
    expect(await row.innerText()).toContain(agenda)
    // The search survives a reload (it is in the URL).
    await page.reload()
    await page.getByText('Buku Agenda Surat Masuk · 1 surat').waitFor()
    await row.waitFor()
    expect(await page.getByLabel('Cari', { exact: true }).inputValue()).toBe('zamrudkencana')

    // Open the detail by clicking the row.
    await row.getByText('Zamrudkencana').click()
    await page.getByRole('heading', { name: `Surat Masuk ${agenda}` }).waitFor()
    await page.getByText('Dicatat oleh Rina Marlina, S.E.').waitFor()

    // Attach a PDF.
    await page.getByLabel('Tambah Berkas', { exact: true }).setInputFiles({ name: 'pindaian-surat.pdf', mimeType: 'application/pdf', buffer: smallPdf() })
    await page.getByRole('link', { name: 'pindaian-surat.pdf' }).waitFor()
    await page.getByRole('button', { name: 'Unduh pindaian-surat.pdf' }).waitFor()
    await page.getByText('Menambah berkas').waitFor()

    // A file of another type is refused before it is sent, in the server's words.
    await page.getByLabel('Tambah Berkas', { exact: true }).setInputFiles({ name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('bukan surat') })
    await page.getByText('Jenis berkas "catatan.txt" tidak didukung. Unggah PDF, JPG, atau PNG.').waitFor()

    // Edit: the reason is required, then the change shows in Riwayat.
    await page.getByRole('link', { name: 'Ubah' }).click()
    await page.getByRole('heading', { name: 'Ubah Surat Masuk' }).waitFor()
    expect(await hal.inputValue()).toBe('Permohonan penarikan server Zamrudkencana dari Data Center')
    await hal.fill('Permohonan penarikan server Zamrudkencana dan storage dari Data Center')
    await page.getByRole('button', { name: 'Simpan' }).click()
    await page.getByText('Alasan perubahan wajib diisi (paling sedikit 5 karakter).').waitFor()
    await page.getByLabel('Alasan Perubahan', { exact: true }).fill('Perihal disesuaikan dengan surat asli')

    // A rule only the server knows (the agenda number's year) comes back next to its field; nothing typed is lost.
    const lastYear = Number(today.slice(0, 4)) - 1
    await page.getByLabel('Tanggal Surat', { exact: true }).fill(dmy(`${lastYear}-12-30`))
    await page.getByLabel('Tanggal Diterima', { exact: true }).fill(dmy(`${lastYear}-12-31`))
    await page.getByRole('button', { name: 'Simpan' }).click()
    await page.getByText(`Tanggal Diterima harus tetap di tahun ${lastYear + 1}`).first().waitFor()
    expect(await fieldMessage(page.getByLabel('Tanggal Diterima', { exact: true }))).toContain(`Tanggal Diterima harus tetap di tahun ${lastYear + 1}`)
    expect(await hal.inputValue()).toBe('Permohonan penarikan server Zamrudkencana dan storage dari Data Center')
    await page.getByLabel('Tanggal Diterima', { exact: true }).fill(dmy(today))
    await page.getByLabel('Tanggal Surat', { exact: true }).fill(dmy(daysBefore(today, 2)))
    await page.getByRole('button', { name: 'Simpan' }).click()
    await page.getByRole('heading', { name: `Surat Masuk ${agenda}` }).waitFor()

    const history = page.getByRole('list', { name: 'Riwayat surat' })
    const change = history.getByRole('listitem').filter({ hasText: 'Mengubah data surat' }).first()
    await change.waitFor()
    const changeText = await change.innerText()
    expect(changeText).toContain('Hal:')
    expect(changeText).toContain('Permohonan penarikan server Zamrudkencana dari Data Center → Permohonan penarikan server Zamrudkencana dan storage dari Data Center')
    expect(changeText).toContain('Perihal disesuaikan dengan surat asli')
    await screenshot(page, '06-detail-surat-masuk')
    await page.getByRole('heading', { name: /^Berkas/ }).scrollIntoViewIfNeeded()
    await screenshot(page, '06b-detail-berkas')

    // Void it with the keyboard only: the dialog asks for the reason, Escape would close it.
    const voidButton = page.getByRole('button', { name: 'Batalkan Surat' })
    await voidButton.focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog')
    const reasonFocused = () => page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA' && !!document.activeElement.closest('[role=dialog]'))
    await reasonFocused()
    // Vuetify learns that the dialog is the topmost overlay one timer tick after it opens; a person is slower.
    await page.waitForTimeout(250)
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    // Focus returns to the button that opened the dialog.
    await page.waitForFunction(() => document.activeElement?.textContent?.trim() === 'Batalkan Surat')
    await page.keyboard.press('Enter')
    await reasonFocused()
    await page.keyboard.type('Surat tercatat ganda')
    await screenshot(page, '07-dialog-batalkan-surat')
    await page.keyboard.press('Tab') // Kembali
    await page.keyboard.press('Tab') // Batalkan Surat
    await page.keyboard.press('Enter')
    await page.getByText(`Surat ${agenda} dibatalkan.`).waitFor()
    await page.getByText('Alasan: Surat tercatat ganda').first().waitFor()
    expect(await page.getByRole('link', { name: 'Ubah' }).count()).toBe(0)
    expect(await page.getByLabel('Tambah Berkas', { exact: true }).count()).toBe(0)
    await history.getByRole('listitem').filter({ hasText: 'Membatalkan surat' }).first().waitFor()
    await screenshot(page, '08-detail-surat-dibatalkan')

    expect(app.pageErrors).toEqual([])
    await page.context().close()
  })

  it('perubahan yang bertabrakan ditolak dengan pilihan Muat Ulang', async () => {
    const page = await app.openPage()
    await signIn(page, 'sekretariat')
    await page.goto(`${app.origin}/#/surat-masuk/10/ubah`)
    await page.getByRole('heading', { name: 'Ubah Surat Masuk' }).waitFor()
    const lampiran = page.getByLabel('Lampiran', { exact: true })
    await lampiran.waitFor()

    // Meanwhile someone else (another window) changes the same letter.
    const other = await page.context().newPage()
    await other.goto(`${app.origin}/#/surat-masuk/10/ubah`)
    await other.getByLabel('Lampiran', { exact: true }).fill('3 (tiga) berkas')
    await other.getByLabel('Alasan Perubahan', { exact: true }).fill('Jumlah lampiran dikoreksi')
    await other.getByRole('button', { name: 'Simpan' }).click()
    await other.getByRole('heading', { name: /^Surat Masuk \d{4}\/\d{4}$/ }).waitFor()
    await other.close()

    await page.getByLabel('Kode Klasifikasi', { exact: true }).fill('500.12.2')
    await page.getByLabel('Alasan Perubahan', { exact: true }).fill('Kode klasifikasi dilengkapi')
    await page.getByRole('button', { name: 'Simpan' }).click()
    await page.getByText('Data ini sudah diubah oleh pengguna lain.').waitFor()
    expect(await page.getByLabel('Kode Klasifikasi', { exact: true }).inputValue()).toBe('500.12.2')
    await screenshot(page, '10-form-konflik')
    await page.getByRole('button', { name: 'Muat Ulang' }).click()
    await page.getByText('Data terbaru sudah dimuat.').waitFor()
    expect(await lampiran.inputValue()).toBe('3 (tiga) berkas')
    expect(await page.getByLabel('Alasan Perubahan', { exact: true }).inputValue()).toBe('Kode klasifikasi dilengkapi')
    await page.getByLabel('Kode Klasifikasi', { exact: true }).fill('500.12.2')
    await page.getByRole('button', { name: 'Simpan' }).click()
    await page.getByRole('heading', { name: /^Surat Masuk \d{4}\/\d{4}$/ }).waitFor()
    await page.getByText('500.12.2').first().waitFor()
    expect(app.pageErrors).toEqual([])
    await page.context().close()
  })

  it('menutup atau memuat ulang formulir yang berisi isian ditanyakan dulu; isian tetap ada', async () => {
    const page = await app.openPage()
    await signIn(page, 'sekretariat')
    await page.goto(`${app.origin}/#/surat-masuk/baru`)
    await page.getByRole('heading', { name: 'Catat Surat Masuk' }).waitFor()
    // Untouched: closing asks nothing (a beforeunload prompt would show up as a dialog).
    const asked: string[] = []
    page.on('dialog', (dialog) => {
      asked.push(dialog.type())
      void dialog.dismiss()
    })
    const hal = page.getByLabel('Hal', { exact: true })
    await hal.click()
    await hal.fill('Permohonan penarikan server SIMPEG')
    await page.close({ runBeforeUnload: true })
    await expect.poll(() => asked, { timeout: 10_000 }).toEqual(['beforeunload'])
    // Dismissed ("Tetap di Sini"): the page and what was typed are still there.
    expect(page.isClosed()).toBe(false)
    expect(await hal.inputValue()).toBe('Permohonan penarikan server SIMPEG')
    expect(app.pageErrors).toEqual([])
    await page.context().close()
  })

  it('Kepala Bidang melihat daftar tanpa tombol Catat Surat Masuk', async () => {
    const page = await app.openPage()
    onTestFailed(async () => {
      await failureReport(page, 'gagal-kabid')
    })
    await signIn(page, 'sekretariat')
    await signOut(page)
    await signIn(page, 'kabid')
    await page.getByText('Kepala Bidang', { exact: true }).waitFor()
    await openSection(page, 'Surat Masuk')
    await page.getByRole('heading', { name: 'Surat Masuk', exact: true }).waitFor()
    await page.getByRole('cell', { name: /^\d{4}\/\d{4}$/ }).first().waitFor()
    expect(await page.getByRole('link', { name: 'Catat Surat Masuk' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Catat Surat Masuk' }).count()).toBe(0)

    // A filter goes into the URL; Back takes it off again.
    // Each row marked with its agenda number: the filtered page is drawn into the same rows (ServerListTable keys rows
    // by their place), so every row it shows is one of these, and some now hold another letter.
    const before = await page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.setAttribute('data-uji-sebelum', r.children[0]?.textContent?.trim() ?? '')).length)
    expect(before).toBeGreaterThan(1)
    await chooseOption(page, 'Sifat', 'Sangat Segera')
    await page.waitForURL(/sifat=Sangat(\+|%20)Segera/)
    // The Sifat column (7th) of every row, once the filtered page has arrived.
    const sifatColumn = () => page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.children[6]?.textContent?.trim() ?? ''))
    await expect.poll(async () => (await sifatColumn()).every((t) => t.startsWith('Sangat Segera')), { timeout: 10_000 }).toBe(true)
    expect((await sifatColumn()).length).toBeGreaterThan(0)
    const rows = await page.locator('tbody tr').evaluateAll((trs) => trs.map((r) => ({ was: r.getAttribute('data-uji-sebelum'), now: r.children[0]?.textContent?.trim() ?? '' })))
    expect(rows.every((r) => r.was !== null)).toBe(true)
    expect(rows.some((r) => r.was !== r.now)).toBe(true)
    await page.goBack()
    await page.waitForURL((url) => !url.href.includes('sifat='))
    await expect.poll(() => page.getByLabel('Sifat', { exact: true }).inputValue(), { timeout: 10_000 }).toBe('')
    await expect.poll(async () => (await sifatColumn()).some((t) => !t.startsWith('Sangat Segera')), { timeout: 10_000 }).toBe(true)

    // A range typed backwards (Dari after Sampai) is flagged beside Dari and not applied: the rows stay.
    await page.getByLabel('Sampai', { exact: true }).fill('31/12/2099')
    await page.waitForURL(/sampai=2099-12-31/)
    await page.getByLabel('Dari', { exact: true }).fill('01/01/2100')
    await page.getByText('Dari harus sebelum Sampai.').waitFor()
    expect(page.url()).not.toContain('dari=')
    expect((await sifatColumn()).length).toBeGreaterThan(0)
    await page.getByRole('button', { name: 'Hapus Filter' }).click()
    await page.waitForURL((url) => !url.href.includes('sampai='))
    await expect.poll(() => page.getByLabel('Dari', { exact: true }).inputValue(), { timeout: 10_000 }).toBe('')

    // The detail has no Ubah / Batalkan Surat, and the form's URL is refused.
    await page.getByRole('cell', { name: /^\d{4}\/\d{4}$/ }).first().getByRole('link').click()
    await page.getByRole('heading', { name: /^Surat Masuk \d{4}\/\d{4}$/ }).waitFor()
    expect(await page.getByRole('link', { name: 'Ubah' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Batalkan Surat' }).count()).toBe(0)
    expect(await page.getByLabel('Tambah Berkas', { exact: true }).count()).toBe(0)
    await page.goto(`${app.origin}/#/surat-masuk/baru`)
    await page.getByText('Anda tidak memiliki hak untuk membuka halaman itu.').waitFor()
    expect(await page.getByRole('heading', { name: 'Catat Surat Masuk' }).count()).toBe(0)
    await screenshot(page, '09-kabid-dasbor')
    expect(app.pageErrors).toEqual([])
    await page.context().close()
  })
})
