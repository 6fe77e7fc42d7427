import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportRowResult, RackRow } from '../../contract/inventory'
import type { Session } from '../../runtime/session'
import { createTestCore, failure, type TestCore } from '../../testing/core'
import { deviceInput, opdIds } from '../../testing/inventory'
import { parseCsv } from './csv'
import { cleanCsv, cleanXlsx, errorsXlsx, messyXlsx } from './fixtures/sheets'
import { columnLetter, detectHeaderRow, fieldForHeader } from './headers'
import { parseDate, parseUnits } from './values'

const NOW = new Date('2026-11-24T03:00:00Z')
const ok = (baris: number, nama: string, action: ImportRowResult['action'] = 'create'): ImportRowResult => ({
  baris, action, perangkatId: null, nama, errors: [], perubahan: [], catatan: null,
})
const err = (baris: number, nama: string, field: string | null, kolom: string | null, message: string): ImportRowResult => ({
  baris, action: 'skip', perangkatId: null, nama, errors: [{ field: field as never, kolom, message }], perubahan: [], catatan: null,
})

describe('reading messy sheets', () => {
  it('parses CSV with quotes, embedded line breaks, BOM and either delimiter', () => {
    expect(parseCsv('\uFEFFa;b;c\r\n1;"x;y";"baris\nbaru"\r\n;;\r\n')).toEqual([['a', 'b', 'c'], ['1', 'x;y', 'baris\nbaru'], ['', '', '']])
    expect(parseCsv('a,b\n"say ""hi""",2\n')).toEqual([['a', 'b'], ['say "hi"', '2']])
    expect(parseCsv('a\tb\n1\t2')).toEqual([['a', 'b'], ['1', '2']])
  })

  it('recognises the headers people use', () => {
    const cases: [string, string | null][] = [
      ['Nama Server', 'nama'], ['Hostname', 'nama'], ['Nama Perangkat', 'nama'], ['No. Seri', 'nomorSeri'], ['Serial Number', 'nomorSeri'], ['SN', 'nomorSeri'],
      ['S/N', 'nomorSeri'], ['Kode Barang', 'kodeBarang'], ['NUP', 'kodeBarang'], ['IP Address', 'ip'], ['Alamat IP', 'ip'], ['Rak', 'rak'], ['Posisi U', 'uBawah'],
      ['U', 'uBawah'], ['Tinggi (U)', 'tinggiU'], ['OPD', 'opd'], ['Pemilik', 'opd'], ['Merk', 'merek'], ['Merk/Type', 'merekTipe'], ['Tgl. Kolokasi', 'tanggalKolokasi'],
      ['OS', 'os'], ['Aplikasi', 'aplikasi'], ['Status', 'status'], ['Sisi', 'sisi'], ['ID Sidara', 'id'], ['Posisi Terakhir', null], ['Keterangan', null],
    ]
    for (const [header, field] of cases) expect(fieldForHeader(header), header).toBe(field)
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA'])
    expect(detectHeaderRow([['DATA SERVER'], [], ['No', 'Nama Server', 'IP'], ['1', 'srv', '10.0.0.1']])).toBe(3)
    expect(detectHeaderRow([['Judul'], ['IP', 'OS']])).toBeNull()
  })

  it('reads units, ranges and dates as the office writes them', () => {
    expect(['10', 'U10', 'u 10', '10.0'].map(parseUnits)).toEqual(Array(4).fill({ uBawah: 10, tinggi: null }))
    expect(['21-22', 'U21-U22', 'U22 - U21', '21 s.d. 22'].map(parseUnits)).toEqual(Array(4).fill({ uBawah: 21, tinggi: 2 }))
    expect(parseUnits('atas')).toBeNull()
    expect(['2024-03-12', '12/03/2024', '12-3-2024', '12.03.24', '12 Maret 2024', '12 Mar 2024', '45363'].map(parseDate)).toEqual(Array(7).fill('2024-03-12'))
    expect(['31/02/2024', 'kemarin', '2024-13-01'].map(parseDate)).toEqual([null, null, null])
  })
})

describe('import', () => {
  let t: TestCore
  let dc: Session
  let opd: Record<string, number>
  let r01: RackRow
  let r02: RackRow

  const preview = (file: Buffer, fileName = 'inventaris.xlsx', extra: Record<string, unknown> = {}) =>
    t.call(dc, 'devices.importPreview', { fileName, bytes: (file), ...extra })
  const commit = (file: Buffer, fileName = 'inventaris.xlsx', extra: Record<string, unknown> = {}) =>
    t.call(dc, 'devices.importCommit', { fileName, bytes: (file), alasan: 'Impor data inventaris awal', ...extra })
  const auditCount = async () => Number((await t.core.ds.query('SELECT COUNT(*) AS n FROM audit_log'))[0].n)

  beforeEach(async () => {
    t = await createTestCore({ now: () => NOW })
    dc = await t.signIn(['timdc'])
    opd = await opdIds(t, dc)
    r01 = await t.call(dc, 'racks.create', { nama: 'R01', lokasi: 'Ruang Server' })
    r02 = await t.call(dc, 'racks.create', { nama: 'R02', lokasi: 'Ruang Server' })
  })
  afterEach(async () => t.close())

  it('sheet 1 (clean, .xlsx and .csv): four new devices; importing it again changes nothing', async () => {
    const p = await preview(await cleanXlsx())
    expect(p).toMatchObject({ format: 'xlsx', sheets: ['Inventaris'], sheet: 'Inventaris', headerRow: 1, counts: { create: 4, update: 0, skip: 0, error: 0 } })
    expect(p.headers.map((h) => [h.huruf, h.judul, h.field])).toEqual([
      ['A', 'No', null], ['B', 'Nama Server', 'nama'], ['C', 'OPD', 'opd'], ['D', 'Jenis', 'jenis'], ['E', 'Merek', 'merek'], ['F', 'Tipe', 'tipe'],
      ['G', 'No. Seri', 'nomorSeri'], ['H', 'Kode Barang', 'kodeBarang'], ['I', 'IP Address', 'ip'], ['J', 'Rak', 'rak'], ['K', 'Posisi U', 'uBawah'],
      ['L', 'Tinggi (U)', 'tinggiU'], ['M', 'Sisi', 'sisi'], ['N', 'OS', 'os'], ['O', 'Aplikasi', 'aplikasi'], ['P', 'Status', 'status'],
    ])
    expect(p.rows).toEqual([ok(2, 'srv-simpus-01'), ok(3, 'srv-ppdb-01'), ok(4, 'sw-setda-01'), ok(5, 'nas-bpkad')])
    // The preview wrote nothing.
    expect((await t.call(dc, 'devices.list', {})).total).toBe(0)
    expect(await auditCount()).toBe(2)

    const csv = await preview(cleanCsv(), 'inventaris.csv')
    expect(csv).toMatchObject({ format: 'csv', sheets: ['inventaris'], headerRow: 1, counts: p.counts, rows: p.rows })

    const done = await commit(await cleanXlsx())
    expect(done).toMatchObject({ created: 4, updated: 0, skipped: 0, errors: 0 })
    expect(done.rows.every((r) => r.perangkatId !== null)).toBe(true)
    const ppdb = (await t.call(dc, 'devices.list', { q: 'SGH123ABC' })).items[0]
    expect(ppdb).toMatchObject({ nama: 'srv-ppdb-01', opdNama: 'Dinas Pendidikan', merek: 'HPE', tipe: 'ProLiant DL380 Gen10', ip: ['10.20.0.5', '10.20.0.6'], posisi: 'R01 U12-U13 (depan, kedalaman penuh)' })
    const nas = (await t.call(dc, 'devices.list', { q: 'nas-bpkad' })).items[0]
    expect(nas).toMatchObject({ jenis: 'storage', status: 'Rencana', kodeBarang: '', rakNama: 'R02', uBawah: 30 })
    const [created] = await t.call(dc, 'devices.history', { id: ppdb.id })
    expect(created).toMatchObject({ action: 'Mengimpor data perangkat', reason: 'Impor data inventaris awal' })

    const again = await preview(cleanCsv(), 'inventaris.csv')
    expect(again.counts).toEqual({ create: 0, update: 0, skip: 4, error: 0 })
    expect(again.rows.map((r) => [r.action, r.catatan])).toEqual(Array(4).fill(['skip', 'Tidak ada perubahan.']))
  })

  it('sheet 2 (title rows, blank rows, merged header cells, numbers as text, footer): three devices read right', async () => {
    const p = await preview(await messyXlsx())
    expect(p).toMatchObject({ sheet: 'Server DC', headerRow: 5, counts: { create: 3, update: 0, skip: 0, error: 0 } })
    expect(p.headers.map((h) => [h.huruf, h.judul, h.field])).toEqual([
      ['A', 'No', null], ['B', 'Nama Perangkat / Hostname', 'nama'], ['C', 'Pemilik', 'opd'], ['D', 'Jenis', 'jenis'], ['E', 'Merk/Type', 'merekTipe'],
      ['F', 'S/N', 'nomorSeri'], ['G', 'NUP', 'kodeBarang'], ['H', 'Processor', 'cpu'], ['I', 'Memory', 'ram'], ['J', 'Harddisk', 'storage'], ['K', 'Rak', 'rak'],
      ['L', 'U', 'uBawah'], ['M', 'Tinggi (U)', 'tinggiU'], ['N', 'IP Address', 'ip'], ['O', 'Tgl Kolokasi', 'tanggalKolokasi'], ['P', 'Keterangan', null],
      ['Q', 'Status', 'status'],
    ])
    expect(p.rows).toEqual([ok(8, 'srv-simpeg-01'), ok(9, 'srv-simpeg-db'), ok(12, 'fw-bapenda')])

    await commit(await messyXlsx())
    const get = async (q: string) => t.call(dc, 'devices.get', { id: (await t.call(dc, 'devices.list', { q })).items[0].id })
    expect(await get('srv-simpeg-01')).toMatchObject({
      opdNama: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', jenis: 'server', merek: 'Dell', tipe: 'PowerEdge R640', nomorSeri: '0012345',
      kodeBarang: '02.06.02.01.005', cpu: 'Xeon Silver 4214', ram: '64 GB', storage: '2 x 600 GB SAS', posisi: 'R01 U20 (depan, kedalaman penuh)',
      ip: ['10.10.5.10', '10.10.5.11'], tanggalKolokasi: '2023-07-03', status: 'Aktif',
    })
    // The OPD cell merged over two rows belongs to both; "21-22" is U21 and 2U high.
    expect(await get('srv-simpeg-db')).toMatchObject({
      opdNama: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', nomorSeri: 'SGH987XYZ', kodeBarang: '', uBawah: 21, tinggiU: 2, rakNama: 'R01',
      ip: ['10.10.5.12', '10.10.5.13'], tanggalKolokasi: '2023-08-15', storage: '4 x 1,2 TB',
    })
    expect(await get('fw-bapenda')).toMatchObject({
      opdNama: 'Badan Pendapatan Daerah', jenis: 'firewall', merek: 'Fortinet', tipe: 'FortiGate 100F', posisi: 'R02 U40 (depan, kedalaman penuh)',
      ip: ['10.40.0.1'], tanggalKolokasi: '2024-03-12',
    })
  })

  it('sheet 3 (mistakes): the exact preview, then only the good row is written', async () => {
    await t.call(dc, 'devices.create', deviceInput(opd.DINKES, { nama: 'srv-lama', nomorSeri: 'EXIST-001', kodeBarang: 'NUP-EX-1', rakId: r02.id, uBawah: 20, tinggiU: 2 }))
    const p = await preview(await errorsXlsx())
    const lama = (await t.call(dc, 'devices.list', { q: 'srv-lama' })).items[0].id
    expect(p.rows).toEqual([
      ok(2, 'srv-ok'),
      err(3, 'srv-opd', 'opd', 'OPD', 'OPD "Dinas Antah Berantah" tidak ditemukan dalam daftar OPD (cocokkan nama atau singkatannya).'),
      err(4, 'srv-taken', 'uBawah', 'U', 'U21 sisi depan di rak R02 sudah terisi oleh srv-lama.'),
      err(5, 'srv-dup', 'nomorSeri', 'SN', 'Nomor seri OK-001 sama dengan baris 2.'),
      err(6, 'srv-ip', 'ip', 'IP', 'Alamat IP 10.1.1.300 tidak valid (contoh: 10.10.1.25 atau 2001:db8::1).'),
      err(7, 'srv-rak', 'rak', 'Rak', 'Rak "R09" tidak ditemukan. Tambahkan raknya dulu di menu Rak.'),
      { ...err(8, 'srv-lama', 'uBawah', 'U', 'U5 sisi depan di rak R01 sudah terisi oleh srv-ok (baris 2).'), perangkatId: lama },
      err(9, 'srv-fit', 'uBawah', 'U', 'Perangkat 2U yang dipasang mulai U42 melewati batas atas rak R01 (42U). Posisi U paling tinggi untuk perangkat ini adalah U41.'),
      err(10, 'srv-ditarik', 'status', 'Status', 'Perangkat baru hanya dapat dicatat dengan status Rencana, Aktif, atau Nonaktif (Ditarik hanya melalui proses penarikan).'),
      err(11, 'srv-jenis', 'jenis', 'Jenis', 'Jenis "Mainframe" tidak dikenal. Pilih Server, Storage, Switch, Firewall, atau Lainnya.'),
      err(13, 'srv-u', 'uBawah', 'U', 'Posisi U "atas" tidak dapat dibaca (contoh: 10 atau U10-U11).'),
      { ...ok(14, 'Baris 14', 'skip'), catatan: 'Baris tanpa nama perangkat, nomor seri, atau kode barang dilewati.' },
      { ...err(15, 'srv-dupasset', null, null, 'Perangkat srv-lama sudah diperbarui oleh baris 8.'), perangkatId: lama },
    ])
    expect(p.counts).toEqual({ create: 1, update: 0, skip: 1, error: 11 })

    const before = await auditCount()
    const done = await commit(await errorsXlsx())
    expect(done).toMatchObject({ created: 1, updated: 0, skipped: 1, errors: 11 })
    expect(done.rows.map((r) => r.errors.map((e) => e.message))).toEqual(p.rows.map((r) => r.errors.map((e) => e.message)))
    expect((await t.call(dc, 'devices.list', { sortBy: 'nama' })).items.map((d) => [d.nama, d.posisi])).toEqual([
      ['srv-lama', 'R02 U20-U21 (depan, kedalaman penuh)'],
      ['srv-ok', 'R01 U5 (depan, kedalaman penuh)'],
    ])
    // One audit entry: the device created; the refused move of srv-lama left nothing behind.
    expect(await auditCount()).toBe(before + 1)
  })

  it('updates devices matched by serial or asset number, with their changes listed and a status move checked', async () => {
    const d = await t.call(dc, 'devices.create', deviceInput(opd.DINKES, { nama: 'srv-simpus-01', nomorSeri: 'CN7XK93', kodeBarang: '02.06.02.01.001', rakId: r01.id, uBawah: 10, os: 'CentOS 7' }))
    await t.call(dc, 'devices.create', deviceInput(opd.DISDIK, { nama: 'srv-ppdb-01', nomorSeri: 'OLD-SERIAL', kodeBarang: '02.06.02.01.002', rakId: null, uBawah: null, status: 'Nonaktif' }))
    const p = await preview(await cleanXlsx())
    expect(p.rows.map((r) => [r.baris, r.action, r.perubahan, r.errors.map((e) => e.message)])).toEqual([
      [2, 'update', ['Sistem Operasi'], []],
      [3, 'update', ['Merek', 'Tipe/Model', 'Nomor Seri', 'Posisi', 'Alamat IP', 'Sistem Operasi', 'Aplikasi/Layanan', 'Status'], []],
      [4, 'create', [], []],
      [5, 'create', [], []],
    ])
    expect(p.rows[0].perangkatId).toBe(d.id)
    await commit(await cleanXlsx())
    const ppdb = (await t.call(dc, 'devices.list', { q: 'srv-ppdb-01' })).items[0]
    expect(ppdb).toMatchObject({ nomorSeri: 'SGH123ABC', status: 'Aktif', posisi: 'R01 U12-U13 (depan, kedalaman penuh)' })
    const [statusChange, dataChange] = await t.call(dc, 'devices.history', { id: ppdb.id })
    expect(statusChange).toMatchObject({ action: 'Mengimpor data perangkat', reason: 'Impor data inventaris awal', changes: [{ label: 'Status', before: 'Nonaktif', after: 'Aktif' }] })
    expect(dataChange.changes.find((c) => c.label === 'Nomor Seri')).toMatchObject({ before: 'OLD-SERIAL', after: 'SGH123ABC' })
    expect((await preview(await cleanXlsx())).rows.every((r) => r.catatan === 'Tidak ada perubahan.')).toBe(true)
    // A status the device cannot move to is an error for its row.
    await t.call(dc, 'devices.create', deviceInput(opd.DINKES, { nama: 'srv-x', nomorSeri: 'X-1', kodeBarang: '', status: 'Rencana' }))
    const csv = Buffer.from('Nama Server;No. Seri;Status\r\nsrv-x;X-1;Dalam Proses Penarikan\r\nsrv-x;X-1;Aktif\r\n')
    const p2 = await preview(csv, 'status.csv')
    expect(p2.rows.map((r) => [r.action, r.errors.map((e) => e.message)])).toEqual([
      ['skip', ['Status Rencana tidak dapat diubah menjadi Dalam Proses Penarikan. Pilihan: Aktif, Nonaktif.']],
      ['skip', ['Nomor seri X-1 sama dengan baris 2.']],
    ])
  })

  it('lets the user choose the header row and fix the mapping', async () => {
    const file = await (async () => {
      const wb = new ExcelJS.Workbook()
      const ws = wb.addWorksheet('Lembar1')
      ws.addRow(['Perangkat Server Kominfo'])
      ws.addRow(['Host', 'Kepemilikan', 'Nomor Seri'])
      ws.addRow(['srv-a', 'DINKES', 'A-1'])
      ws.addRow(['srv-b', 'SETDA', 'B-1'])
      return Buffer.from(await wb.xlsx.writeBuffer())
    })()
    // Only "Nomor Seri" is a title it knows: not enough to take row 2 as the header by itself. No dead end: the first
    // filled row is offered with its columns for manual mapping, and nothing is read until the person chooses.
    const auto = await preview(file)
    expect(auto).toMatchObject({ headerRow: 1, rows: [], masalah: { field: 'headerRow' } })
    expect(auto.masalah?.message).toMatch(/^Baris judul kolom tidak ditemukan/)
    expect(auto.headers.map((h) => [h.huruf, h.judul, h.field])).toEqual([['A', 'Perangkat Server Kominfo', null]])
    const byHand = await preview(file, 'x.xlsx', { mapping: [{ kolom: 1, field: 'nama' }] })
    expect(byHand).toMatchObject({ headerRow: 1, masalah: null })
    expect((await failure(commit(file, 'x.xlsx'))).fields?.headerRow).toMatch(/^Baris judul kolom tidak ditemukan/)
    const unmapped = await preview(file, 'x.xlsx', { headerRow: 2 })
    expect(unmapped.rows.map((r) => r.errors.map((e) => e.message))).toEqual([['OPD wajib diisi untuk perangkat baru.'], ['OPD wajib diisi untuk perangkat baru.']])
    const mapped = await preview(file, 'x.xlsx', { headerRow: 2, mapping: [{ kolom: 1, field: 'nama' }, { kolom: 2, field: 'opd' }] })
    expect(mapped.headers.map((h) => [h.judul, h.field, h.otomatis])).toEqual([['Host', 'nama', false], ['Kepemilikan', 'opd', false], ['Nomor Seri', 'nomorSeri', true]])
    expect(mapped.rows.map((r) => [r.nama, r.action])).toEqual([['srv-a', 'create'], ['srv-b', 'create']])
    // The user's choice wins over the automatic one, which then leaves its column unmapped.
    const moved = await preview(file, 'x.xlsx', { headerRow: 2, mapping: [{ kolom: 1, field: 'nomorSeri' }] })
    expect(moved.headers.map((h) => h.field)).toEqual(['nomorSeri', null, null])
    const twice = await failure(preview(file, 'x.xlsx', { headerRow: 2, mapping: [{ kolom: 1, field: 'nomorSeri' }, { kolom: 3, field: 'nomorSeri' }] }))
    expect(twice.fields).toEqual({ mapping: 'Kolom A dan C sama-sama dipetakan ke "Nomor Seri". Pilih salah satu.' })
    const none = await preview(file, 'x.xlsx', { headerRow: 2, mapping: [{ kolom: 3, field: null }] })
    expect(none.headers.map((h) => h.judul)).toEqual(['Host', 'Kepemilikan', 'Nomor Seri'])
    expect(none.rows).toEqual([])
    expect(none.masalah?.message).toBe('Kolom Nama Perangkat, Nomor Seri, atau Kode Barang belum dipetakan. Atur pemetaan kolomnya.')
    const noSheet = await failure(preview(file, 'x.xlsx', { sheet: 'Lembar9' }))
    expect(noSheet.fields).toEqual({ sheet: 'Lembar "Lembar9" tidak ada dalam berkas.' })
  })

  it('refuses files it cannot read, with a message for the file field', async () => {
    const xls = await failure(preview(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'lama.xls'))
    expect(xls.fields).toEqual({ file: 'Format .xls (Excel 97-2003) tidak didukung. Buka di Excel lalu simpan sebagai .xlsx.' })
    const broken = await failure(preview(Buffer.from('PK\x03\x04bukan zip'), 'rusak.xlsx'))
    expect(broken.fields?.file).toMatch(/^Berkas \.xlsx tidak dapat dibaca/)
    const noHeader = await preview(Buffer.from('a;b\n1;2\n'), 'data.csv')
    expect(noHeader.masalah?.message).toMatch(/^Baris judul kolom tidak ditemukan/)
    expect(noHeader.headers.map((h) => h.judul)).toEqual(['a', 'b'])
    const kabid = await t.signIn(['kabid'])
    expect((await failure(t.call(kabid, 'devices.importPreview', { fileName: 'a.csv', bytes: (cleanCsv()) }))).code).toBe('FORBIDDEN')
  })
})
