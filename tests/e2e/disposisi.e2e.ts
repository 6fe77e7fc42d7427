// Disposisi end to end: the Sekretariat records the Kepala Dinas's handwritten disposition to the Kepala Bidang;
// the Kabid finds it in the Kotak Masuk, forwards it to the Kasi and prints the Lembar Disposisi; the Kasi appoints
// two Tim Data Center members; one of them reports it done. The letter's page shows every hop with who and when.
import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest'
import type { Download, Locator, Page } from 'playwright-core'
import { docxText } from '@core/documents/testing/docx'
import { pickPerson } from './desk'
import { chromiumAvailable, failureReport, fieldMessage, screenshot, signIn, signOut, startApp, todayInJakarta, dmy, type RunningApp } from './harness'

const HAL = 'Permohonan penarikan server Batuampar dari Data Center'
const KADIS = 'Aarif Apriansyah, S.T., M.T.'
const KABID = 'Hendra Gunawan, S.Kom., M.Si.'
const KASI = 'Dewi Kartika, S.T.'
const TIMDC = 'Fajar Nugroho, A.Md.'
const TIMDC2 = 'Yoga Pratama, S.Kom.'
const SEKRETARIAT = 'Rina Marlina, S.E.'

function daysBefore(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - days)
  return d.toISOString().slice(0, 10)
}

/** Picks from a Vuetify select the keyboard way: focus, Enter opens the list, then the option. */
async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('option', { name: option, exact: true }).click()
}

/** Picks a person in an autocomplete of the dispose dialog by typing part of the name, then closes the list. */
async function openSection(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name }).click()
}

function navDisposisi(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: /^Disposisi/ })
}

/** Clicks and waits for the browser download it starts (saveDocument in browser mode). */
async function downloadOf(page: Page, button: Locator): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  return download
}

describe.skipIf(!chromiumAvailable())('Disposisi di Chromium (mode peramban)', () => {
  let app: RunningApp
  let suratId = 0
  let agenda = ''
  /** A retried first test registers a letter of its own: the failed try's letter may be saved (a duplicate warning). */
  let attempt = 0

  beforeAll(async () => {
    app = await startApp()
  })

  afterAll(async () => {
    await app?.close()
  })

  it('Sekretariat mencatat disposisi Kepala Dinas atas namanya kepada Kepala Bidang', async () => {
    const page = await app.openPage()
    onTestFailed(async () => {
      await failureReport(page, 'gagal-disposisi-sekretariat')
    })
    await signIn(page, 'sekretariat')

    // A letter received a while ago, so that its first disposition is already late today.
    const today = todayInJakarta()
    await page.goto(`${app.origin}/#/surat-masuk/baru`)
    await page.getByRole('heading', { name: 'Catat Surat Masuk' }).waitFor()
    await page.getByLabel('Tanggal Diterima', { exact: true }).fill(dmy(daysBefore(today, 10)))
    await page.getByLabel('Nomor Surat', { exact: true }).fill(`500.12/${412 + attempt++}/BPKAD/2026`)
    await page.getByLabel('Tanggal Surat', { exact: true }).fill(dmy(daysBefore(today, 12)))
    await page.getByRole('combobox', { name: 'Asal Surat', exact: true }).fill('Badan Pengelolaan Keuangan')
    await page.getByRole('option', { name: /^Badan Pengelolaan Keuangan dan Aset Daerah\b/ }).click()
    await page.getByLabel('Hal', { exact: true }).fill(HAL)
    await chooseOption(page, 'Sifat', 'Segera')
    await page.getByLabel('Lampiran', { exact: true }).fill('1 (satu) berkas')
    await page.getByLabel('Isi Ringkas', { exact: true }).fill('BPKAD memohon penarikan satu unit server aplikasi SIPKD lama dari rak A-02.')
    await chooseOption(page, 'Jenis Permohonan', 'Penarikan Server')
    await page.getByRole('button', { name: 'Simpan' }).click()
    const notice = page.getByText(/Surat masuk tercatat dengan Nomor Agenda \d{4}\/\d{4}/)
    await notice.waitFor()
    agenda = /(\d{4}\/\d{4})/.exec(await notice.innerText())![1]
    await page.getByRole('heading', { name: `Surat Masuk ${agenda}` }).waitFor()
    suratId = Number(/#\/surat-masuk\/(\d+)$/.exec(page.url())![1])

    // No disposition yet.
    const section = page.getByRole('region', { name: /^Disposisi/ })
    await section.getByText('Belum ada disposisi. Surat menunggu disposisi Kepala Dinas').waitFor()

    // The form: the Sekretariat must say whose disposition it is.
    await section.getByRole('button', { name: 'Disposisikan' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByText(`Disposisikan Surat ${agenda}`).waitFor()
    await dialog.getByText(`dicatat oleh ${SEKRETARIAT}`).waitFor()
    await dialog.getByRole('button', { name: 'Simpan Disposisi' }).click()
    await dialog.getByText('Pilih pimpinan yang mendisposisikan (Dicatat atas nama).').waitFor()
    expect(await fieldMessage(dialog.getByLabel('Dicatat atas nama', { exact: true }))).toContain('Pilih pimpinan yang mendisposisikan')
    await expect.poll(() => fieldMessage(dialog.getByLabel('Diteruskan kepada', { exact: true }))).toContain('Pilih paling sedikit satu penerima')

    // A rule only the server knows comes back next to its field: the Kabid has not received this letter yet.
    await pickPerson(page, 'Dicatat atas nama', KABID)
    await pickPerson(page, 'Diteruskan kepada', KASI)
    await dialog.getByRole('button', { name: 'Simpan Disposisi' }).click()
    await dialog.getByText('Pegawai ini belum menerima surat ini.', { exact: false }).first().waitFor()
    expect(await fieldMessage(dialog.getByLabel('Dicatat atas nama', { exact: true }))).toContain('Pegawai ini belum menerima surat ini.')

    // The Kadis's disposition as written on the sheet, eight days ago.
    await pickPerson(page, 'Dicatat atas nama', KADIS)
    // Replace the Kasi with the Kabid as recipient.
    await dialog.locator('.v-chip').filter({ hasText: KASI }).getByRole('button').click()
    await pickPerson(page, 'Diteruskan kepada', KABID)
    await dialog.getByLabel('Untuk ditindaklanjuti', { exact: true }).check()
    await dialog.getByLabel('Koordinasi/konfirmasikan', { exact: true }).check()
    await dialog.getByLabel('Catatan', { exact: true }).fill('Mohon dicek bersama Kasi Infrastruktur, koordinasikan dengan BPKAD.')
    await dialog.getByLabel('Tanggal', { exact: true }).fill(dmy(daysBefore(today, 8)))
    // The deadline the core will set, shown before saving (the hint animates from the old date to the new one).
    await dialog.getByText(/Kosongkan: otomatis dari sifat surat \(Segera: 2 hari kerja\), yaitu \d+ \w+ \d{4}\./).last().waitFor()
    await dialog.locator('.v-card-text').evaluate((el) => el.scrollTo(0, 0))
    await screenshot(page, 'disposisi-01-dialog-sekretariat')
    await dialog.getByRole('button', { name: 'Simpan Disposisi' }).click()
    await page.getByText(`Disposisi ${KADIS} kepada ${KABID} tercatat.`).waitFor()
    await dialog.waitFor({ state: 'hidden' })

    // The chain says who wrote it and who recorded it; the Kabid holds the letter now.
    const chain = section.getByRole('list', { name: 'Alur disposisi' })
    await chain.getByText(`dicatat oleh ${SEKRETARIAT}`).waitFor()
    expect(await chain.innerText()).toContain(KADIS)
    await section.getByRole('status').getByText(KABID).waitFor()
    expect(await section.getByRole('status').innerText()).toMatch(/Belum dibaca, sejak \d+ hari kerja/)
    // The history of the letter records it too.
    await page.getByRole('list', { name: 'Riwayat surat' }).getByText(/dicatat oleh Rina Marlina/).first().waitFor()

    // Two other letters reach the Kabid the same way (through the API, to fill the inbox for the screenshot).
    const res = await page.evaluate(async ({ kadis, kabid }) => {
      const out: boolean[] = []
      for (const suratId of [3, 4]) {
        const r = await fetch('/api/disposisi.create', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ suratId, dariPegawaiId: kadis, kepada: [{ pegawaiId: kabid }], instruksi: ['Untuk diketahui'], catatan: '' }),
        })
        out.push(((await r.json()) as { ok: boolean }).ok)
      }
      return out
    }, { kadis: 2, kabid: 3 })
    expect(res).toEqual([true, true])

    expect(app.pageErrors).toEqual([])
    await page.context().close()
  })

  it('Kepala Bidang melihatnya di Kotak Masuk, membacanya, meneruskan ke Kepala Seksi, dan mencetak Lembar Disposisi', async () => {
    const page = await app.openPage()
    onTestFailed(async () => {
      await failureReport(page, 'gagal-disposisi-kabid')
    })
    await signIn(page, 'kabid')

    // The badge on "Disposisi" counts the unread items, red because one is late.
    await expect.poll(async () => (await navDisposisi(page).innerText()).replace(/\s+/g, ' '), { timeout: 10_000 }).toMatch(/Disposisi 3$/)
    await navDisposisi(page).getByTitle('3 belum dibaca, 1 terlambat').waitFor()

    await openSection(page, /^Disposisi/)
    await page.getByRole('heading', { name: 'Kotak Masuk Disposisi' }).waitFor()
    const list = page.getByRole('list', { name: 'Disposisi untuk Anda' })
    const item = list.getByRole('listitem').filter({ hasText: HAL })
    await item.waitFor()
    // Late first, with how late in working days.
    expect(await list.getByRole('listitem').first().innerText()).toContain(HAL)
    expect(await item.innerText()).toMatch(/Terlambat \d+ hari kerja/)
    expect(await item.innerText()).toContain(`Dari ${KADIS}`)
    expect(await item.innerText()).toContain('Belum dibaca')
    await screenshot(page, 'disposisi-02-kotak-masuk-kabid')

    // Opening it reads it: the detail shows the letter and what the Kadis asked.
    await item.click()
    const detail = page.getByRole('region', { name: `Disposisi surat ${agenda}` })
    await detail.getByRole('heading', { name: 'Disposisi untuk Anda' }).waitFor()
    await detail.getByText('Mohon dicek bersama Kasi Infrastruktur, koordinasikan dengan BPKAD.').first().waitFor()
    await detail.getByText(`dicatat oleh ${SEKRETARIAT}`).first().waitFor()
    await detail.getByText(/^Dibaca \d+ \w+ \d{4} \d{2}\.\d{2}$/).first().waitFor()
    await expect.poll(async () => (await navDisposisi(page).innerText()).replace(/\s+/g, ' '), { timeout: 10_000 }).toMatch(/Disposisi 2$/)
    await expect.poll(() => item.innerText()).not.toContain('Belum dibaca')
    await screenshot(page, 'disposisi-03-kotak-masuk-dibuka')

    // Forward to the Kasi.
    await detail.getByRole('button', { name: 'Disposisikan' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByText(`Disposisikan Surat ${agenda}`).waitFor()
    expect(await dialog.getByLabel('Dicatat atas nama', { exact: true }).count()).toBe(0)
    await pickPerson(page, 'Diteruskan kepada', KASI)
    await dialog.getByLabel('Proses lebih lanjut', { exact: true }).check()
    await dialog.getByLabel('Instruksi lain', { exact: true }).fill('Cocokkan dengan BA Kolokasi')
    await dialog.getByLabel('Catatan', { exact: true }).fill('Tunjuk Tim DC untuk pengecekan fisik.')
    await screenshot(page, 'disposisi-04-dialog-kabid')
    await dialog.getByRole('button', { name: 'Simpan Disposisi' }).click()
    await page.getByText(`Surat ${agenda} didisposisikan kepada ${KASI}`, { exact: true }).waitFor()
    await dialog.waitFor({ state: 'hidden' })
    // Forwarding is following up; a followed-up item is no longer late.
    await expect.poll(() => item.innerText()).toContain('Ditindaklanjuti')
    expect(await item.innerText()).not.toMatch(/Terlambat/)

    // Print the Lembar Disposisi from the letter's page: the browser downloads the .docx.
    await detail.getByRole('link', { name: 'Buka Surat' }).click()
    await page.getByRole('heading', { name: `Surat Masuk ${agenda}` }).waitFor()
    const section = page.getByRole('region', { name: /^Disposisi/ })
    await section.getByRole('list', { name: 'Alur disposisi' }).getByText(KASI).first().waitFor()
    const download = await downloadOf(page, section.getByRole('button', { name: 'Cetak Lembar Disposisi' }))
    expect(download.suggestedFilename()).toMatch(/^Lembar-Disposisi-\d{4}-\d{4}\.docx$/)
    const doc = await docxText(await readFile((await download.path())!))
    expect(doc.text).toContain('LEMBAR DISPOSISI')
    expect(doc.text).toContain(HAL)
    expect(doc.text).toContain('Mohon dicek bersama Kasi Infrastruktur')
    expect(doc.text).toContain('Tunjuk Tim DC untuk pengecekan fisik.')
    await page.getByText(`${download.suggestedFilename()} diunduh.`).waitFor()

    expect(app.pageErrors).toEqual([])
    await page.context().close()
  })

  it('Kepala Seksi menunjuk dua anggota Tim Data Center; Tim DC menandai selesai', async () => {
    const page = await app.openPage()
    onTestFailed(async () => {
      await failureReport(page, 'gagal-disposisi-kasi')
    })
    await signIn(page, 'kasi')
    await expect.poll(async () => (await navDisposisi(page).innerText()).replace(/\s+/g, ' '), { timeout: 10_000 }).toMatch(/Disposisi 1$/)
    await openSection(page, /^Disposisi/)
    const item = page.getByRole('list', { name: 'Disposisi untuk Anda' }).getByRole('listitem').filter({ hasText: HAL })
    await item.click()
    const detail = page.getByRole('region', { name: `Disposisi surat ${agenda}` })
    await detail.getByText(`Dari ${KABID}`, { exact: false }).first().waitFor()
    await detail.getByRole('button', { name: 'Disposisikan' }).click()
    const dialog = page.getByRole('dialog')
    await pickPerson(page, 'Diteruskan kepada', TIMDC)
    await pickPerson(page, 'Diteruskan kepada', TIMDC2)
    await dialog.getByLabel('Untuk ditindaklanjuti', { exact: true }).check()
    await dialog.getByLabel('Catatan', { exact: true }).fill('Cek perangkat terhadap inventaris dan BA Kolokasi, dampingi penarikan.')
    await dialog.getByRole('button', { name: 'Simpan Disposisi' }).click()
    await page.getByText(`Surat ${agenda} didisposisikan kepada ${TIMDC}, ${TIMDC2}`, { exact: true }).waitFor()
    await signOut(page)

    // One of the Tim DC reports progress and then that it is done (a note is required).
    await signIn(page, 'timdc')
    await openSection(page, /^Disposisi/)
    const mine = page.getByRole('list', { name: 'Disposisi untuk Anda' }).getByRole('listitem').filter({ hasText: HAL })
    await mine.click()
    await detail.getByText(`Dari ${KASI}`, { exact: false }).first().waitFor()
    expect(await detail.getByRole('button', { name: 'Disposisikan' }).count()).toBe(0)
    await detail.getByRole('button', { name: 'Tandai Ditindaklanjuti' }).click()
    await page.getByText(`Disposisi surat ${agenda} ditandai Ditindaklanjuti.`).waitFor()
    await detail.getByRole('button', { name: 'Tandai Selesai' }).click()
    const done = page.getByRole('dialog')
    await done.getByRole('button', { name: 'Tandai Selesai' }).click()
    await done.getByText('Catatan penyelesaian wajib diisi (paling sedikit 5 karakter).').waitFor()
    await done.getByLabel('Catatan Penyelesaian', { exact: true }).fill('Perangkat sesuai inventaris; penarikan dijadwalkan Kamis.')
    await done.getByRole('button', { name: 'Tandai Selesai' }).click()
    await page.getByText(`Disposisi surat ${agenda} ditandai Selesai.`).waitFor()
    // Under "Aktif" it has left the list; "Selesai" shows it.
    await page.getByRole('button', { name: 'Selesai', exact: true }).click()
    await page.getByRole('list', { name: 'Disposisi untuk Anda' }).getByRole('listitem').filter({ hasText: HAL }).waitFor()
    await detail.getByText('Perangkat sesuai inventaris; penarikan dijadwalkan Kamis.').first().waitFor()
    expect(await detail.getByRole('button', { name: 'Tandai Selesai' }).count()).toBe(0)
    await screenshot(page, 'disposisi-07-timdc-selesai')
    expect(app.pageErrors).toEqual([])
    await page.context().close()
  })

  it('halaman surat menampilkan seluruh alur dengan "dicatat oleh" dan posisi saat ini', async () => {
    const page = await app.openPage()
    onTestFailed(async () => {
      await failureReport(page, 'gagal-disposisi-alur')
    })
    await signIn(page, 'sekretariat')
    await page.goto(`${app.origin}/#/surat-masuk/${suratId}`)
    await page.getByRole('heading', { name: `Surat Masuk ${agenda}` }).waitFor()
    const section = page.getByRole('region', { name: /^Disposisi/ })
    const chain = section.getByRole('list', { name: 'Alur disposisi' })
    await chain.getByText(TIMDC2).first().waitFor()
    const text = await chain.innerText()
    for (const nama of [KADIS, KABID, KASI, TIMDC, TIMDC2]) expect(text).toContain(nama)
    expect(text).toContain(`dicatat oleh ${SEKRETARIAT}`)
    expect(text).toContain('Perangkat sesuai inventaris; penarikan dijadwalkan Kamis.')
    expect(text).toMatch(/Selesai \d+ \w+ \d{4}/)
    // Who has it now: the Tim DC member who has not finished.
    const now = await section.getByRole('status').innerText()
    expect(now).toContain(TIMDC2)
    expect(now).not.toContain(TIMDC)
    expect(now).toMatch(/Belum dibaca, sejak hari ini/)
    // The section's top (under the app bar), then the deepest level of the chain.
    await section.evaluate((el) => {
      el.style.scrollMarginTop = '72px'
      el.scrollIntoView({ block: 'start' })
    })
    await screenshot(page, 'disposisi-05-alur-di-halaman-surat')
    await chain.getByText(TIMDC2).first().evaluate((el) => el.scrollIntoView({ block: 'center' }))
    await screenshot(page, 'disposisi-05b-alur-tim-dc')
    expect(app.pageErrors).toEqual([])
    await page.context().close()
  })

  it('Buku Agenda Surat Masuk diunduh sebagai Word dan Excel', async () => {
    const page = await app.openPage()
    onTestFailed(async () => {
      await failureReport(page, 'gagal-buku-agenda')
    })
    await signIn(page, 'sekretariat')
    await openSection(page, 'Laporan')
    await page.getByRole('heading', { name: 'Buku Agenda Surat Masuk' }).waitFor()
    await page.getByText(/\d+ surat masuk/).waitFor()

    // A period that ends before it starts is refused next to Sampai.
    await page.getByLabel('Sampai', { exact: true }).fill(dmy('2020-01-01'))
    await page.getByRole('button', { name: 'Unduh Word (.docx)' }).click()
    await page.getByText('Sampai tanggal tidak boleh sebelum Dari tanggal.').waitFor()

    await page.getByText('Tahun ini', { exact: true }).click()
    await page.getByText(/s\.d\. 31 Desember \d{4} · \d+ surat masuk/).waitFor()
    await screenshot(page, 'disposisi-06-laporan-buku-agenda')
    const docx = await downloadOf(page, page.getByRole('button', { name: 'Unduh Word (.docx)' }))
    expect(docx.suggestedFilename()).toMatch(/^Buku-Agenda-Surat-Masuk-\d{4}-01-01-sd-\d{4}-12-31\.docx$/)
    const doc = await docxText(await readFile((await docx.path())!))
    expect(doc.text).toContain(HAL)
    expect(doc.text).toContain('Kepala Bidang')
    const xlsx = await downloadOf(page, page.getByRole('button', { name: 'Unduh Excel (.xlsx)' }))
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/)
    expect((await readFile((await xlsx.path())!)).subarray(0, 2).toString()).toBe('PK')

    // Tim DC has no Laporan.
    await signOut(page)
    await signIn(page, 'timdc')
    expect(await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Laporan' }).count()).toBe(0)
    expect(app.pageErrors).toEqual([])
    await page.context().close()
  })
})
