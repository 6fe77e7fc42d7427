// Permohonan Penarikan Server (SOP 07) end to end: one whole case through the screens, from the registration of the
// OPD's letter to Selesai, each step by the role the SOP names, downloading the documents on the way.
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest'
import type { Download, Page } from 'playwright-core'
import { pngImage } from '../../src/documents/kit/testing/png'
import { chromiumAvailable, fieldMessage, screenshot, signIn, signOut, startApp, todayInJakarta, dmy, type RunningApp } from './harness'

const NAMA = {
  kabid: 'Hendra Gunawan, S.Kom., M.Si.',
  kasi: 'Dewi Kartika, S.T.',
  timdc: 'Fajar Nugroho, A.Md.',
  timdc2: 'Yoga Pratama, S.Kom.',
}

/** A phone-sized photo (larger than the 1600 px the renderer shrinks to), a different picture per seed. */
function photo(seed: number): Buffer {
  return pngImage(2000, 1500, (x, y) => [(x / 8 + seed * 60) % 256, (y / 6) % 256, seed ? 90 : 200, 255])
}

async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('option', { name: option, exact: true }).click()
}

/** The whole page as one picture, drawn in a window as tall as the page (so the fixed bars stay at the top). */
async function wholePage(page: Page, name: string): Promise<void> {
  const size = page.viewportSize()!
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  await page.setViewportSize({ width: size.width, height: Math.min(height, 6000) })
  await screenshot(page, name)
  await page.setViewportSize(size)
}

/** Calls the API from inside the page, as the signed-in user (for setting up what another screen records). */
async function apiCall<T>(page: Page, name: string, input: unknown): Promise<T> {
  const env = await page.evaluate(
    async ([n, i]) => (await fetch(`/api/${n}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(i) })).json(),
    [name, input] as const,
  )
  if (!env.ok) throw new Error(`${name}: ${env.error.message}`)
  return env.data as T
}

/**
 * Registers a Penarikan Server letter of `opd` and disposes it down to the Tim Data Center members `tim` through the
 * API, so the case waits at step 5 (Pemeriksaan); the page is left signed in as the Kasi.
 */
async function caseAtCheck(page: Page, o: { opd: string; nomorSurat: string; hal: string; tim: string[] }): Promise<{ id: number; nomor: string }> {
  await signIn(page, 'sekretariat')
  const opds = await apiCall<{ id: number; nama: string }[]>(page, 'opd.list', {})
  const letter = await apiCall<{ id: number }>(page, 'letters.register', {
    nomorSurat: o.nomorSurat, tanggalSurat: todayInJakarta(), asalOpdId: opds.find((x) => x.nama === o.opd)!.id, hal: o.hal, sifat: 'Biasa', jenisPermohonan: 'Penarikan Server',
  })
  const kasus = await apiCall<{ id: number; nomor: string }>(page, 'kasus.open', { suratId: letter.id })
  const chain: [string, unknown[]][] = [
    ['kadis', [{ jabatanKode: 'kabid-pe' }]],
    ['kabid', [{ jabatanKode: 'kasi-it' }]],
  ]
  for (const [user, kepada] of chain) {
    await signOut(page)
    await signIn(page, user)
    await apiCall(page, 'disposisi.create', { suratId: letter.id, kepada })
  }
  await signOut(page)
  await signIn(page, 'kasi')
  const people = await apiCall<{ pegawaiId: number; nama: string }[]>(page, 'disposisi.recipients', {})
  await apiCall(page, 'disposisi.create', { suratId: letter.id, kepada: o.tim.map((nama) => ({ pegawaiId: people.find((p) => p.nama === nama)!.pegawaiId })) })
  return kasus
}

async function saved(download: Promise<Download>): Promise<string> {
  const d = await download
  expect(await d.failure()).toBeNull()
  return d.suggestedFilename()
}

describe.skipIf(!chromiumAvailable())('Permohonan Penarikan Server di Chromium (mode peramban)', () => {
  let app: RunningApp

  beforeAll(async () => {
    app = await startApp()
  })

  afterAll(async () => {
    await app?.close()
  })

  let attempt = 17
  it('menjalankan satu permohonan utuh dari surat masuk sampai Selesai', { timeout: 420_000 }, async () => {
    const errorsBefore = app.pageErrors.length
    const page = await app.openPage()
    onTestFailed(async () => {
      await wholePage(page, 'gagal-permohonan')
    })
    const today = todayInJakarta()
    const caseHeading = page.getByRole('heading', { name: /^Permohonan PNR-\d{4}-\d{4}$/ })
    const notice = (text: string | RegExp) => page.locator('.v-snackbar').getByText(text)
    /** Saves the current step: its button, then "Ya, Simpan" when the step asks to confirm. */
    async function saveStep(button: string, confirm = true): Promise<void> {
      await page.getByRole('button', { name: button }).click()
      if (confirm) await page.getByRole('dialog').getByRole('button', { name: 'Ya, Simpan' }).click()
    }
    async function stepDone(no: number): Promise<void> {
      await notice(new RegExp(`^Langkah ${no}\\. .* tercatat`)).waitFor()
    }
    /** Closes the snackbar, so it does not cover the screenshots. */
    async function clearNotices(): Promise<void> {
      const bar = page.locator('.v-snackbar')
      if (await bar.isVisible()) {
        // It may be closing by itself already.
        await bar.getByRole('button', { name: 'Tutup' }).click({ timeout: 2_000 }).catch(() => undefined)
        await bar.waitFor({ state: 'hidden' })
      }
    }
    async function shot(name: string, whole = false): Promise<void> {
      await clearNotices()
      await (whole ? wholePage(page, name) : screenshot(page, name))
    }
    /** Scrolls so that a step of the timeline starts just under the app bar. */
    async function scrollToStep(no: number): Promise<void> {
      await page.locator(`#langkah-${no}`).evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 80))
    }
    async function as(username: string, url: string): Promise<void> {
      await signOut(page)
      await signIn(page, username)
      await page.goto(url)
    }

    // 1. The Sekretariat registers the OPD's letter (Jenis: Penarikan Server) and opens the case from it.
    await signIn(page, 'sekretariat')
    await page.goto(`${app.origin}/#/surat-masuk/baru`)
    await page.getByRole('heading', { name: 'Catat Surat Masuk' }).waitFor()
    // Its own number each attempt: a retried attempt would otherwise meet the first attempt's letter as a likely duplicate.
    await page.getByLabel('Nomor Surat', { exact: true }).fill(`500.12/${200 + attempt++}/DISDIK/2026`)
    await page.getByLabel('Tanggal Surat', { exact: true }).fill(dmy(today))
    await page.getByRole('combobox', { name: 'Asal Surat', exact: true }).fill('Dinas Pendidikan')
    await page.getByRole('option', { name: /^Dinas Pendidikan\b/ }).click()
    await chooseOption(page, 'Sifat', 'Segera')
    await page.getByLabel('Hal', { exact: true }).fill('Permohonan penarikan server PPDB Online dari Data Center')
    await page.getByLabel('Isi Ringkas', { exact: true }).fill('Dinas Pendidikan memohon penarikan dua server PPDB Online (srv-ppdb-app dan srv-ppdb-db) karena aplikasi dipindahkan.')
    await chooseOption(page, 'Jenis Permohonan', 'Penarikan Server')
    await page.getByRole('button', { name: 'Simpan' }).click()
    await page.getByRole('heading', { name: /^Surat Masuk \d{4}\/\d{4}$/ }).waitFor()
    const letterUrl = page.url()

    await page.getByRole('heading', { name: 'Permohonan Penarikan' }).waitFor()
    await page.getByRole('button', { name: 'Buka Permohonan' }).waitFor()
    await shot('permohonan-00-surat')
    await page.getByRole('button', { name: 'Buka Permohonan' }).click()
    await caseHeading.waitFor()
    const nomor = (await caseHeading.innerText()).replace('Permohonan ', '')
    const caseUrl = page.url()
    expect(caseUrl).toMatch(/#\/permohonan\/\d+$/)
    await page.getByText(`Permohonan ${nomor} dibuka.`).waitFor()
    // The SOP's identity and its warning are on the case page; all 14 steps are listed, step 2 is running.
    await page.getByText('07/SOP/Kominfo-PE/10/2018').first().waitFor()
    await page.getByText('Pencatatan dan pendokumentasian yang tidak lengkap').waitFor()
    const steps = page.getByRole('list', { name: 'Alur SOP permohonan ini' }).locator(':scope > li')
    expect(await steps.count()).toBe(14)
    expect(await page.locator('[aria-current=step]').innerText()).toContain('2. Disposisi Kepala Dinas')

    // 2-4. The letter goes down by disposition: Kadis -> Kabid -> Kasi -> Tim Data Center. Each official finds their
    // turn on the case ("Giliran Anda") and goes from there to the letter to dispose it.
    const dispositions: [user: string, step: string, to: string[]][] = [
      ['kadis', '2. Disposisi Kepala Dinas', [NAMA.kabid]],
      ['kabid', '3. Verifikasi dan Disposisi Kepala Bidang', [NAMA.kasi]],
      ['kasi', '4. Penunjukan Tim Data Center', [NAMA.timdc, NAMA.timdc2]],
    ]
    for (const [user, step, to] of dispositions) {
      await as(user, caseUrl)
      await page.getByText(`Giliran Anda: langkah ${step}`).waitFor()
      await page.getByRole('link', { name: 'Buka Surat untuk Disposisi' }).click()
      expect(page.url()).toBe(letterUrl)
      await page.getByRole('button', { name: 'Disposisikan' }).click()
      const dialog = page.getByRole('dialog')
      const kepada = dialog.getByLabel('Diteruskan kepada', { exact: true })
      for (const name of to) {
        await kepada.fill(name.split(',')[0])
        await page.getByRole('option', { name: new RegExp(`^${name.split(',')[0]}`) }).click()
      }
      await dialog.getByRole('button', { name: 'Simpan Disposisi' }).click()
      await dialog.waitFor({ state: 'hidden' })
    }
    // The Kasi's page of the letter shows the case at step 5 now.
    await page.getByText('5. Pemeriksaan daftar perangkat').first().waitFor()

    // 5. Tim DC: the devices named in the letter, against the inventory and the BA Kolokasi.
    await as('timdc', caseUrl)
    await page.getByText('Giliran Anda: langkah 5. Pemeriksaan daftar perangkat').waitFor()
    await page.getByRole('button', { name: 'Kerjakan Langkah Ini' }).click()
    expect(await page.getByText(`${NAMA.timdc}, ${NAMA.timdc2}`).count()).toBeGreaterThan(0)
    // Saving without a decision is refused next to the field, in the contract's words.
    await page.getByRole('button', { name: 'Simpan Hasil Pemeriksaan' }).click()
    await page.getByText('Pilih hasil pemeriksaan: sesuai atau tidak sesuai.').waitFor()
    await page.getByLabel('Cari perangkat', { exact: true }).fill('ppdb')
    for (const host of ['srv-ppdb-app', 'srv-ppdb-db']) await page.getByRole('checkbox', { name: `Pilih ${host}`, exact: true }).check()
    const chosen = page.getByRole('table', { name: 'Perangkat dipilih' })
    await chosen.getByText(/^BA\/\d{3}\/KOMINFO-PE\/\d{4}$/).first().waitFor()
    expect(await chosen.locator('tbody tr').count()).toBe(2)
    await page.getByRole('radio', { name: /^Sesuai data/ }).check()
    await page.getByLabel('Alasan / hasil pemeriksaan', { exact: true }).fill('Kedua server PPDB sesuai inventaris dan BA Kolokasi yang tercatat.')
    await scrollToStep(5)
    await shot('permohonan-01-langkah-5')
    await shot('permohonan-01b-langkah-5-penuh', true)
    await saveStep('Simpan Hasil Pemeriksaan')
    await stepDone(5)
    // Step 6 is the branch not taken.
    await page.locator('#langkah-6').getByText('Tidak dilalui: hasil langkah 5 "Sesuai data".').waitFor()

    // 7. The Formulir Kelengkapan goes to the OPD and comes back filled in.
    await page.getByText('Giliran Anda: langkah 7. Formulir Kelengkapan').waitFor()
    const formulir = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Unduh Formulir Kelengkapan', exact: true }).click()
    expect(await saved(formulir)).toMatch(/\.docx$/)
    await page.getByLabel('Nama penanggung jawab OPD', { exact: true }).fill('Budi Santoso, S.Kom.')
    await page.getByLabel('NIP / No. Identitas', { exact: true }).fill('198001012005011001')
    await page.getByLabel('Jabatan', { exact: true }).fill('Kepala Subbagian Umum dan Kepegawaian')
    await page.getByLabel('Telepon', { exact: true }).fill('0812-7700-0001')
    await saveStep('Simpan Formulir Kelengkapan', false)
    await stepDone(7)

    // 8. Verification and the physical withdrawal, with photos (shrunk in the browser, each with its caption).
    await page.getByText('Giliran Anda: langkah 8. Verifikasi dan pendampingan penarikan').waitFor()
    expect(await page.getByLabel('Nama wakil OPD', { exact: true }).inputValue()).toBe('Budi Santoso, S.Kom.')
    // Nothing ticked yet: the fields are checked first (each device's note is asked for), nothing is asked to confirm.
    await saveStep('Simpan Pendampingan Penarikan', false)
    await page.getByText('Tulis catatan untuk perangkat yang tidak sesuai.').first().waitFor()
    expect(await fieldMessage(page.getByLabel('Catatan srv-ppdb-app', { exact: true }))).toContain('Tulis catatan untuk perangkat yang tidak sesuai.')
    await page.getByText('Unggah paling sedikit satu foto dokumentasi penarikan.').waitFor()
    expect(await page.getByRole('dialog').count()).toBe(0)
    for (const b of await page.getByRole('button', { name: /^Tandai semua sesuai / }).all()) await b.click()
    await page.getByLabel('Tambah Foto', { exact: true }).setInputFiles([
      { name: 'IMG_2041.png', mimeType: 'image/png', buffer: photo(0) },
      { name: 'IMG_2042.png', mimeType: 'image/png', buffer: photo(1) },
    ])
    const waiting = page.getByRole('list', { name: 'Foto belum diunggah' })
    await waiting.getByText(/IMG_2041\.jpg · 1600×1200 px/).waitFor()
    await waiting.getByText(/IMG_2042\.jpg · 1600×1200 px/).waitFor()
    await page.getByLabel('Keterangan foto 1', { exact: true }).fill('Server srv-ppdb-app dan srv-ppdb-db dilepas dari rak')
    await page.getByRole('button', { name: /^Unggah Semua/ }).click()
    await page.getByText('Keterangan foto wajib diisi.').waitFor()
    // The photo left waiting keeps its place after the uploaded one: "foto 2", not "foto 1" again.
    await page.getByRole('list', { name: 'Foto terunggah' }).getByRole('listitem').first().waitFor()
    expect(await page.getByLabel('Keterangan foto 1', { exact: true }).count()).toBe(0)
    await page.getByLabel('Keterangan foto 2', { exact: true }).fill('Serah terima perangkat kepada wakil Dinas Pendidikan')
    await page.getByRole('button', { name: 'Unggah', exact: true }).click()
    const uploaded = page.getByRole('list', { name: 'Foto terunggah' })
    await uploaded.getByRole('listitem').nth(1).waitFor()
    await uploaded.locator('img').nth(1).waitFor()
    await scrollToStep(8)
    await shot('permohonan-02-langkah-8')
    await shot('permohonan-02b-langkah-8-penuh', true)
    await saveStep('Simpan Pendampingan Penarikan', false)
    await stepDone(8)
    // The photos now show on step 8 of the timeline, with their captions.
    await page.locator('#langkah-8').getByRole('list', { name: 'Foto langkah 8' }).getByText('Serah terima perangkat kepada wakil Dinas Pendidikan').waitFor()

    // 9. Removal from the monitoring system (time and host prefilled from the inventory).
    await page.getByText('Giliran Anda: langkah 9. Penghapusan dari sistem monitoring').waitFor()
    expect(await page.getByLabel('Host monitoring srv-ppdb-app', { exact: true }).inputValue()).toMatch(/^ppdb-1$/)
    await saveStep('Simpan Penghapusan Monitoring')
    await stepDone(9)

    // 10. The report: Berita Acara and Laporan Pelaksanaan get their numbers; the devices become Ditarik.
    await page.getByText('Giliran Anda: langkah 10. Laporan hasil pelaksanaan').waitFor()
    expect(await page.getByLabel('Instansi Pihak Kedua', { exact: true }).inputValue()).toBe('Dinas Pendidikan Kota Batam')
    await page.getByLabel('NIP Pihak Kedua', { exact: true }).fill('198001012005011001')
    await saveStep('Simpan dan Buat Berita Acara')
    await stepDone(10)
    const devices = page.getByRole('list', { name: 'Perangkat permohonan' })
    expect((await devices.innerText()).match(/Ditarik/g)).toHaveLength(2)
    const ba = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Unduh Berita Acara Penarikan Server', exact: true }).click()
    expect(await saved(ba)).toMatch(/\.docx$/)

    // 11. The Kasi returns the report once (the reason is required), the Tim DC corrects it, the Kasi accepts it.
    await as('kasi', caseUrl)
    await page.getByText('Giliran Anda: langkah 11. Pemeriksaan laporan oleh Kasi').waitFor()
    await page.getByRole('radio', { name: /^Dikembalikan untuk perbaikan/ }).check()
    // The missing reason is named next to Catatan before anything is asked to confirm.
    await saveStep('Simpan Keputusan', false)
    await page.getByText('Tulis apa yang harus diperbaiki (paling sedikit 5 karakter).').first().waitFor()
    expect(await page.getByRole('dialog').count()).toBe(0)
    expect(await fieldMessage(page.getByLabel('Catatan perbaikan', { exact: true }))).toContain('Tulis apa yang harus diperbaiki')
    await page.getByLabel('Catatan perbaikan', { exact: true }).fill('Sebutkan kondisi fisik kedua server pada ringkasan.')
    await saveStep('Simpan Keputusan')
    await stepDone(11)
    await page.locator('#langkah-11').getByText('Laporan dikembalikan ke langkah 10 untuk diperbaiki.').waitFor()

    await as('timdc', caseUrl)
    await page.getByText('Giliran Anda: langkah 10. Laporan hasil pelaksanaan').waitFor()
    await page.getByText('Catatan: Sebutkan kondisi fisik kedua server pada ringkasan.').waitFor()
    const ringkasan = page.getByLabel('Ringkasan pelaksanaan', { exact: true })
    await ringkasan.fill(`${await ringkasan.inputValue()} Kedua server dalam kondisi fisik baik saat diserahkan.`)
    await saveStep('Simpan dan Buat Berita Acara')
    await stepDone(10)

    // The Sekretariat could record the Kasi's decision from the paper, marked as recorded on her behalf.
    await as('sekretariat', caseUrl)
    await page.getByText(`Dicatat oleh Sekretariat atas nama ${NAMA.kasi} (Kepala Seksi)`).waitFor()
    await scrollToStep(11)
    await shot('permohonan-02c-sekretariat-atas-nama')

    await as('kasi', caseUrl)
    await page.getByRole('radio', { name: /^Laporan diterima/ }).check()
    await saveStep('Simpan Keputusan')
    await stepDone(11)

    // 12. The Kabid receives the report and reports to the Kadis; 13. the Kadis reviews it: Selesai.
    await as('kabid', caseUrl)
    await page.getByText('Giliran Anda: langkah 12. Laporan Kepala Bidang').waitFor()
    await page.getByLabel('Catatan (opsional)', { exact: true }).fill('Dilaporkan kepada Kepala Dinas.')
    await saveStep('Catat Laporan Diterima')
    await stepDone(12)

    await as('kadis', caseUrl)
    await page.getByText('Giliran Anda: langkah 13. Review Kepala Dinas').waitFor()
    await saveStep('Catat Review')
    await stepDone(13)
    await page.getByText('Permohonan selesai pada').waitFor()
    await caseHeading.locator('..').getByText('Selesai', { exact: true }).waitFor()
    // The way the case went, as the timeline tells it.
    const step10 = page.locator('#langkah-10')
    expect(await step10.getByText(/^Pengerjaan ke-\d$/).count()).toBe(2)
    await page.locator('#langkah-11').getByText('Dikembalikan untuk perbaikan', { exact: true }).waitFor()
    await page.locator('#langkah-12').getByText('Dilaporkan kepada Kepala Dinas.').waitFor()
    // Documents stay downloadable, same numbers.
    const laporan = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Unduh Laporan Pelaksanaan', exact: true }).click()
    expect(await saved(laporan)).toMatch(/\.docx$/)
    await page.evaluate(() => window.scrollTo(0, 0))
    await shot('permohonan-03-selesai')
    await scrollToStep(10)
    await shot('permohonan-03b-selesai-akhir')
    await shot('permohonan-03c-selesai-penuh', true)

    // The list finds it among the finished cases; the Dasbor counts.
    const nav = page.getByRole('navigation', { name: 'Menu utama' })
    await nav.getByRole('link', { name: 'Permohonan Penarikan', exact: true }).click()
    await page.getByRole('heading', { name: 'Permohonan Penarikan', exact: true }).waitFor()
    await chooseOption(page, 'Status', 'Selesai')
    await page.waitForURL(/status=selesai/)
    const row = page.getByRole('row').filter({ hasText: nomor })
    await row.waitFor()
    expect(await row.innerText()).toContain('Dinas Pendidikan')
    await shot('permohonan-04-daftar')
    await nav.getByRole('link', { name: 'Dasbor', exact: true }).click()
    await page.getByRole('heading', { name: 'Permohonan Penarikan Server' }).waitFor()
    await page.getByRole('link', { name: /^Selesai bulan ini: 1\./ }).waitFor()
    await shot('permohonan-05-dasbor')

    expect(app.pageErrors.slice(errorsBefore)).toEqual([])
    await page.context().close()
  })

  it('menolak permohonan yang tidak sesuai data: langkah 5, Surat Balasan, lalu berakhir Ditolak', async () => {
    const errorsBefore = app.pageErrors.length
    const page = await app.openPage()
    onTestFailed(async () => {
      await wholePage(page, 'gagal-penolakan')
    })
    // The letter, the case and its dispositions are set up through the API; the Tim DC's part is done on screen.
    const kasus = await caseAtCheck(page, { opd: 'Dinas Kesehatan', nomorSurat: '500.12/044/DINKES/2026', hal: 'Permohonan penarikan server SIMPUS dan server cadangan', tim: [NAMA.timdc2] })

    // The list shows where the case stands and who holds it.
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Permohonan Penarikan', exact: true }).click()
    const row = page.getByRole('row').filter({ hasText: kasus.nomor })
    await row.waitFor()
    await expect.poll(() => row.innerText()).toContain('5. Pemeriksaan daftar perangkat')
    await expect.poll(() => row.innerText()).toContain(`Tim Data Center: ${NAMA.timdc2}`)
    await screenshot(page, 'permohonan-07-daftar-berjalan')

    await signOut(page)
    await signIn(page, 'timdc2')
    await page.goto(`${app.origin}/#/permohonan/${kasus.id}`)
    await page.getByText('Giliran Anda: langkah 5. Pemeriksaan daftar perangkat').waitFor()
    await page.getByRole('checkbox', { name: 'Pilih srv-simpus-app', exact: true }).check()
    await page.getByRole('button', { name: 'Tambah Perangkat Tidak Terdaftar' }).click()
    await page.getByLabel('Nama perangkat 1', { exact: true }).fill('simpus-backup01')
    await page.getByLabel('Keterangan 1', { exact: true }).fill('Tidak ada di inventaris maupun BA Kolokasi')
    // "Sesuai" with a device not on file is refused next to Hasil by the step's own check, before anything is asked.
    // It is said once, beside Hasil, in the engine's words, as soon as both are on screen and again after Simpan.
    const unlisted = page.getByText('Ada perangkat yang tidak terdaftar di inventaris: hasil pemeriksaan harus "tidak sesuai".')
    await page.getByRole('radio', { name: /^Sesuai data/ }).check()
    await unlisted.waitFor()
    await page.getByLabel('Alasan / hasil pemeriksaan', { exact: true }).fill('Server simpus-backup01 yang dimohon tidak tercatat di Data Center.')
    await page.getByRole('button', { name: 'Simpan Hasil Pemeriksaan' }).click()
    await page.getByText('Periksa kembali isian yang ditandai.').waitFor()
    expect(await page.getByText(/Ada perangkat yang tidak terdaftar/).count()).toBe(1)
    expect(await page.getByRole('dialog').count()).toBe(0)
    // Meanwhile a colleague records the same check (another window). This window's change feed is held still, so it is
    // the refused save that finds out.
    const frozen = { ok: true, data: await apiCall<{ nomor: number }>(page, 'perubahan.nomor', {}) }
    await page.route('**/api/perubahan.nomor', (route) => route.fulfill({ json: frozen }))
    const seen = await apiCall<{ versi: number; perangkat: unknown[] }>(page, 'kasus.get', { id: kasus.id })
    const simpus = (await apiCall<{ items: { id: number; nama: string }[] }>(page, 'devices.list', { q: 'srv-simpus-app' })).items[0].id
    await apiCall(page, 'kasus.act', {
      kasusId: kasus.id, versi: seen.versi,
      input: { langkah: 'pemeriksaan', perangkatIds: [simpus], tidakTerdaftar: [{ nama: 'simpus-backup01', keterangan: 'Tidak ada di inventaris maupun BA Kolokasi' }], hasil: 'tidak-sesuai', alasan: 'Server simpus-backup01 yang dimohon tidak tercatat di Data Center.' },
    })
    await page.getByRole('radio', { name: /^Ditolak \/ tidak sesuai data/ }).check()
    await page.getByRole('button', { name: 'Simpan Hasil Pemeriksaan' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Ya, Simpan' }).click()
    // This form holds input: it stays, saying who recorded the step; Simpan is off until the new state is shown.
    await page.getByText(`Langkah 5. Pemeriksaan daftar perangkat sudah dicatat oleh ${NAMA.timdc2} pada`).waitFor()
    expect(await page.getByLabel('Alasan / hasil pemeriksaan', { exact: true }).inputValue()).toBe('Server simpus-backup01 yang dimohon tidak tercatat di Data Center.')
    expect(await page.getByRole('button', { name: 'Simpan Hasil Pemeriksaan' }).isDisabled()).toBe(true)
    await page.getByRole('alert').getByRole('button', { name: 'Lihat Keadaan Terbaru' }).click()
    await page.unroute('**/api/perubahan.nomor')

    // 6. The Surat Balasan: its body starts from the findings of step 5.
    await page.getByText('Giliran Anda: langkah 6. Laporan ke Kasi dan Surat Balasan').waitFor()
    const temuan = await page.getByLabel('Isi / temuan', { exact: true }).inputValue()
    expect(temuan).toContain('Server simpus-backup01 yang dimohon tidak tercatat di Data Center.')
    expect(temuan).toContain('Perangkat simpus-backup01 tidak tercatat dalam inventaris Data Center (Tidak ada di inventaris maupun BA Kolokasi).')
    expect(await page.getByLabel('Yth.', { exact: true }).inputValue()).toBe('Kepala Dinas Kesehatan')
    // A reply dated before the check it answers is refused beside the field, the earlier date named (tester s22).
    const tanggalSurat = page.getByLabel('Tanggal surat', { exact: true })
    const yesterday = new Date(Date.parse(`${todayInJakarta()}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
    await tanggalSurat.fill(dmy(yesterday))
    await page.getByText(`Tanggal surat tidak boleh sebelum pemeriksaan perangkat pada langkah 5 (${dmy(todayInJakarta())}).`).waitFor()
    await tanggalSurat.fill(dmy(todayInJakarta()))
    await page.getByText('Tanggal surat tidak boleh sebelum').waitFor({ state: 'hidden' })
    await page.getByRole('radio', { name: /^a\.n\. Kepala Dinas/ }).check()
    await page.getByRole('button', { name: 'Tambah Tembusan' }).click()
    await page.getByLabel('Tembusan 1', { exact: true }).fill('Kepala Dinas Komunikasi dan Informatika Kota Batam')
    await page.getByRole('button', { name: 'Simpan dan Buat Surat Balasan' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Ya, Simpan' }).click()
    await page.getByText('Permohonan ditolak pada').waitFor()
    // The way it went: 5 (tidak sesuai), 6, then the end as Ditolak; 7-13 not taken; the device back to Aktif.
    await page.locator('#langkah-14').getByText('Permohonan ditolak', { exact: true }).waitFor()
    await page.locator('#langkah-7').getByText('Tidak dilalui: hasil langkah 5 "Ditolak / tidak sesuai data".').waitFor()
    await page.locator('#langkah-5').getByText('simpus-backup01', { exact: true }).waitFor()
    const devices = page.getByRole('list', { name: 'Perangkat permohonan' })
    await devices.getByText('Aktif', { exact: true }).waitFor()
    const surat = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Unduh Surat Balasan', exact: true }).click()
    expect(await saved(surat)).toMatch(/\.docx$/)
    const bar = page.locator('.v-snackbar')
    if (await bar.isVisible()) await bar.getByRole('button', { name: 'Tutup' }).click({ timeout: 2_000 }).catch(() => undefined)
    await bar.waitFor({ state: 'hidden' })
    await page.evaluate(() => window.scrollTo(0, 0))
    await wholePage(page, 'permohonan-06-ditolak-penuh')
    expect(app.pageErrors.slice(errorsBefore)).toEqual([])
    await page.context().close()
  })

  it('membatalkan surat yang permohonannya berjalan: dialog menyebut permohonannya, permohonan berakhir Dibatalkan', async () => {
    const errorsBefore = app.pageErrors.length
    const page = await app.openPage()
    onTestFailed(async () => {
      await wholePage(page, 'gagal-pembatalan')
    })
    await signIn(page, 'sekretariat')
    const opds = await apiCall<{ id: number; nama: string }[]>(page, 'opd.list', {})
    const dpmptsp = opds.find((o) => o.nama.startsWith('Dinas Penanaman Modal'))!.id
    const letter = await apiCall<{ id: number }>(page, 'letters.register', {
      nomorSurat: '500.12/051/DPMPTSP/2026', tanggalSurat: todayInJakarta(), asalOpdId: dpmptsp, hal: 'Permohonan penarikan server perizinan',
      sifat: 'Biasa', jenisPermohonan: 'Penarikan Server',
    })
    const kasus = await apiCall<{ id: number; nomor: string }>(page, 'kasus.open', { suratId: letter.id })

    // The void dialog names the case that stops with the letter.
    await page.goto(`${app.origin}/#/surat-masuk/${letter.id}`)
    await page.getByRole('button', { name: 'Batalkan Surat' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByText(`Permohonan ${kasus.nomor} (sekarang di langkah 2. Disposisi Kepala Dinas) ikut dihentikan sebagai Dibatalkan bersama suratnya`).waitFor()
    await dialog.getByLabel('Alasan Pembatalan').fill('Surat tercatat dua kali.')
    await dialog.getByRole('button', { name: 'Batalkan Surat' }).click()
    await page.getByText('Alasan: Surat tercatat dua kali.').first().waitFor()
    // The voided letter no longer waits for a disposition; its case card says how the case ended.
    await page.getByText('Belum ada disposisi. Surat dibatalkan, tidak didisposisikan lagi.').waitFor()
    expect(await page.getByText('Surat menunggu disposisi Kepala Dinas').count()).toBe(0)
    await page.getByText('Dibatalkan bersama suratnya', { exact: true }).waitFor()

    // The case page: ended, with the letter's reason, and nobody's turn any more.
    await page.goto(`${app.origin}/#/permohonan/${kasus.id}`)
    await page.getByText('Dibatalkan bersama suratnya: Surat tercatat dua kali.').waitFor()
    expect(await page.getByText('Giliran Anda').count()).toBe(0)
    await page.locator('#langkah-2').getByText('Tidak dilalui: permohonan dibatalkan bersama suratnya.').waitFor()
    await screenshot(page, 'permohonan-08-dibatalkan')
    expect(app.pageErrors.slice(errorsBefore)).toEqual([])
    await page.context().close()
  })

  it('a step form with typed input asks before it is left, and keeps it when another member records the step', { timeout: 300_000 }, async () => {
    const errorsBefore = app.pageErrors.length
    const page = await app.openPage()
    onTestFailed(async () => {
      await wholePage(page, 'gagal-formulir-langkah')
    })
    const kasus = await caseAtCheck(page, { opd: 'Dinas Perhubungan', nomorSurat: '000.5/777/DISHUB/2026', hal: 'Permohonan penarikan server parkir', tim: [NAMA.timdc, NAMA.timdc2] })
    await signOut(page)
    await signIn(page, 'timdc')
    // An active device of the OPD (a retried attempt takes the one the first attempt left).
    const parkir = (await apiCall<{ items: { id: number }[] }>(page, 'devices.list', { q: 'srv-parkir', status: ['Aktif'] })).items[0].id
    const seen = await apiCall<{ versi: number }>(page, 'kasus.get', { id: kasus.id })
    await apiCall(page, 'kasus.act', { kasusId: kasus.id, versi: seen.versi, input: { langkah: 'pemeriksaan', perangkatIds: [parkir], hasil: 'sesuai', alasan: 'Sesuai inventaris dan BA Kolokasi.' } })
    const caseUrl = `${app.origin}/#/permohonan/${kasus.id}`
    const nav = page.getByRole('navigation', { name: 'Menu utama' })
    const leaveDialog = page.getByRole('dialog').filter({ hasText: 'Tinggalkan formulir?' })
    const nama = page.getByLabel('Nama penanggung jawab OPD', { exact: true })

    // An untouched step form is left without a question.
    await page.goto(caseUrl)
    await page.getByText('Giliran Anda: langkah 7. Formulir Kelengkapan').waitFor()
    await nav.getByRole('link', { name: 'Dasbor', exact: true }).click()
    await page.waitForURL(/#\/$/)
    expect(await leaveDialog.count()).toBe(0)

    // With typed input: a menu link asks, Tetap di Sini keeps every field; so does Back. (Reached from Tugas Saya, as
    // a user does, so Back has the app's own history entry to return to.)
    await page.getByText(`Langkah 7. Formulir Kelengkapan (${kasus.nomor})`).click()
    await page.waitForURL(caseUrl)
    await nama.fill('Budi Santoso, S.Kom.')
    await page.getByLabel('Jabatan', { exact: true }).fill('Kepala Subbagian Umum')
    await nav.getByRole('link', { name: 'Dasbor', exact: true }).click()
    await leaveDialog.waitFor()
    await leaveDialog.getByRole('button', { name: 'Tetap di Sini' }).click()
    await leaveDialog.waitFor({ state: 'hidden' })
    expect(page.url()).toBe(caseUrl)
    expect(await nama.inputValue()).toBe('Budi Santoso, S.Kom.')
    await page.goBack()
    await leaveDialog.waitFor()
    await leaveDialog.getByRole('button', { name: 'Tetap di Sini' }).click()
    await leaveDialog.waitFor({ state: 'hidden' })
    await page.waitForURL(caseUrl)
    expect(await page.getByLabel('Jabatan', { exact: true }).inputValue()).toBe('Kepala Subbagian Umum')
    // A reload or a closed window raises the browser's own prompt; dismissed, the page and its input stay.
    const prompt = page.waitForEvent('dialog')
    await page.close({ runBeforeUnload: true })
    const asked = await prompt
    expect(asked.type()).toBe('beforeunload')
    await asked.dismiss()
    expect(page.isClosed()).toBe(false)
    expect(await nama.inputValue()).toBe('Budi Santoso, S.Kom.')

    // Yoga records step 7 from his desk while Fajar's form holds input: Fajar's form and input stay, with who did it.
    const yoga = await app.openPage()
    await signIn(yoga, 'timdc2')
    const now = await apiCall<{ versi: number }>(yoga, 'kasus.get', { id: kasus.id })
    await apiCall(yoga, 'kasus.act', {
      kasusId: kasus.id, versi: now.versi,
      input: { langkah: 'formulir', tanggalKembali: todayInJakarta(), penanggungJawab: { nama: 'Rudi Hartono' }, perangkat: [{ perangkatId: parkir, dikonfirmasi: true }] },
    })
    await yoga.context().close()
    const notice = page.getByRole('alert').filter({ hasText: 'Langkah ini sudah dicatat di tempat lain' })
    await notice.getByText(`Langkah 7. Formulir Kelengkapan sudah dicatat oleh ${NAMA.timdc2} pada`).waitFor()
    await notice.getByText('Isian Anda di bawah belum tersimpan').waitFor()
    expect(await nama.inputValue()).toBe('Budi Santoso, S.Kom.')
    expect(await page.getByRole('button', { name: 'Simpan Formulir Kelengkapan' }).isDisabled()).toBe(true)
    await screenshot(page, 'permohonan-08-langkah-dicatat-di-tempat-lain')
    // Lihat Keadaan Terbaru shows Yoga's record and the next step's form, untouched: leaving it asks nothing.
    await notice.getByRole('button', { name: 'Lihat Keadaan Terbaru' }).click()
    await page.getByText('Giliran Anda: langkah 8. Verifikasi dan pendampingan penarikan').waitFor()
    await page.locator('#langkah-7').getByText('Rudi Hartono').first().waitFor()
    expect(await page.getByLabel('Nama wakil OPD', { exact: true }).inputValue()).toBe('Rudi Hartono')
    await nav.getByRole('link', { name: 'Dasbor', exact: true }).click()
    await page.waitForURL(/#\/$/)
    expect(await leaveDialog.count()).toBe(0)

    // A wrong Jam reads the same on leaving the field and after Simpan, once.
    await page.goBack()
    const jam = page.getByLabel('Jam', { exact: true })
    await jam.fill('25:99')
    await jam.press('Tab')
    const jamSalah = page.getByText('Jam tidak valid: tulis jj:mm, 00:00 sampai 23:59 (contoh 07:30).')
    await jamSalah.waitFor()
    await page.getByRole('button', { name: 'Simpan Pendampingan Penarikan' }).click()
    await page.getByText('Periksa kembali isian yang ditandai.').waitFor()
    expect(await jamSalah.count()).toBe(1)
    expect(await page.getByText(/JJ:MM/).count()).toBe(0)
    expect(app.pageErrors.slice(errorsBefore)).toEqual([])
    await page.context().close()
  })
})
