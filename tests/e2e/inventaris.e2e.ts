// Inventaris Data Center end to end: Tim DC adds a rack and two devices, sees them on the elevation, is stopped from
// filling a taken unit, moves a device with a reason, imports a messy sheet, and finds devices by serial and IP.
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest'
import type { Page } from 'playwright-core'
import { chromiumAvailable, fieldMessage, screenshot, signIn, signOut, startApp, type RunningApp } from './harness'

/** Picks from a Vuetify select the keyboard way: focus, Enter opens the list, then the option. */
async function chooseOption(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByLabel(label, { exact: true }).focus()
  await page.keyboard.press('Enter')
  const list = page.getByRole('listbox')
  await list.waitFor()
  const item = list.getByRole('option', { name: option, exact: typeof option === 'string' })
  // Opening the menu may scroll the page while it places itself; a click that lands mid-move is tried again.
  for (let attempt = 0; attempt < 3; attempt++) {
    await item.click()
    try {
      await list.waitFor({ state: 'hidden', timeout: 2_000 })
      return
    } catch {
      // still open: try again
    }
  }
  await list.waitFor({ state: 'hidden' })
}

/** Types into a Vuetify autocomplete and picks the matching option. */
async function chooseFrom(page: Page, label: string, text: string, option: RegExp): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(text)
  await page.getByRole('option', { name: option }).first().click()
}

async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name, exact: true }).click()
}

/** The list's rows (without the header). */
function deviceRows(page: Page) {
  return page.getByRole('region', { name: 'Daftar perangkat' }).locator('tbody tr.device-row')
}

/** A small sheet as the office keeps it: a title above the headers, a blank row, numbers as text, one bad row of each kind. */
async function messySheet(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Server Kolokasi')
  ws.addRow(['DATA SERVER KOLOKASI DISKOMINFO KOTA BATAM'])
  ws.mergeCells('A1:I1')
  ws.addRow(['Keadaan per 1 Juli 2026'])
  ws.addRow([])
  ws.addRow(['No', 'Nama Server', 'OPD', 'Merk/Type', 'No. Seri', 'IP Address', 'Rak', 'Posisi U', 'Keterangan'])
  ws.addRow(['1', 'srv-impor-01', 'DINKES', 'Dell PowerEdge R740', 'IMP-0001', '10.98.0.11', 'RJ01', '3', 'Ubuntu Server 22.04'])
  ws.addRow(['2', 'srv-impor-02', 'Dinas Pendidikan', 'HPE ProLiant DL360', 'IMP-0002', '10.98.0.12; 10.98.0.13', 'RJ01', 'U5', 'Rocky Linux 9'])
  ws.addRow([])
  ws.addRow(['3', 'srv-impor-03', 'Dinas Antah Berantah', 'Lenovo SR650', 'IMP-0003', '10.98.0.14', 'RJ01', '7', ''])
  ws.addRow(['4', 'srv-impor-04', 'DINKES', 'Dell PowerEdge R650', 'IMP-0004', '10.98.0.300', 'RJ01', '8', ''])
  ws.addRow(['5', 'srv-impor-05', 'SETDA', 'Dell PowerEdge R650', 'IMP-0005', '10.98.0.15', 'RJ01', '20', ''])
  return Buffer.from(await wb.xlsx.writeBuffer())
}

describe.skipIf(!chromiumAvailable())('Inventaris Data Center di Chromium (mode peramban)', () => {
  let app: RunningApp
  let page: Page

  beforeAll(async () => {
    app = await startApp()
    page = await app.openPage()
    await signIn(page, 'timdc')
  })

  afterAll(async () => {
    await app?.close()
  })

  /** Loads the app afresh at a page (so a test starts in a known state even if the one before it failed). */
  let visits = 0
  async function visit(hashPath: string): Promise<void> {
    await page.goto(`${app.origin}/?muat=${++visits}#${hashPath}`)
    await page.getByRole('button', { name: 'Keluar' }).waitFor()
  }

  it('menampilkan daftar perangkat dengan filter di URL', async () => {
    onTestFailed(async () => {
      await screenshot(page, 'inv-gagal-daftar')
    })
    await openSection(page, 'Inventaris')
    await page.getByRole('heading', { name: 'Inventaris Data Center' }).waitFor()
    await page.getByText('Perangkat di rak-rak Data Center · 38 perangkat').waitFor()
    await deviceRows(page).first().waitFor()
    expect(await deviceRows(page).count()).toBe(25)
    await screenshot(page, 'inv-01-daftar-perangkat')

    // Status (several) and Jenis filters go to the URL and survive a reload.
    await chooseOption(page, 'Jenis', 'Switch')
    await page.waitForURL(/jenis=switch/)
    await page.getByText('Perangkat di rak-rak Data Center · 3 perangkat').waitFor()
    await page.reload()
    await page.getByText('Perangkat di rak-rak Data Center · 3 perangkat').waitFor()
    expect(await deviceRows(page).allInnerTexts()).toEqual([expect.stringContaining('sw-core-01'), expect.stringContaining('sw-core-02'), expect.stringContaining('sw-dist-01')])
    await page.getByRole('button', { name: 'Hapus Filter' }).first().click()
    await page.getByText('Perangkat di rak-rak Data Center · 38 perangkat').waitFor()
  })

  it('menambah rak dan dua perangkat, melihatnya di elevasi, dan menolak unit yang sudah terisi', async () => {
    onTestFailed(async () => {
      await screenshot(page, 'inv-gagal-rak')
    })
    // The rack.
    await page.getByRole('tab', { name: 'Rak' }).click()
    await page.getByRole('region', { name: 'Daftar rak' }).getByRole('link', { name: 'R01', exact: true }).waitFor()
    await page.getByRole('button', { name: 'Tambah Rak' }).click()
    const dialog = page.getByRole('dialog')
    const rackName = dialog.getByLabel('Nama Rak', { exact: true })
    // The dialog puts the cursor in Nama Rak once it has opened.
    await expect.poll(() => rackName.evaluate((el) => el === document.activeElement)).toBe(true)
    await rackName.fill('R05')
    await dialog.getByLabel('Tinggi Rak (U)', { exact: true }).fill('24')
    await dialog.getByLabel('Lokasi/Ruang', { exact: true }).fill('Ruang Server Lt. 4')
    await dialog.getByRole('button', { name: 'Simpan' }).click()
    await page.getByText('Rak R05 ditambahkan.').waitFor()
    await screenshot(page, 'inv-02-daftar-rak')
    await page.getByRole('region', { name: 'Daftar rak' }).getByRole('link', { name: 'R05', exact: true }).click()
    await page.getByRole('heading', { name: 'Rak R05' }).waitFor()
    await page.getByText('Rak ini masih kosong.').waitFor()

    // Device 1 from the rack page: the rack is already chosen.
    await page.getByRole('link', { name: 'Tambah Perangkat', exact: true }).click()
    await page.getByRole('heading', { name: 'Tambah Perangkat' }).waitFor()
    await chooseFrom(page, 'OPD Pemilik', 'Dinas Kesehatan', /^Dinas Kesehatan\b/)
    await page.getByLabel('Nama Perangkat/Hostname', { exact: true }).fill('srv-uji-app')
    await page.getByLabel('Merek', { exact: true }).fill('Dell')
    await page.getByLabel('Tipe/Model', { exact: true }).fill('PowerEdge R650')
    await page.getByLabel('Nomor Seri', { exact: true }).fill('UJI-SN-0001')
    await page.getByLabel('Kode Barang/NUP', { exact: true }).fill('02.06.02.01.901')
    await page.getByLabel('Posisi U', { exact: true }).fill('10')
    await page.getByLabel('Tinggi (U)', { exact: true }).fill('2')
    const ip = page.getByLabel('Alamat IP', { exact: true })
    await ip.fill('10.99.0.300')
    await ip.press('Enter')
    await page.getByRole('button', { name: 'Simpan' }).click()
    await page.getByText('Alamat IP 10.99.0.300 tidak valid').first().waitFor()
    expect(await fieldMessage(ip)).toContain('Alamat IP 10.99.0.300 tidak valid (contoh: 10.10.1.25 atau 2001:db8::1).')
    await ip.press('Backspace')
    await ip.press('Backspace')
    // A prefix length is refused with its own message, never dropped.
    await ip.fill('10.99.0.11/24')
    await ip.press('Enter')
    await page.getByText('memuat panjang prefiks /24').first().waitFor()
    expect(await fieldMessage(ip)).toContain('Alamat IP 10.99.0.11/24 memuat panjang prefiks /24')
    await ip.press('Backspace')
    await ip.press('Backspace')
    await ip.fill('10.99.0.11')
    await ip.press('Enter')
    await page.getByLabel('Sistem Operasi', { exact: true }).fill('Ubuntu Server 22.04')
    await page.getByLabel('Aplikasi/Layanan', { exact: true }).fill('SIMPUS versi uji')
    await page.getByRole('button', { name: 'Simpan' }).click()
    await page.getByText('Perangkat srv-uji-app tercatat.').waitFor()
    await page.getByRole('heading', { name: 'srv-uji-app' }).waitFor()
    expect(page.url()).toMatch(/#\/inventaris\/perangkat\/\d+$/)

    // Device 2 by clicking an empty unit on the elevation: U20 at the back, half depth.
    await page.getByRole('link', { name: 'Lihat Rak' }).click()
    await page.getByRole('heading', { name: 'Rak R05' }).waitFor()
    await page.locator('rect.u-kosong[data-u="20"][data-sisi="belakang"]').click()
    await page.getByRole('heading', { name: 'Tambah Perangkat' }).waitFor()
    expect(await page.getByLabel('Posisi U', { exact: true }).inputValue()).toBe('20')
    await chooseFrom(page, 'OPD Pemilik', 'SETDA', /Sekretariat Daerah/)
    await page.getByLabel('Nama Perangkat/Hostname', { exact: true }).fill('sw-uji-01')
    await chooseOption(page, 'Jenis', 'Switch')
    await page.getByLabel('Nomor Seri', { exact: true }).fill('UJI-SN-0002')
    await page.getByLabel('Kedalaman penuh (memakai sisi depan dan belakang)', { exact: true }).uncheck()
    await ip.fill('10.99.0.1, 2001:DB8:99:0::1 ')
    await page.getByLabel('Dipantau sistem monitoring', { exact: true }).check()
    await page.getByLabel('Host Monitoring', { exact: true }).fill('sw-uji-01')
    await page.getByRole('button', { name: 'Simpan' }).click()
    await page.getByText('Perangkat sw-uji-01 tercatat.').waitFor()
    await page.getByRole('heading', { name: 'sw-uji-01' }).waitFor()
    await page.getByText('2001:db8:99::1').waitFor()

    // Both on the elevation; a block opens its device.
    await page.getByRole('link', { name: 'Lihat Rak' }).click()
    await page.getByRole('heading', { name: 'Rak R05' }).waitFor()
    const blocks = page.locator('.elevasi g.perangkat')
    expect(await blocks.count()).toBe(3) // srv-uji-app on both faces (full depth: one block per face) and sw-uji-01 at the back
    expect(await page.locator('.elevasi g.perangkat title').allTextContents()).toEqual(
      expect.arrayContaining([
        'srv-uji-app — Dinas Kesehatan — Aktif — U10-U11 (depan, kedalaman penuh)',
        'sw-uji-01 — Sekretariat Daerah — Aktif — U20 (belakang)',
      ]),
    )
    expect(await page.locator('rect.u-kosong[data-u="20"][data-sisi="depan"]').count()).toBe(1)
    expect(await page.locator('rect.u-kosong[data-u="20"][data-sisi="belakang"]').count()).toBe(0)
    await page.getByText('13% terisi').first().waitFor()
    await screenshot(page, 'inv-03-elevasi-rak', { fullPage: true })
    await page.getByRole('link', { name: /^srv-uji-app — Dinas Kesehatan/ }).first().click()
    await page.getByRole('heading', { name: 'srv-uji-app' }).waitFor()

    // A third device into a taken unit: the message is next to Posisi U, and nothing typed is lost.
    await page.getByRole('link', { name: 'Lihat Rak' }).click()
    await page.getByRole('link', { name: 'Tambah Perangkat', exact: true }).click()
    await page.getByRole('heading', { name: 'Tambah Perangkat' }).waitFor()
    await chooseFrom(page, 'OPD Pemilik', 'Dinas Kesehatan', /^Dinas Kesehatan\b/)
    await page.getByLabel('Nama Perangkat/Hostname', { exact: true }).fill('srv-uji-db')
    await page.getByLabel('Nomor Seri', { exact: true }).fill('UJI-SN-0001')
    const posisi = page.getByLabel('Posisi U', { exact: true })
    await posisi.fill('11')
    await page.getByRole('button', { name: 'Simpan' }).click()
    await page.getByText('U11 sisi depan di rak R05 sudah terisi oleh srv-uji-app.').first().waitFor()
    expect(await fieldMessage(posisi)).toContain('U11 sisi depan di rak R05 sudah terisi oleh srv-uji-app.')
    expect(page.url()).toContain('#/inventaris/perangkat/baru')
    // A free unit, but the serial number is taken: the server's message goes next to Nomor Seri.
    await posisi.fill('14')
    await page.getByRole('button', { name: 'Simpan' }).click()
    const serial = page.getByLabel('Nomor Seri', { exact: true })
    await page.getByText('Nomor seri UJI-SN-0001 sudah tercatat pada perangkat srv-uji-app (Dinas Kesehatan).').first().waitFor()
    expect(await fieldMessage(serial)).toContain('Nomor seri UJI-SN-0001 sudah tercatat pada perangkat srv-uji-app (Dinas Kesehatan).')
    expect(await page.getByLabel('Nama Perangkat/Hostname', { exact: true }).inputValue()).toBe('srv-uji-db')
    expect(await posisi.inputValue()).toBe('14')
    await posisi.fill('11')
    await posisi.blur()
    await page.getByText('U11 sisi depan di rak R05 sudah terisi oleh srv-uji-app.').first().waitFor()
    await page.getByText('Penempatan di Rak').evaluate((el) => el.scrollIntoView({ block: 'start' }))
    await page.evaluate(() => window.scrollBy(0, -90))
    await screenshot(page, 'inv-05-form-unit-terisi')
    // Leave without saving.
    await page.getByRole('link', { name: 'Batal' }).click()
    await page.getByRole('button', { name: 'Tinggalkan' }).click()
    await page.getByRole('heading', { name: 'Inventaris Data Center' }).waitFor()
  })

  it('memindahkan perangkat dengan alasan, mengubah status, mencatat, dan menangani perubahan bersamaan', async () => {
    onTestFailed(async () => {
      await screenshot(page, 'inv-gagal-detail')
    })
    await visit('/inventaris')
    await page.getByLabel('Cari', { exact: true }).fill('srv-uji-app')
    await deviceRows(page).filter({ hasText: 'srv-uji-app' }).waitFor()
    await page.getByRole('link', { name: 'srv-uji-app' }).click()
    await page.getByRole('heading', { name: 'srv-uji-app' }).waitFor()
    await page.getByRole('button', { name: 'Ubah', exact: true }).or(page.getByRole('link', { name: 'Ubah', exact: true })).click()
    await page.getByRole('heading', { name: 'Ubah Perangkat' }).waitFor()
    const posisi = page.getByLabel('Posisi U', { exact: true })
    expect(await posisi.inputValue()).toBe('10')
    await posisi.fill('14')
    const alasan = page.getByLabel('Alasan Pemindahan', { exact: true })
    await alasan.waitFor()
    await page.getByRole('button', { name: 'Simpan' }).click()
    await page.getByText('Alasan pemindahan wajib diisi (paling sedikit 5 karakter).').waitFor()
    expect(await fieldMessage(alasan)).toContain('Alasan pemindahan wajib diisi (paling sedikit 5 karakter).')
    await alasan.fill('Memberi ruang untuk switch baru')
    await page.getByRole('button', { name: 'Simpan' }).click()
    await page.getByText('Perubahan perangkat srv-uji-app disimpan.').waitFor()
    await page.getByRole('heading', { name: 'srv-uji-app' }).waitFor()

    await page.getByRole('tab', { name: /Riwayat/ }).click()
    const history = page.getByRole('list', { name: 'Riwayat perangkat' })
    await history.waitFor()
    const moved = history.getByRole('listitem', {
      name: 'Posisi: R05 U10-U11 (depan, kedalaman penuh) → R05 U14-U15 (depan, kedalaman penuh), oleh Fajar Nugroho, A.Md., alasan Memberi ruang untuk switch baru',
    })
    await moved.waitFor()
    expect(page.url()).toContain('tab=riwayat')

    // Status: Aktif -> Nonaktif, with a reason.
    await page.getByRole('button', { name: 'Ubah Status' }).click()
    await page.getByRole('menuitem', { name: 'Nonaktif' }).or(page.getByRole('option', { name: 'Nonaktif' })).or(page.getByText('Nonaktif', { exact: true }).last()).first().click()
    const statusDialog = page.getByRole('dialog')
    await statusDialog.getByText('Status srv-uji-app akan diubah dari Aktif menjadi Nonaktif.', { exact: false }).waitFor()
    await statusDialog.getByLabel('Alasan Perubahan Status', { exact: true }).fill('Aplikasi dihentikan sementara')
    await statusDialog.getByRole('button', { name: 'Ubah Status' }).click()
    await page.getByText('Status srv-uji-app menjadi Nonaktif.').waitFor()
    await history.getByRole('listitem', { name: /^Status: Aktif → Nonaktif, oleh Fajar Nugroho, A.Md., alasan Aplikasi dihentikan sementara$/ }).waitFor()
    await screenshot(page, 'inv-04b-riwayat-perangkat')

    // A note in the journal.
    await page.getByRole('tab', { name: /Catatan/ }).click()
    await page.getByLabel('Catatan Baru', { exact: true }).fill('PSU kedua diganti; garansi sampai Desember 2027.')
    await page.getByRole('button', { name: 'Tambah Catatan' }).click()
    await page.getByText('Catatan ditambahkan.').waitFor()
    await page.getByRole('list', { name: 'Catatan perangkat' }).getByText('PSU kedua diganti; garansi sampai Desember 2027.').waitFor()

    await page.getByRole('tab', { name: 'Data' }).click()
    await page.getByText('Dicatat oleh').waitFor()
    await screenshot(page, 'inv-04-detail-perangkat')

    // Someone else changes the device while the form is open: the save is refused and the form offers a reload.
    await page.getByRole('link', { name: 'Ubah', exact: true }).click()
    await page.getByRole('heading', { name: 'Ubah Perangkat' }).waitFor()
    const id = Number(/perangkat\/(\d+)\/ubah/.exec(page.url())![1])
    await page.evaluate(async (deviceId) => {
      const call = async (name: string, input: unknown) => (await fetch(`/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) })).json()
      const d = (await call('devices.get', { id: deviceId })).data
      await call('devices.setStatus', { id: deviceId, versi: d.versi, status: 'Aktif', alasan: 'Diaktifkan lagi oleh rekan' })
    }, id)
    await page.getByLabel('RAM', { exact: true }).fill('128 GB')
    await page.getByRole('button', { name: 'Simpan' }).click()
    await page.getByText('Data ini sudah diubah oleh pengguna lain.').waitFor()
    expect(await page.getByLabel('RAM', { exact: true }).inputValue()).toBe('128 GB')
    await page.getByRole('button', { name: 'Muat Ulang' }).click()
    await page.getByText('Data terbaru sudah dimuat.').waitFor()
    await page.getByLabel('RAM', { exact: true }).fill('128 GB')
    await page.getByRole('button', { name: 'Simpan' }).click()
    await page.getByText('Perubahan perangkat srv-uji-app disimpan.').waitFor()
    await page.getByText('128 GB').waitFor()
  })

  it('mengimpor lembar kerja yang berantakan: pratinjau, pemetaan kolom, lalu hasilnya', async () => {
    onTestFailed(async () => {
      await screenshot(page, 'inv-gagal-impor')
    })
    await visit('/inventaris')
    await openSection(page, 'Inventaris')
    await deviceRows(page).first().waitFor()
    // One way to Impor (the section's tab), not a second button beside it (a tester saw "Impor" twice).
    const impor = page.getByRole('link', { name: 'Impor', exact: true }).or(page.getByRole('tab', { name: 'Impor', exact: true }))
    expect(await impor.count()).toBe(1)
    await impor.click()
    await page.getByRole('heading', { name: 'Inventaris Data Center' }).waitFor()
    await page.locator('input[type=file]').setInputFiles({
      name: 'server-kolokasi-juli.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await messySheet(),
    })
    const mapping = page.getByRole('table', { name: 'Pemetaan kolom' })
    await mapping.waitFor()
    expect(await page.getByLabel('Baris Judul Kolom', { exact: true }).inputValue()).toBe('4')
    await page.getByText('Judul kolom di baris 4, lembar "Server Kolokasi".').waitFor()
    const mappedTo = async (letter: string) => (await mapping.locator('tr').filter({ has: page.getByRole('cell', { name: letter, exact: true }) }).locator('.v-select__selection-text').innerText()).trim()
    expect(await mappedTo('B')).toBe('Nama Perangkat')
    expect(await mappedTo('D')).toBe('Merek/Tipe')
    expect(await mappedTo('E')).toBe('Nomor Seri')
    expect(await mappedTo('I')).toBe('(Abaikan kolom ini)')

    const rows = page.getByRole('region', { name: 'Pratinjau impor per baris' })
    const row = (baris: number) => rows.locator('tbody tr').filter({ has: page.getByRole('cell', { name: String(baris), exact: true }) })
    await page.getByText('Tambah 2').waitFor()
    await page.getByText('Bermasalah 3').first().waitFor()
    expect(await row(5).innerText()).toMatch(/srv-impor-01\s+Tambah/)
    expect(await row(6).innerText()).toMatch(/srv-impor-02\s+Tambah/)
    expect(await row(8).innerText()).toContain('Kolom OPD: OPD "Dinas Antah Berantah" tidak ditemukan dalam daftar OPD (cocokkan nama atau singkatannya).')
    expect(await row(9).innerText()).toContain('Kolom IP Address: Alamat IP 10.98.0.300 tidak valid (contoh: 10.10.1.25 atau 2001:db8::1).')
    expect(await row(10).innerText()).toContain('Kolom Posisi U: U20 sisi depan di rak RJ01 sudah terisi oleh fw-edge-01.')
    // Its action is named like the counter above ("Bermasalah"), not "Lewati" (a tester's finding).
    expect(await row(10).getByText('Bermasalah', { exact: true }).count()).toBe(1)
    // Errors are shown in red.
    expect(await row(8).locator('.text-error').count()).toBe(1)

    // The "Keterangan" column holds the OS: map it by hand; the preview runs again.
    await mapping.getByLabel('Kolom I (Keterangan) diisi ke').focus()
    await page.keyboard.press('Enter')
    await page.getByRole('option', { name: 'OS', exact: true }).click()
    await page.getByLabel('Diubah pengguna').waitFor()
    expect(await mappedTo('I')).toBe('OS')
    await page.getByText('Tambah 2').waitFor()
    await page.setViewportSize({ width: 1366, height: 1000 })
    await page.getByRole('heading', { name: 'Periksa Pemetaan Kolom' }).scrollIntoViewIfNeeded()
    await screenshot(page, 'inv-06-impor-pratinjau')
    await page.setViewportSize({ width: 1366, height: 768 })

    await page.getByRole('button', { name: 'Bermasalah (3)' }).click()
    expect(await rows.locator('tbody tr').count()).toBe(3)
    await page.getByRole('button', { name: 'Impor 2 baris' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Keterangan Impor', { exact: true }).fill('Impor data server kolokasi Juli 2026')
    await dialog.getByRole('button', { name: 'Impor 2 baris' }).click()
    await page.getByText('Impor selesai.', { exact: true }).waitFor()
    await page.getByText('2 perangkat ditambahkan, 0 diperbarui, 0 dilewati, 3 baris bermasalah tidak diimpor.').waitFor()
    await screenshot(page, 'inv-07-impor-hasil')
    await page.getByRole('region', { name: 'Hasil impor per baris' }).getByRole('link', { name: 'srv-impor-01' }).click()
    await page.getByRole('heading', { name: 'srv-impor-01' }).waitFor()
    await page.getByText('Ubuntu Server 22.04').waitFor()
    await page.getByText('RJ01 U3 (depan, kedalaman penuh)').first().waitFor()
    await page.getByRole('tab', { name: /Riwayat/ }).click()
    await page.getByText('Impor data server kolokasi Juli 2026').waitFor()

    // A CSV as Excel saves it (semicolons): matched by serial number, one row moves a device, one changes nothing.
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Inventaris', exact: true }).click()
    await page.getByRole('tab', { name: 'Impor', exact: true }).click()
    await page.locator('input[type=file]').setInputFiles(join(__dirname, 'fixtures', 'inventaris-perbarui.csv'))
    await page.getByText('Perbarui 1').waitFor()
    expect(await row(2).innerText()).toMatch(/srv-impor-01\s+Lewati\s+Tidak ada perubahan\./)
    expect(await row(4).innerText()).toMatch(/srv-impor-02\s+Perbarui\s+Mengubah Posisi/)
    await page.getByRole('button', { name: 'Impor 1 baris' }).click()
    await dialog.getByLabel('Keterangan Impor', { exact: true }).fill('Pemindahan srv-impor-02 ke U7')
    await dialog.getByRole('button', { name: 'Impor 1 baris' }).click()
    await page.getByText('0 perangkat ditambahkan, 1 diperbarui, 1 dilewati.').waitFor()
  })

  it('menjelaskan berkas yang tidak dapat dibaca', async () => {
    onTestFailed(async () => {
      await screenshot(page, 'inv-gagal-impor-galat')
    })
    await visit('/inventaris/impor')
    await page.locator('input[type=file]').setInputFiles({ name: 'catatan.csv', mimeType: 'text/csv', buffer: Buffer.from('a;b\n1;2\n') })
    await page.getByText('Baris judul kolom tidak ditemukan').first().waitFor()
    // The user can say which row holds the titles, and map the columns by hand: no dead end.
    await page.getByLabel('Baris Judul Kolom', { exact: true }).waitFor()
    await page.getByLabel('Kolom A (a) diisi ke').waitFor()
    await page.locator('input[type=file]').setInputFiles({ name: 'lama.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]) })
    await page.getByText('Pilih berkas Excel (.xlsx) atau CSV (.csv). Berkas .xls lama: simpan dulu sebagai .xlsx.').waitFor()
  })

  it('menemukan perangkat dari nomor seri dan alamat IP', async () => {
    onTestFailed(async () => {
      await screenshot(page, 'inv-gagal-cari')
    })
    await visit('/inventaris')
    await openSection(page, 'Inventaris')
    const search = page.getByLabel('Cari', { exact: true })
    await search.fill('IMP-0002')
    await page.waitForURL(/cari=IMP-0002/)
    await page.getByText('Perangkat di rak-rak Data Center · 1 perangkat').waitFor()
    expect(await deviceRows(page).innerText()).toContain('srv-impor-02')

    await search.fill('10.98.0.13')
    await page.waitForURL(/cari=10\.98\.0\.13/)
    await page.getByText('Perangkat di rak-rak Data Center · 1 perangkat').waitFor()
    expect(await deviceRows(page).innerText()).toContain('srv-impor-02')
    expect(await deviceRows(page).innerText()).toContain('10.98.0.13')

    // An IPv6 address typed in another form finds the same device.
    await search.fill('2001:DB8:99:0:0:0:0:1')
    await page.waitForURL(/cari=2001/)
    await deviceRows(page).filter({ hasText: 'sw-uji-01' }).waitFor()
    await page.getByText('Perangkat di rak-rak Data Center · 1 perangkat').waitFor()
    await page.reload()
    await page.getByText('Perangkat di rak-rak Data Center · 1 perangkat').waitFor()
    expect(await search.inputValue()).toBe('2001:DB8:99:0:0:0:0:1')
    await screenshot(page, 'inv-08-cari-ip')

    // The export follows the filter.
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Ekspor' }).click()
    await page.getByRole('listitem').filter({ hasText: 'Excel (.xlsx)' }).or(page.getByText('Excel (.xlsx)')).first().click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(await file.path())
    const values = wb.worksheets[0].getSheetValues().flat().map(String)
    expect(values).toContain('sw-uji-01')
    expect(values).not.toContain('srv-uji-app')

    // The Rekap Inventaris of one OPD, as a Word document.
    await page.getByRole('button', { name: 'Rekap Inventaris' }).click()
    const rekap = page.getByRole('dialog')
    await rekap.getByLabel('OPD', { exact: true }).fill('Dinas Kesehatan')
    await page.getByRole('option', { name: /^Dinas Kesehatan\b/ }).click()
    const docx = page.waitForEvent('download')
    await rekap.getByRole('button', { name: 'Unduh Rekap' }).click()
    expect((await docx).suggestedFilename()).toMatch(/\.docx$/)
    await page.getByText(/Rekap Inventaris disimpan sebagai/).waitFor()
  })

  it('mencetak elevasi rak', async () => {
    onTestFailed(async () => {
      await screenshot(page, 'inv-gagal-cetak')
    })
    await visit('/inventaris/rak')
    await openSection(page, 'Inventaris')
    await page.getByRole('tab', { name: 'Rak' }).click()
    await page.getByRole('link', { name: 'Cetak Semua Rak' }).click()
    await page.getByRole('heading', { name: 'Cetak Elevasi Rak' }).waitFor()
    const sheets = page.locator('section.sheet')
    await page.getByRole('heading', { name: 'Elevasi Rak R05' }).waitFor()
    expect(await sheets.count()).toBe(5)
    await chooseOption(page, 'Rak', 'R05')
    await page.waitForURL(/rak=\d+/)
    await page.waitForFunction(() => document.querySelectorAll('section.sheet').length === 1)
    await page.getByRole('cell', { name: 'UJI-SN-0002' }).waitFor()
    await screenshot(page, 'inv-09-cetak-rak')
    // On paper: no menu, no bars, just the sheet.
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.v-navigation-drawer').isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: 'Cetak', exact: true }).isVisible()).toBe(false)
    await screenshot(page, 'inv-10-cetak-rak-kertas')
    await page.emulateMedia({ media: 'screen' })
  })

  it('pengguna tanpa hak tulis hanya melihat', async () => {
    await signOut(page)
    await signIn(page, 'kabid')
    await openSection(page, 'Inventaris')
    await deviceRows(page).first().waitFor()
    expect(await page.getByRole('link', { name: 'Tambah Perangkat', exact: true }).count()).toBe(0)
    expect(await page.getByRole('link', { name: 'Impor', exact: true }).or(page.getByRole('tab', { name: 'Impor', exact: true })).count()).toBe(0)
    await deviceRows(page).first().getByRole('link').click()
    await page.getByRole('tab', { name: 'Data' }).waitFor()
    expect(await page.getByRole('link', { name: 'Ubah', exact: true }).count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Ubah Status' }).count()).toBe(0)
    expect(app.pageErrors, app.pageErrors.join('\n')).toEqual([])
  })
})
