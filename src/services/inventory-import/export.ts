import ExcelJS from 'exceljs'
import type { EntityManager } from 'typeorm'
import type { GeneratedFile } from '../../contract/documents'
import type { DeviceDetail } from '../../contract/inventory'
import { IMPORT_FIELD_LABELS as L } from '../../contract/inventory'
import { generated, XLSX_MIME } from '../../documents/generated-file'
import { todayInOffice } from '../../domain/dates'
import { JENIS_PERANGKAT_LABELS, SISI_LABELS } from '../../domain/inventory'
import { findDevices, type DeviceFilter } from '../devices'
import { keepDigitsAsText, toCsv } from './csv'

// Export of the (filtered) device list. The columns carry the titles the import recognises, with "ID Sidara" first,
// so a sheet exported, edited and imported again updates the same devices; an untouched one changes nothing.
// CSV: UTF-8 with BOM, ';' between cells (what Excel with Indonesian regional settings expects), CRLF line ends,
// dates as YYYY-MM-DD. XLSX: one header row (bold, frozen, filter), column widths, dates as real dates.

type Value = string | number | Date | null

interface Column {
  header: string
  width: number
  value: (d: DeviceDetail) => Value
}

const yesNo = (b: boolean) => (b ? 'Ya' : 'Tidak')
const utcDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null)

export const EXPORT_COLUMNS: readonly Column[] = [
  { header: L.id, width: 10, value: (d) => d.id },
  { header: L.nama, width: 28, value: (d) => d.nama },
  { header: L.jenis, width: 11, value: (d) => JENIS_PERANGKAT_LABELS[d.jenis] },
  { header: L.opd, width: 36, value: (d) => d.opdNama },
  { header: L.merek, width: 14, value: (d) => d.merek },
  { header: L.tipe, width: 22, value: (d) => d.tipe },
  { header: L.nomorSeri, width: 18, value: (d) => d.nomorSeri },
  { header: L.kodeBarang, width: 22, value: (d) => d.kodeBarang },
  { header: L.cpu, width: 22, value: (d) => d.cpu },
  { header: L.ram, width: 10, value: (d) => d.ram },
  { header: L.storage, width: 18, value: (d) => d.storage },
  { header: L.spesifikasiLain, width: 24, value: (d) => d.spesifikasiLain },
  { header: L.tinggiU, width: 10, value: (d) => d.tinggiU },
  { header: L.rak, width: 10, value: (d) => d.rakNama },
  { header: L.uBawah, width: 10, value: (d) => d.uBawah },
  { header: L.sisi, width: 10, value: (d) => (d.sisi ? SISI_LABELS[d.sisi] : null) },
  { header: L.kedalamanPenuh, width: 10, value: (d) => yesNo(d.kedalamanPenuh) },
  { header: L.ip, width: 28, value: (d) => d.ip.join(', ') },
  { header: L.os, width: 20, value: (d) => d.os },
  { header: L.aplikasi, width: 30, value: (d) => d.aplikasi },
  { header: L.kontakNama, width: 22, value: (d) => d.kontakNama },
  { header: L.kontakTelepon, width: 16, value: (d) => d.kontakTelepon },
  { header: L.tanggalKolokasi, width: 14, value: (d) => utcDate(d.tanggalKolokasi) },
  { header: L.nomorBaKolokasi, width: 26, value: (d) => d.nomorBaKolokasi },
  { header: L.monitoring, width: 11, value: (d) => yesNo(d.monitoring) },
  { header: L.monitoringHost, width: 20, value: (d) => d.monitoringHost },
  { header: L.status, width: 20, value: (d) => d.status },
  // For reading only: the import does not map these.
  { header: 'Posisi Terakhir', width: 22, value: (d) => d.posisiTerakhir },
  { header: 'Tanggal Ditarik', width: 14, value: (d) => utcDate(d.tanggalDitarik) },
]

async function toXlsx(devices: DeviceDetail[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Sidara'
  const ws = wb.addWorksheet('Perangkat', { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = EXPORT_COLUMNS.map((c) => ({ header: c.header, width: c.width }))
  for (const d of devices) ws.addRow(EXPORT_COLUMNS.map((c) => c.value(d) ?? null))
  const header = ws.getRow(1)
  header.font = { bold: true }
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } }
  header.alignment = { vertical: 'middle', wrapText: true }
  EXPORT_COLUMNS.forEach((c, i) => {
    if (c.header.startsWith('Tanggal')) ws.getColumn(i + 1).numFmt = 'dd/mm/yyyy'
    // Serial and asset numbers are text even when they look like numbers (leading zeros).
    if (c.header === L.nomorSeri || c.header === L.kodeBarang || c.header === L.kontakTelepon) ws.getColumn(i + 1).numFmt = '@'
  })
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_COLUMNS.length } }
  return Buffer.from(await wb.xlsx.writeBuffer())
}

function toCsvBytes(devices: DeviceDetail[]): Buffer {
  const text = (v: Value) => (v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v))
  // Serial, asset, phone and BA numbers keep their leading zeros and every digit when Excel opens the file.
  const digitsAsText = new Set<string>([L.nomorSeri, L.kodeBarang, L.kontakTelepon, L.nomorBaKolokasi])
  const cellOf = (c: Column, d: DeviceDetail) => (digitsAsText.has(c.header) ? keepDigitsAsText(text(c.value(d))) : text(c.value(d)))
  const rows = [EXPORT_COLUMNS.map((c) => c.header), ...devices.map((d) => EXPORT_COLUMNS.map((c) => cellOf(c, d)))]
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(toCsv(rows, ';'), 'utf8')])
}

export async function exportDevices(
  em: EntityManager,
  input: DeviceFilter & { format: 'xlsx' | 'csv'; sortBy: Parameters<typeof findDevices>[2]; sortDesc: boolean },
  now: Date,
): Promise<GeneratedFile> {
  const devices = await findDevices(em, input, input.sortBy, input.sortDesc)
  const base = `Inventaris-Perangkat-${todayInOffice(now)}`
  if (input.format === 'csv') return generated(`${base}.csv`, 'text/csv', toCsvBytes(devices))
  return generated(`${base}.xlsx`, XLSX_MIME, await toXlsx(devices))
}
