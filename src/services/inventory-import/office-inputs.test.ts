// Inputs other office systems have met in real users' files (issue 12): each becomes a small sheet with its right value.
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RackRow } from '../../contract/inventory'
import type { Session } from '../../runtime/session'
import { createTestCore, type TestCore } from '../../testing/core'
import { deviceInput, opdIds } from '../../testing/inventory'
import { parseCsv } from './csv'
import { readSpreadsheet } from './sheet'
import { isPlaceholder, phoneText } from './values'

const NOW = new Date('2026-11-24T03:00:00Z')
/** A 20-digit serial typed as a number: what the cell holds after Excel kept 15 significant digits. */
const TWENTY_DIGITS = Number('12345678901234567890')

type Cell = string | number | Date | null | { value: ExcelJS.CellValue; numFmt: string }

/** A one-sheet workbook; a cell given as { value, numFmt } carries that number format, as Excel saves it. */
async function xlsx(rows: Cell[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Inventaris')
  rows.forEach((cells, r) =>
    cells.forEach((c, i) => {
      const cell = ws.getRow(r + 1).getCell(i + 1)
      if (c !== null && typeof c === 'object' && !(c instanceof Date)) {
        cell.value = c.value
        cell.numFmt = c.numFmt
      } else cell.value = c
    }),
  )
  return Buffer.from(await wb.xlsx.writeBuffer())
}

describe('reading cells as Excel shows them', () => {
  it('applies the number format to numbers, keeps every digit, and marks numbers Excel has rounded', async () => {
    const file = await xlsx([
      ['Nama Server', 'NUP', 'Telepon', 'No. Seri'],
      ['srv-a', { value: 1234, numFmt: '00000' }, 81266001122, TWENTY_DIGITS],
      ['srv-b', { value: 7, numFmt: '"NUP-"000' }, '081266001122', '12345678901234567890'],
    ])
    const [grid] = (await readSpreadsheet(file, 'a.xlsx')).sheets
    expect(grid.rows.slice(1)).toEqual([
      ['srv-a', '01234', '81266001122', '12345678901234567000'],
      ['srv-b', 'NUP-007', '081266001122', '12345678901234567890'],
    ])
    // Only the number cell (row 2, column D) is marked; the same digits typed as text are whole.
    expect([...(grid.rounded ?? [])]).toEqual(['2,4'])
  })

  it('reads a date-time cell as the calendar day Excel shows, even at 23:59:30', async () => {
    const file = await xlsx([
      ['Nama Server', 'Tgl Kolokasi'],
      ['srv-a', { value: new Date('2025-12-31T23:59:30Z'), numFmt: 'dd/mm/yyyy hh:mm' }],
      ['srv-b', { value: new Date('2025-12-31T00:00:00Z'), numFmt: 'dd/mm/yyyy' }],
      ['srv-c', { value: new Date('2025-12-31T23:59:59.999Z'), numFmt: 'dd/mm/yyyy' }],
    ])
    const [grid] = (await readSpreadsheet(file, 'a.xlsx')).sheets
    expect(grid.rows.slice(1).map((r) => r[1])).toEqual(['2025-12-31', '2025-12-31', '2025-12-31'])
  })

  it('takes the CSV delimiter from the header line, and handles a BOM and a sep= line', () => {
    const semicolons = 'Nama Server;Spesifikasi;No. Seri\r\nsrv-a;2x Xeon, 64 GB, 4x 1,2 TB;SN-1\r\nsrv-b;"a;b";SN-2\r\n'
    expect(parseCsv(semicolons)).toEqual([['Nama Server', 'Spesifikasi', 'No. Seri'], ['srv-a', '2x Xeon, 64 GB, 4x 1,2 TB', 'SN-1'], ['srv-b', 'a;b', 'SN-2']])
    // Title lines above the table do not mislead it either.
    expect(parseCsv('\uFEFFDATA SERVER, DC KOMINFO\nNama Server;Merek, Tipe;IP\nsrv-a;Dell, R740;10.0.0.1\n')[2]).toEqual(['srv-a', 'Dell, R740', '10.0.0.1'])
    expect(parseCsv('Nama Server,Spesifikasi\nsrv-a,"64 GB; 2 CPU"\n')).toEqual([['Nama Server', 'Spesifikasi'], ['srv-a', '64 GB; 2 CPU']])
    expect(parseCsv('Nama Server\tNo. Seri\nsrv-a\tSN;1\n')).toEqual([['Nama Server', 'No. Seri'], ['srv-a', 'SN;1']])
    // Excel's "sep=," line names the delimiter; it stays as a blank row so row numbers match Excel's.
    expect(parseCsv('sep=,\r\nNama Server,Spesifikasi\r\nsrv-a,x;y\r\n')).toEqual([[''], ['Nama Server', 'Spesifikasi'], ['srv-a', 'x;y']])
    expect(parseCsv('\uFEFFsep=;\nNama;Seri\n')).toEqual([[''], ['Nama', 'Seri']])
  })

  it('knows placeholders for "none" and gives a phone its leading 0 back', () => {
    expect(['-', '–', '—', 'N/A', 'n/a', 'NA', 'tidak ada', 'Tidak  Ada', 'kosong', '   ', '', '?', 'none'].every(isPlaceholder)).toBe(true)
    expect(['0', 'A-1', 'SN-', 'ada', 'NAS01'].some(isPlaceholder)).toBe(false)
    expect(['81266001122', '081266001122', '+6281266001122', '0778-123456', '8123'].map(phoneText)).toEqual([
      '081266001122', '081266001122', '+6281266001122', '0778-123456', '8123',
    ])
  })
})

describe('importing what the office meant', () => {
  let t: TestCore
  let dc: Session
  let opd: Record<string, number>
  let r01: RackRow

  const preview = (file: Buffer, fileName = 'inventaris.xlsx', extra: Record<string, unknown> = {}) =>
    t.call(dc, 'devices.importPreview', { fileName, bytes: (file), ...extra })
  const commit = (file: Buffer, fileName = 'inventaris.xlsx', extra: Record<string, unknown> = {}) =>
    t.call(dc, 'devices.importCommit', { fileName, bytes: (file), alasan: 'Impor data inventaris', ...extra })
  const get = async (q: string) => t.call(dc, 'devices.get', { id: (await t.call(dc, 'devices.list', { q })).items[0].id })
  const messages = (rows: { baris: number; errors: { kolom: string | null; message: string }[] }[]) =>
    rows.filter((r) => r.errors.length).map((r) => [r.baris, r.errors.map((e) => `${e.kolom}: ${e.message}`)])

  beforeEach(async () => {
    t = await createTestCore({ now: () => NOW })
    dc = await t.signIn(['timdc'])
    opd = await opdIds(t, dc)
    r01 = await t.call(dc, 'racks.create', { nama: 'R01', lokasi: 'Ruang Server' })
  })
  afterEach(async () => t.close())

  it('stores placeholders in identity columns as empty and never matches a device by them', async () => {
    const first = Buffer.from('Nama Server;OPD;No. Seri;Kode Barang\r\nsrv-a;DINKES;-;N/A\r\nsrv-b;DINKES;-;tidak ada\r\nsrv-c;DINKES;kosong;–\r\n')
    const p = await preview(first, 'a.csv')
    expect(p.counts).toEqual({ create: 3, update: 0, skip: 0, error: 0 })
    await commit(first, 'a.csv')
    for (const nama of ['srv-a', 'srv-b', 'srv-c']) expect(await get(nama)).toMatchObject({ nomorSeri: '', kodeBarang: '' })
    // A later file with another device whose serial is "-": a new device, not an update (no rename, no OPD move).
    const later = Buffer.from('Nama Server;OPD;No. Seri\r\nsrv-z;DISDIK;-\r\n')
    expect((await preview(later, 'b.csv')).rows.map((r) => [r.action, r.perangkatId])).toEqual([['create', null]])
    await commit(later, 'b.csv')
    expect(await get('srv-a')).toMatchObject({ nama: 'srv-a', opdNama: 'Dinas Kesehatan' })
    // A row whose only identity is a placeholder names no device: it is skipped with a note.
    const noName = await preview(Buffer.from('Nama Server;OPD;No. Seri\r\n-;DINKES;N/A\r\n'), 'c.csv')
    expect(noName.rows.map((r) => r.catatan)).toEqual(['Baris tanpa nama perangkat, nomor seri, atau kode barang dilewati.'])
  })

  it('asks for confirmation before a serial of another OPD\'s device moves it, and moves it once confirmed', async () => {
    await t.call(dc, 'devices.create', deviceInput(opd.DINKES, { nama: 'srv-simpus', nomorSeri: 'CN7XK93', kodeBarang: '', rakId: null, uBawah: null }))
    const file = Buffer.from('Nama Server;OPD;No. Seri\r\nsrv-ppdb;DISDIK;CN7XK93\r\n')
    const asked = await preview(file, 'a.csv')
    expect(asked.rows[0]).toMatchObject({ action: 'skip', konfirmasi: true })
    expect(messages(asked.rows)).toEqual([[2, ['No. Seri: Nomor seri ini tercatat pada perangkat srv-simpus milik Dinas Kesehatan, bukan DISDIK. Centang konfirmasi bila memang perangkat yang sama dan pindah OPD.']]])
    expect((await commit(file, 'a.csv')).updated).toBe(0)
    expect(await get('CN7XK93')).toMatchObject({ nama: 'srv-simpus', opdNama: 'Dinas Kesehatan' })
    const confirmed = await commit(file, 'a.csv', { konfirmasi: [2] })
    expect(confirmed.updated).toBe(1)
    expect(await get('CN7XK93')).toMatchObject({ nama: 'srv-ppdb', opdNama: 'Dinas Pendidikan' })
  })

  it('keeps the written form of numbers that are text, and refuses a serial Excel has rounded', async () => {
    const file = await xlsx([
      ['Nama Server', 'OPD', 'NUP', 'Telepon Kontak', 'No. Seri'],
      ['srv-a', 'DINKES', { value: 1234, numFmt: '00000' }, 81266001122, 'SN-A'],
      ['srv-b', 'DINKES', '00077', '081266001122', TWENTY_DIGITS],
    ])
    const p = await preview(file)
    expect(messages(p.rows)).toEqual([[3, ['No. Seri: Nomor Seri 12345678901234567000: Excel sudah membulatkan angka ini; ketik sebagai teks (awali dengan \').']]])
    await commit(file)
    expect(await get('srv-a')).toMatchObject({ kodeBarang: '01234', kontakTelepon: '081266001122' })
    expect((await t.call(dc, 'devices.list', { q: 'srv-b' })).total).toBe(0)
  })

  it('takes the day Excel shows and refuses dates that make no sense for Tanggal Kolokasi, naming row and column', async () => {
    const file = await xlsx([
      ['Nama Server', 'OPD', 'Tgl Kolokasi'],
      ['srv-a', 'DINKES', { value: new Date('2025-12-31T23:59:30Z'), numFmt: 'dd/mm/yyyy hh:mm' }],
      ['srv-b', 'DINKES', { value: new Date('1899-12-30T00:00:00Z'), numFmt: 'dd/mm/yyyy' }],
      ['srv-c', 'DINKES', '12/03/2031'],
      ['srv-d', 'DINKES', '12/03/1999'],
    ])
    const p = await preview(file)
    expect(messages(p.rows)).toEqual([
      [3, ['Tgl Kolokasi: Tanggal Kolokasi 1899-12-30 terlalu lama (sebelum tahun 2000); periksa isi selnya.']],
      [4, ['Tgl Kolokasi: Tanggal Kolokasi 2031-03-12 lebih dari setahun ke depan; periksa isi selnya.']],
      [5, ['Tgl Kolokasi: Tanggal Kolokasi 1999-03-12 terlalu lama (sebelum tahun 2000); periksa isi selnya.']],
    ])
    await commit(file)
    expect(await get('srv-a')).toMatchObject({ tanggalKolokasi: '2025-12-31' })
  })

  it('refuses an IP with a prefix length or leading zeros with its own message, and finds addresses however they are searched', async () => {
    const file = Buffer.from('Nama Server;OPD;IP Address\r\nsrv-a;DINKES;10.20.30.6/24\r\nsrv-b;DINKES;010.020.030.005\r\nsrv-c;DINKES;2001:DB8:A::5, 10.20.30.7\r\n')
    const p = await commit(file, 'a.csv')
    expect(messages(p.rows)).toEqual([
      [2, ['IP Address: Alamat IP 10.20.30.6/24 memuat panjang prefiks /24; Sidara mencatat alamat perangkat, bukan jaringan. Tulis 10.20.30.6 saja (prefiks dapat ditulis di Spesifikasi Lain).']],
      [3, ['IP Address: Alamat IP 010.020.030.005 memakai angka nol di depan; tulis 10.20.30.5 (angka nol di depan dapat dibaca sebagai bilangan oktal).']],
    ])
    for (const q of ['2001:db8:a::5/64', '[2001:db8:a::5]', '2001:0db8:000a', '2001:0DB8:000A:0000:0000:0000:0000:0005']) {
      expect((await t.call(dc, 'devices.list', { q })).items.map((d) => d.nama), q).toEqual(['srv-c'])
    }
  })

  it('reads a semicolon file whose Spesifikasi holds commas', async () => {
    const file = Buffer.from('\uFEFFNama Server;OPD;Spesifikasi;No. Seri\r\nsrv-a;DINKES;2x Xeon, 64 GB, 4x 1,2 TB;SN-1\r\n')
    const p = await preview(file, 'a.csv')
    expect(p.headers.map((h) => h.field)).toEqual(['nama', 'opd', 'spesifikasiLain', 'nomorSeri'])
    await commit(file, 'a.csv')
    expect(await get('srv-a')).toMatchObject({ spesifikasiLain: '2x Xeon, 64 GB, 4x 1,2 TB', nomorSeri: 'SN-1' })
  })

  it('validates the plan as a whole: a swap of two devices works in both row orders; a true conflict names both rows', async () => {
    await t.call(dc, 'devices.create', deviceInput(opd.DINKES, { nama: 'srv-a', nomorSeri: 'A-1', kodeBarang: '', tinggiU: 1, rakId: r01.id, uBawah: 10 }))
    await t.call(dc, 'devices.create', deviceInput(opd.DINKES, { nama: 'srv-b', nomorSeri: 'B-1', kodeBarang: '', tinggiU: 1, rakId: r01.id, uBawah: 12 }))
    const swap = (rows: string[]) => Buffer.from(['Nama Server;No. Seri;Rak;Posisi U', ...rows].join('\r\n'))
    const forth = swap(['srv-a;A-1;R01;12', 'srv-b;B-1;R01;10'])
    expect((await preview(forth, 'a.csv')).counts).toEqual({ create: 0, update: 2, skip: 0, error: 0 })
    await commit(forth, 'a.csv')
    expect([(await get('srv-a')).uBawah, (await get('srv-b')).uBawah]).toEqual([12, 10])
    const back = swap(['srv-b;B-1;R01;12', 'srv-a;A-1;R01;10'])
    expect((await commit(back, 'a.csv')).updated).toBe(2)
    expect([(await get('srv-a')).uBawah, (await get('srv-b')).uBawah]).toEqual([10, 12])
    // Both rows want U20: the second is refused, naming the first row; nothing else moves.
    const clash = swap(['srv-a;A-1;R01;20', 'srv-b;B-1;R01;20'])
    const p = await preview(clash, 'a.csv')
    expect(messages(p.rows)).toEqual([[3, ['Posisi U: U20 sisi depan di rak R01 sudah terisi oleh srv-a (baris 2).']]])
    // A move into a place whose device stays (its row refused) is refused too, and the refused device keeps its units.
    const stuck = swap(['srv-a;A-1;R01;12', 'srv-b;B-1;R09;10'])
    const s = await commit(stuck, 'a.csv')
    expect(messages(s.rows)).toEqual([
      [2, ['Posisi U: U12 sisi depan di rak R01 sudah terisi oleh srv-b.']],
      [3, ['Rak: Rak "R09" tidak ditemukan. Tambahkan raknya dulu di menu Rak.']],
    ])
    expect([(await get('srv-a')).posisi, (await get('srv-b')).posisi]).toEqual(['R01 U10 (depan, kedalaman penuh)', 'R01 U12 (depan, kedalaman penuh)'])
  })
})
