import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DeviceDetail, RackRow } from '../../contract/inventory'
import type { Session } from '../../runtime/session'
import { createTestCore, type TestCore } from '../../testing/core'
import { asStep, deviceInput, opdIds } from '../../testing/inventory'
import { markInWithdrawal, markWithdrawn } from '../device-workflow'
import { parseCsv } from './csv'
import { XLSX_MIME } from '../../documents/generated-file'
import { EXPORT_COLUMNS } from './export'

const NOW = new Date('2026-11-24T03:00:00Z')

describe('export', () => {
  let t: TestCore
  let dc: Session
  let r01: RackRow

  const everything = async (): Promise<DeviceDetail[]> => {
    const page = await t.call(dc, 'devices.list', { pageSize: 100, sortBy: 'nama' })
    return Promise.all(page.items.map((d) => t.call(dc, 'devices.get', { id: d.id })))
  }
  const auditCount = async () => Number((await t.core.ds.query('SELECT COUNT(*) AS n FROM audit_log'))[0].n)

  beforeEach(async () => {
    t = await createTestCore({ now: () => NOW })
    dc = await t.signIn(['timdc'])
    const opd = await opdIds(t, dc)
    r01 = await t.call(dc, 'racks.create', { nama: 'R01', lokasi: 'Ruang Server' })
    const add = (over: Parameters<typeof deviceInput>[1]) => t.call(dc, 'devices.create', deviceInput(opd.DINKES, over))
    // Devices that test every kind of value: several IPs and IPv6, leading zeros, text that looks like a formula,
    // line breaks, no serial or asset number at all, no rack, and a withdrawn device.
    await add({ nama: 'srv-simpus-01', rakId: r01.id, uBawah: 10, ip: ['10.10.1.25', '2001:db8::25'], aplikasi: 'SIMPUS\nDashboard Kesehatan' })
    await add({ nama: 'sw-core', jenis: 'switch', nomorSeri: '000123', kodeBarang: '02.06.03.01.001', rakId: r01.id, uBawah: 40, tinggiU: 1, sisi: 'belakang', kedalamanPenuh: false,
      kontakTelepon: '+62 812-7000-2222', os: '=SUM(A1)', tanggalKolokasi: null, monitoring: false, monitoringHost: '' })
    await add({ nama: 'vm-host-tanpa-nomor', opdId: opd.DISDIK, nomorSeri: '', kodeBarang: '', ip: [], merek: '', tipe: '', status: 'Rencana' })
    const gone = await add({ nama: 'srv-lama', nomorSeri: 'OLD-1', kodeBarang: 'NUP-OLD', rakId: r01.id, uBawah: 20 })
    await asStep(t, dc, async (ctx) => {
      await markInWithdrawal(ctx, [gone.id], 'Permohonan 2026/0001')
      await markWithdrawn(ctx, [gone.id], 'Permohonan 2026/0001')
    })
  })
  afterEach(async () => t.close())

  it('writes an .xlsx with one header row, widths, a frozen header and dates as dates', async () => {
    const file = await t.call(dc, 'devices.export', { format: 'xlsx' })
    expect(file).toMatchObject({ fileName: 'Inventaris-Perangkat-2026-11-24.xlsx', mimeType: XLSX_MIME })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer)
    const ws = wb.worksheets[0]
    expect(ws.name).toBe('Perangkat')
    expect(ws.getRow(1).values).toEqual([undefined, ...EXPORT_COLUMNS.map((c) => c.header)])
    expect(ws.getRow(1).font?.bold).toBe(true)
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(ws.getColumn(2).width).toBe(28)
    expect(ws.rowCount).toBe(5)
    const header = (name: string) => EXPORT_COLUMNS.findIndex((c) => c.header === name) + 1
    const simpus = ws.getRow(3)
    expect(simpus.getCell(header('Nama Perangkat')).value).toBe('srv-simpus-01')
    expect(simpus.getCell(header('Tanggal Kolokasi')).value).toEqual(new Date('2024-03-12T00:00:00Z'))
    expect(simpus.getCell(header('Tanggal Kolokasi')).numFmt).toBe('dd/mm/yyyy')
    expect(simpus.getCell(header('Posisi U')).value).toBe(10)
    expect(simpus.getCell(header('IP Address')).value).toBe('10.10.1.25, 2001:db8::25')
    const lama = ws.getRow(2)
    expect([lama.getCell(header('Status')).value, lama.getCell(header('Rak')).value, lama.getCell(header('Posisi Terakhir')).value]).toEqual([
      'Ditarik', null, 'R01 U20-U21 (depan, kedalaman penuh)',
    ])
    // Only the filter's devices.
    const filtered = await t.call(dc, 'devices.export', { format: 'xlsx', status: ['Rencana'] })
    const wb2 = new ExcelJS.Workbook()
    await wb2.xlsx.load(Buffer.from(filtered.bytes) as unknown as ArrayBuffer)
    expect(wb2.worksheets[0].rowCount).toBe(2)
  })

  it('writes a .csv in UTF-8 with BOM, ";" between cells, and formulas defused', async () => {
    const file = await t.call(dc, 'devices.export', { format: 'csv', q: 'sw-core' })
    expect(file).toMatchObject({ fileName: 'Inventaris-Perangkat-2026-11-24.csv', mimeType: 'text/csv' })
    const bytes = Buffer.from(file.bytes)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8')
    expect(text.startsWith('\uFEFFID Sidara;Nama Perangkat;Jenis;OPD;')).toBe(true)
    const [, row] = parseCsv(text)
    const cell = (name: string) => row[EXPORT_COLUMNS.findIndex((c) => c.header === name)]
    expect([cell('Nomor Seri'), cell('Telepon Kontak'), cell('OS'), cell('Sisi'), cell('Tanggal Kolokasi')]).toEqual(['="000123"', "'+62 812-7000-2222", "'=SUM(A1)", 'Belakang', ''])
    // Excel shows ="000123" as the text 000123; the file has "=""000123""" because of its quotes.
    expect(text).toContain(';"=""000123""";')
  })

  it.each(['xlsx', 'csv'] as const)('round trip (%s): exporting and importing again changes nothing', async (format) => {
    const before = await everything()
    const audits = await auditCount()
    const file = await t.call(dc, 'devices.export', { format })
    const input = { fileName: file.fileName, bytes: file.bytes }
    const p = await t.call(dc, 'devices.importPreview', input)
    expect(p.counts).toEqual({ create: 0, update: 0, skip: 4, error: 0 })
    expect(p.rows.map((r) => [r.nama, r.catatan])).toEqual([
      ['srv-lama', 'Tidak ada perubahan.'], ['srv-simpus-01', 'Tidak ada perubahan.'], ['sw-core', 'Tidak ada perubahan.'], ['vm-host-tanpa-nomor', 'Tidak ada perubahan.'],
    ])
    const done = await t.call(dc, 'devices.importCommit', { ...input, alasan: 'Uji impor ulang hasil ekspor' })
    expect(done).toMatchObject({ created: 0, updated: 0, skipped: 4, errors: 0 })
    expect(await everything()).toEqual(before)
    expect(await auditCount()).toBe(audits)
  })

  it('an exported sheet edited in Excel updates just what was edited', async () => {
    const file = await t.call(dc, 'devices.export', { format: 'xlsx' })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer)
    const ws = wb.worksheets[0]
    const os = EXPORT_COLUMNS.findIndex((c) => c.header === 'OS') + 1
    ws.getRow(3).getCell(os).value = 'Ubuntu 24.04'
    const edited = Buffer.from(await wb.xlsx.writeBuffer())
    const p = await t.call(dc, 'devices.importPreview', { fileName: 'edit.xlsx', bytes: edited })
    expect(p.rows.filter((r) => r.action !== 'skip').map((r) => [r.nama, r.action, r.perubahan])).toEqual([['srv-simpus-01', 'update', ['Sistem Operasi']]])
  })
})
