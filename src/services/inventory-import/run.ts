import type { EntityManager } from 'typeorm'
import { AppError, DomainError } from '../../contract/errors'
import {
  DeviceDataInput,
  IMPORT_FIELD_LABELS,
  IMPORT_MAX_BYTES,
  type DeviceData,
  type DeviceDetail,
  type ImportCommitResult,
  type ImportField,
  type ImportHeader,
  type ImportPreview,
  type ImportRowError,
  type ImportRowResult,
} from '../../contract/inventory'
import { dialectOf } from '../../db/engines'
import { Perangkat, PerangkatIp, PerangkatUnit } from '../../db/entities'
import { addDays, todayInOffice } from '../../domain/dates'
import { manualTransitionProblem, occupiedUnits, parseIpList, STATUS_AWAL, type StatusPerangkat } from '../../domain/inventory'
import type { AuditInput } from '../audit'
import { auditMany, requireActor, type Ctx } from '../context'
import { checkDeviceAgainst } from '../device-rules'
import { assertStatusChangeAllowed, setDeviceStatus } from '../device-status'
import {
  assertChangeAllowed, changedFields, changeDevice, dataOf, DEVICE_ENTITY, DEVICE_FIELD_LABELS, getDevices, newDeviceRow, newDeviceSnapshot,
} from '../devices'
import { InventoryFacts, readInventory, type InventoryRows } from './facts'
import { detectHeaderRow, mapColumns, normalizeHeader } from './headers'
import { breathe, finishProgress, reportProgress } from './progress'
import { readSpreadsheet, type Grid } from './sheet'
import { isPlaceholder, nameKey, parseDate, parseJenis, parseSisi, parseStatus, parseUnits, parseWhole, parseYesNo, phoneText, rackKey } from './values'

// Import of the inventory spreadsheet. The preview and the commit run the very same code: the inventory is read once
// (facts.ts), every row is read, matched and laid on it in memory through the same rules as the form (device-rules.ts
// `checkDeviceAgainst`); the commit then writes the laid plan in bulk in its one transaction. So what the preview
// promises is exactly what the commit does, and 10,000 rows take seconds, not a minute.
//
// Matching: a row updates the device with its "ID Sidara" (as exported), else the device with its serial number or
// asset number (devices not Ditarik), else - for a row with none of these - the one device of that OPD with that
// name. Blank cells never erase what is recorded; to clear a field, use the form.

export interface ImportRequest {
  fileName: string
  /** The file's bytes (xlsx or csv). */
  bytes: Uint8Array
  sheet?: string
  headerRow?: number
  mapping?: { kolom: number; field: ImportField | null }[]
  /** Rows (as Excel numbers them) whose match with another OPD's device the person confirmed in the preview. */
  konfirmasi?: number[]
  /** Picked by the screen to poll the progress (devices.importKemajuan). */
  token?: string
}

/** Columns that identify a device: a placeholder ("-", "N/A", "tidak ada") in them is empty, never an identity. */
const IDENTITY_FIELDS: readonly ImportField[] = ['id', 'nama', 'nomorSeri', 'kodeBarang']

/** Columns whose digits are text (serial, asset number/NUP, phone, BA number): a rounded number there is refused. */
const TEXT_FIELDS: readonly ImportField[] = ['nomorSeri', 'kodeBarang', 'kontakTelepon', 'nomorBaKolokasi', 'nama', 'id']

/**
 * Tanggal Kolokasi must lie between this day and a year after today. Before 2000 is a slip (an Excel day 0 shows as
 * 1900-01-00); the office's DC is younger. A planned device may carry a date up to a year ahead.
 */
export const TANGGAL_KOLOKASI_PALING_AWAL = '2000-01-01'

const SINGLE_LINE: ImportField[] = ['nama', 'merek', 'tipe', 'merekTipe', 'nomorSeri', 'kodeBarang', 'cpu', 'ram', 'storage', 'os', 'kontakNama',
  'kontakTelepon', 'nomorBaKolokasi', 'monitoringHost', 'opd', 'rak']

/** Which import field a rule's field (as the form names it) belongs to. */
const FORM_TO_IMPORT: Record<string, ImportField> = { opdId: 'opd', rakId: 'rak', uBawah: 'uBawah', sisi: 'sisi' }

/** Labels of changed data fields for the preview ("Posisi" once for rack, unit and face). */
const DATA_LABELS: Partial<Record<keyof DeviceData, string>> = {
  opdId: 'OPD Pemilik', rakId: 'Posisi', uBawah: 'Posisi', sisi: 'Posisi', kedalamanPenuh: 'Kedalaman Penuh', ip: 'Alamat IP',
}

interface Draft {
  baris: number
  raw: Map<ImportField, string>
  values: Partial<DeviceData>
  id: number | null
  status: StatusPerangkat | null
  errors: ImportRowError[]
}

interface Lookup {
  opd: Map<string, number[]>
  rak: Map<string, number[]>
}

/** The import file's bytes as a Buffer over the same memory, checked: not empty, at most IMPORT_MAX_BYTES. */
function checked(data: Uint8Array): Buffer {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  if (bytes.length === 0) throw new DomainError('Berkas kosong.', 'file')
  if (bytes.length > IMPORT_MAX_BYTES) throw new DomainError(`Berkas terlalu besar; batasnya ${IMPORT_MAX_BYTES / 1048576} MB.`, 'file')
  return bytes
}

function lookups(inv: InventoryRows): Lookup {
  const add = (m: Map<string, number[]>, key: string, id: number) => {
    if (!key) return
    const ids = m.get(key) ?? []
    if (!ids.includes(id)) m.set(key, [...ids, id])
  }
  const opd = new Map<string, number[]>()
  for (const o of inv.opds) {
    add(opd, nameKey(o.nama), o.id)
    if (o.singkatan) add(opd, nameKey(o.singkatan), o.id)
  }
  const rak = new Map<string, number[]>()
  for (const r of inv.racks) add(rak, rackKey(r.nama), r.id)
  return { opd, rak }
}

const NO_HEADER_ROW = 'Baris judul kolom tidak ditemukan (misalnya "Nama Server", "No. Seri", "IP Address"). Pilih baris judul dan petakan kolomnya secara manual.'
const NO_KEY_COLUMN = 'Kolom Nama Perangkat, Nomor Seri, atau Kode Barang belum dipetakan. Atur pemetaan kolomnya.'

interface Layout {
  grid: Grid
  headerRow: number
  headers: ImportHeader[]
  /** Why no row can be read yet (no title row found, no key column mapped): the columns are offered for manual mapping. */
  masalah: { field: 'headerRow' | 'mapping'; message: string } | null
}

/**
 * Picks the sheet and its title row, and maps the columns. When detection fails it never ends there: the first
 * filled row is offered as the title row and its columns for manual mapping, with the reason (`masalah`).
 */
function layout(sheets: Grid[], req: ImportRequest): Layout {
  let grid: Grid
  if (req.sheet !== undefined) {
    const found = sheets.find((s) => s.name === req.sheet)
    if (!found) throw new DomainError(`Lembar "${req.sheet}" tidak ada dalam berkas.`, 'sheet')
    grid = found
  } else grid = sheets.find((s) => detectHeaderRow(s.rows) !== null) ?? sheets[0]
  const detected = req.headerRow ?? detectHeaderRow(grid.rows)
  if (detected !== null && detected > grid.rows.length) throw new DomainError(`Lembar ini hanya berisi ${grid.rows.length} baris.`, 'headerRow')
  const firstFilled = grid.rows.findIndex((r) => r.some(Boolean)) + 1
  if (detected === null && firstFilled === 0) throw new DomainError('Lembar ini kosong.', 'headerRow')
  const headerRow = detected ?? firstFilled
  const headers = mapColumns(grid.rows[headerRow - 1], req.mapping)
  const byField = new Map<ImportField, ImportHeader>()
  for (const h of headers) {
    if (!h.field || h.field === 'ip') continue
    const other = byField.get(h.field)
    if (other) throw new DomainError(`Kolom ${other.huruf} dan ${h.huruf} sama-sama dipetakan ke "${IMPORT_FIELD_LABELS[h.field]}". Pilih salah satu.`, 'mapping')
    byField.set(h.field, h)
  }
  const keyMapped = ['id', 'nama', 'nomorSeri', 'kodeBarang'].some((f) => byField.has(f as ImportField))
  const masalah = detected === null && !req.mapping?.length
    ? { field: 'headerRow' as const, message: NO_HEADER_ROW }
    : keyMapped ? null : { field: 'mapping' as const, message: NO_KEY_COLUMN }
  return { grid, headerRow, headers, masalah }
}

/**
 * Rows that are not devices: blank, a repeated title row, a row of column numbers (1 2 3 ...), a merged group title.
 * `titles`: the mapped columns' titles by column number, normalised once per import.
 */
function ignorable(cells: string[], titles: ReadonlyMap<number, string>): boolean {
  const filled = cells.filter(Boolean)
  if (filled.length === 0) return true
  let repeatsTitles = 0
  for (const [kolom, title] of titles) if (cells[kolom - 1] && normalizeHeader(cells[kolom - 1]) === title) repeatsTitles++
  if (repeatsTitles >= 2) return true
  if (filled.length >= 3 && filled.every((c, i) => c === String(i + 1))) return true
  return filled.length >= 3 && new Set(filled).size === 1
}

interface RowContext {
  look: Lookup
  /** Cells of the sheet that Excel rounded ("row,column"). */
  rounded: ReadonlySet<string>
  /** The office's today, for the plausible date range. */
  today: string
}

function readRow(baris: number, cells: string[], headers: ImportHeader[], { look, rounded, today }: RowContext): Draft {
  const draft: Draft = { baris, raw: new Map(), values: {}, id: null, status: null, errors: [] }
  const column = new Map<ImportField, string>()
  const ipTexts: string[] = []
  for (const h of headers) {
    if (!h.field) continue
    let text = cells[h.kolom - 1] ?? ''
    if (SINGLE_LINE.includes(h.field)) text = text.replace(/\s*\n\s*/g, ' ')
    if (IDENTITY_FIELDS.includes(h.field) && isPlaceholder(text)) text = ''
    if (text && TEXT_FIELDS.includes(h.field) && rounded.has(`${baris},${h.kolom}`)) {
      draft.errors.push({ field: h.field, kolom: h.judul, message: `${IMPORT_FIELD_LABELS[h.field]} ${text}: Excel sudah membulatkan angka ini; ketik sebagai teks (awali dengan ').` })
    }
    if (h.field === 'kontakTelepon') text = phoneText(text)
    if (h.field === 'ip') {
      if (text) ipTexts.push(text)
      column.set('ip', column.has('ip') ? column.get('ip')! : h.judul)
      continue
    }
    column.set(h.field, h.judul)
    if (text) draft.raw.set(h.field, text)
  }
  if (ipTexts.length) draft.raw.set('ip', ipTexts.join('\n'))
  const fail = (field: ImportField, message: string) => draft.errors.push({ field, kolom: column.get(field) ?? null, message })
  const v = draft.values
  const text = (f: ImportField) => draft.raw.get(f)
  for (const f of ['nama', 'merek', 'tipe', 'nomorSeri', 'kodeBarang', 'cpu', 'ram', 'storage', 'spesifikasiLain', 'os', 'aplikasi', 'kontakNama',
    'kontakTelepon', 'nomorBaKolokasi', 'monitoringHost'] as const) {
    const t = text(f)
    if (t !== undefined) v[f] = t
  }
  const merekTipe = text('merekTipe')
  if (merekTipe) {
    const [merek, ...rest] = merekTipe.split(' ')
    v.merek ??= merek
    v.tipe ??= rest.join(' ')
  }
  const raw = (f: ImportField) => text(f) as string
  if (text('id')) {
    draft.id = parseWhole(raw('id'))
    if (draft.id === null) fail('id', `ID Sidara "${raw('id')}" tidak valid.`)
  }
  if (text('jenis')) {
    const jenis = parseJenis(raw('jenis'))
    if (jenis) v.jenis = jenis
    else fail('jenis', `Jenis "${raw('jenis')}" tidak dikenal. Pilih Server, Storage, Switch, Firewall, atau Lainnya.`)
  }
  if (text('opd')) {
    const ids = look.opd.get(nameKey(raw('opd'))) ?? []
    if (ids.length === 1) v.opdId = ids[0]
    else if (ids.length > 1) fail('opd', `OPD "${raw('opd')}" cocok dengan lebih dari satu OPD; tulis nama lengkapnya.`)
    else fail('opd', `OPD "${raw('opd')}" tidak ditemukan dalam daftar OPD (cocokkan nama atau singkatannya).`)
  }
  if (text('tinggiU')) {
    const t = parseWhole(raw('tinggiU'))
    if (t !== null) v.tinggiU = t
    else fail('tinggiU', `Tinggi (U) "${raw('tinggiU')}" bukan angka.`)
  }
  if (text('rak')) {
    const ids = look.rak.get(rackKey(raw('rak'))) ?? []
    if (ids.length === 1) v.rakId = ids[0]
    else fail('rak', `Rak "${raw('rak')}" tidak ditemukan. Tambahkan raknya dulu di menu Rak.`)
  }
  if (text('uBawah')) {
    const units = parseUnits(raw('uBawah'))
    if (!units) fail('uBawah', `Posisi U "${raw('uBawah')}" tidak dapat dibaca (contoh: 10 atau U10-U11).`)
    else {
      v.uBawah = units.uBawah
      if (units.tinggi !== null) {
        if (v.tinggiU !== undefined && v.tinggiU !== units.tinggi) {
          fail('uBawah', `Posisi ${raw('uBawah')} berarti ${units.tinggi}U, tetapi Tinggi (U) tertulis ${v.tinggiU}.`)
        } else v.tinggiU = units.tinggi
      }
    }
  }
  if (text('sisi')) {
    const sisi = parseSisi(raw('sisi'))
    if (sisi) v.sisi = sisi
    else fail('sisi', `Sisi "${raw('sisi')}" tidak dikenal (Depan atau Belakang).`)
  }
  for (const f of ['kedalamanPenuh', 'monitoring'] as const) {
    if (!text(f)) continue
    const yes = parseYesNo(raw(f))
    if (yes === null) fail(f, `${IMPORT_FIELD_LABELS[f]} "${raw(f)}" harus Ya atau Tidak.`)
    else v[f] = yes
  }
  if (text('ip')) {
    const { ips, problems } = parseIpList(raw('ip'))
    if (problems.length) fail('ip', problems.join(' '))
    else v.ip = ips
  }
  if (text('tanggalKolokasi')) {
    const d = parseDate(raw('tanggalKolokasi'))
    const latest = addDays(today, 366)
    if (d && d < TANGGAL_KOLOKASI_PALING_AWAL) fail('tanggalKolokasi', `Tanggal Kolokasi ${d} terlalu lama (sebelum tahun 2000); periksa isi selnya.`)
    else if (d && d > latest) fail('tanggalKolokasi', `Tanggal Kolokasi ${d} lebih dari setahun ke depan; periksa isi selnya.`)
    else if (d) v.tanggalKolokasi = d
    else fail('tanggalKolokasi', `Tanggal Kolokasi "${raw('tanggalKolokasi')}" tidak dapat dibaca (contoh: 12/03/2024).`)
  }
  if (text('status')) {
    draft.status = parseStatus(raw('status'))
    if (!draft.status) fail('status', `Status "${raw('status')}" tidak dikenal (Rencana, Aktif, Dalam Proses Penarikan, Ditarik, Nonaktif).`)
  }
  return draft
}

const DEFAULTS: Omit<DeviceData, 'opdId'> = {
  nama: '', jenis: 'server', merek: '', tipe: '', nomorSeri: '', kodeBarang: '', cpu: '', ram: '', storage: '', spesifikasiLain: '', tinggiU: 1,
  rakId: null, uBawah: null, sisi: null, kedalamanPenuh: true, ip: [], os: '', aplikasi: '', kontakNama: '', kontakTelepon: '',
  tanggalKolokasi: null, nomorBaKolokasi: '', monitoring: false, monitoringHost: '',
}

/** The row laid over what is recorded (or over the defaults for a new device), checked like the form. */
function merge(draft: Draft, existing: DeviceDetail | null, columnOf: (f: ImportField) => string | null): DeviceData | null {
  const base: Partial<DeviceData> = existing ? dataOf(existing) : { ...DEFAULTS }
  const v = draft.values
  const merged: Partial<DeviceData> = { ...base, ...v }
  const fail = (field: ImportField, message: string) => draft.errors.push({ field, kolom: columnOf(field), message })
  if (v.rakId !== undefined) {
    if (v.uBawah === undefined) fail('uBawah', 'Posisi U wajib diisi bila Rak diisi.')
    merged.sisi = v.sisi ?? (base.rakId !== null ? base.sisi : null) ?? 'depan'
  } else if (v.uBawah !== undefined && base.rakId === null) {
    fail('rak', 'Rak wajib diisi bila Posisi U diisi.')
  }
  if (!existing && !v.opdId && !draft.errors.some((e) => e.field === 'opd')) fail('opd', 'OPD wajib diisi untuk perangkat baru.')
  if (draft.errors.length) return null
  const parsed = DeviceDataInput.safeParse(merged)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '')
      const field = (FORM_TO_IMPORT[key] ?? key) as ImportField
      fail(field, issue.message)
    }
    return null
  }
  return parsed.data
}

function labelOf(draft: Draft, existing: DeviceDetail | null): string {
  return draft.values.nama || existing?.nama || draft.values.nomorSeri || draft.values.kodeBarang || `Baris ${draft.baris}`
}

/**
 * Every recorded device's identities, from the one read of the inventory (no query per row). Keys are upper case,
 * as SQLite's NOCASE compares them; "present" means not Ditarik.
 */
interface DeviceIndex {
  serial: Map<string, number[]>
  asset: Map<string, number[]>
  withdrawnSerial: Map<string, number[]>
  withdrawnAsset: Map<string, number[]>
  /** `NAME|opdId` of present devices. */
  nameInOpd: Map<string, number[]>
  /** Every device's name by id (Ditarik too). */
  nama: Map<number, string>
}

function deviceIndex(inv: InventoryRows): DeviceIndex {
  const index: DeviceIndex = { serial: new Map(), asset: new Map(), withdrawnSerial: new Map(), withdrawnAsset: new Map(), nameInOpd: new Map(), nama: new Map() }
  const add = (m: Map<string, number[]>, key: string | null, id: number) => {
    if (!key) return
    const k = key.toUpperCase()
    const ids = m.get(k)
    if (ids) ids.push(id)
    else m.set(k, [id])
  }
  for (const r of inv.devices) {
    index.nama.set(r.id, r.nama)
    if (r.status === 'Ditarik') {
      add(index.withdrawnSerial, r.nomorSeri, r.id)
      add(index.withdrawnAsset, r.kodeBarang, r.id)
    } else {
      add(index.serial, r.nomorSeri, r.id)
      add(index.asset, r.kodeBarang, r.id)
      add(index.nameInOpd, `${r.nama}|${r.opdId}`, r.id)
    }
  }
  return index
}

const idsOf = (m: Map<string, number[]>, key: string | undefined) => (key ? (m.get(key.toUpperCase()) ?? []) : [])

interface Matched {
  /** The recorded device the row updates. */
  deviceId: number | null
  /** A withdrawn device with the row's serial or asset number, when nothing else matched. */
  withdrawnId: number | null
}

/** Which recorded device a row means, from the index alone; null (with the row's error) when the row contradicts itself. */
function matchDevice(index: DeviceIndex, draft: Draft, columnOf: (f: ImportField) => string | null): Matched | null {
  const fail = (field: ImportField, message: string) => {
    draft.errors.push({ field, kolom: columnOf(field), message })
    return null
  }
  const { nomorSeri, kodeBarang } = draft.values
  const [bySerial] = idsOf(index.serial, nomorSeri)
  const [byAsset] = idsOf(index.asset, kodeBarang)
  if (draft.id !== null) {
    if (!index.nama.has(draft.id)) return fail('id', `ID Sidara ${draft.id} tidak ditemukan.`)
    if (bySerial !== undefined && bySerial !== draft.id) {
      return fail('nomorSeri', `Nomor seri ${nomorSeri} sudah tercatat pada perangkat lain (${index.nama.get(bySerial)}).`)
    }
    if (byAsset !== undefined && byAsset !== draft.id) {
      return fail('kodeBarang', `Kode barang ${kodeBarang} sudah tercatat pada perangkat lain (${index.nama.get(byAsset)}).`)
    }
    return { deviceId: draft.id, withdrawnId: null }
  }
  if (bySerial !== undefined && byAsset !== undefined && bySerial !== byAsset) {
    return fail('kodeBarang', `Nomor seri menunjuk ke perangkat ${index.nama.get(bySerial)}, sedangkan kode barang ke perangkat ${index.nama.get(byAsset)}.`)
  }
  const id = bySerial ?? byAsset
  if (id !== undefined) return { deviceId: id, withdrawnId: null }
  if (!nomorSeri && !kodeBarang && draft.values.nama && draft.values.opdId) {
    const ids = idsOf(index.nameInOpd, `${draft.values.nama}|${draft.values.opdId}`)
    if (ids.length === 1) return { deviceId: ids[0], withdrawnId: null }
  }
  const [gone] = [...idsOf(index.withdrawnSerial, nomorSeri), ...idsOf(index.withdrawnAsset, kodeBarang)]
  return { deviceId: null, withdrawnId: gone ?? null }
}

interface Planned {
  draft: Draft
  result: ImportRowResult
  data: DeviceData | null
  existing: DeviceDetail | null
  status: StatusPerangkat | null
}

/** Reports how far the import is (for the progress bar); a no-op without a token. */
type Progress = (tahap: 'memeriksa' | 'menyimpan', selesai: number, total: number) => void

/**
 * Reads and checks every row against the inventory as it was before the import (no writes): rows are read and
 * matched first, then every matched device is read at once, then each row is judged.
 */
async function plan(
  em: EntityManager, inv: InventoryRows, grid: Grid, headerRow: number, headers: ImportHeader[], today: string, konfirmasi: ReadonlySet<number>, progress: Progress,
): Promise<Planned[]> {
  const rowContext: RowContext = { look: lookups(inv), rounded: grid.rounded ?? new Set(), today }
  const index = deviceIndex(inv)
  const headerCells = grid.rows[headerRow - 1]
  const titles = new Map(headers.filter((h) => h.field).map((h) => [h.kolom, normalizeHeader(headerCells[h.kolom - 1] ?? '')]))
  const columnOf = (f: ImportField) => headers.find((h) => h.field === f)?.judul ?? null
  const identityColumns = headers.filter((h) => h.field === 'nama' || h.field === 'nomorSeri' || h.field === 'kodeBarang' || h.field === 'id')
  const seen = { serial: new Map<string, number>(), asset: new Map<string, number>(), device: new Map<number, number>() }
  const planned: Planned[] = []
  const matches = new Map<Planned, Matched>()
  const total = grid.rows.length - headerRow
  for (let i = headerRow; i < grid.rows.length; i++) {
    if ((i - headerRow) % 250 === 0) progress('memeriksa', i - headerRow, total)
    await breathe(i - headerRow)
    const cells = grid.rows[i]
    if (ignorable(cells, titles)) continue
    const result: ImportRowResult = { baris: i + 1, action: 'skip', perangkatId: null, nama: '', errors: [], perubahan: [], catatan: null }
    if (!identityColumns.some((h) => !isPlaceholder(cells[h.kolom - 1] ?? ''))) {
      // A note under the table ("Batam, 12 Maret 2024") is not a device; a row with data but no name is shown, not guessed.
      if (cells.filter(Boolean).length <= 1) continue
      planned.push({ draft: { baris: i + 1, raw: new Map(), values: {}, id: null, status: null, errors: [] }, result, data: null, existing: null, status: null })
      result.nama = `Baris ${i + 1}`
      result.catatan = 'Baris tanpa nama perangkat, nomor seri, atau kode barang dilewati.'
      continue
    }
    const draft = readRow(i + 1, cells, headers, rowContext)
    result.errors = draft.errors
    const entry: Planned = { draft, result, data: null, existing: null, status: null }
    planned.push(entry)
    const { nomorSeri, kodeBarang } = draft.values
    const dupe = (map: Map<string, number>, value: string | undefined, field: ImportField, what: string) => {
      if (!value) return
      const key = value.toUpperCase()
      const first = map.get(key)
      if (first !== undefined) draft.errors.push({ field, kolom: columnOf(field), message: `${what} ${value} sama dengan baris ${first}.` })
      else map.set(key, draft.baris)
    }
    dupe(seen.serial, nomorSeri, 'nomorSeri', 'Nomor seri')
    dupe(seen.asset, kodeBarang, 'kodeBarang', 'Kode barang')
    const matched = draft.errors.length ? null : matchDevice(index, draft, columnOf)
    if (matched) matches.set(entry, matched)
    else result.nama = labelOf(draft, null)
  }
  const details = await getDevices(em, [...matches.values()].flatMap((m) => [m.deviceId ?? [], m.withdrawnId ?? []].flat()))
  for (const [entry, matched] of matches) judge(entry, matched, details, seen.device, konfirmasi, columnOf)
  progress('memeriksa', total, total)
  return planned
}

/** Decides what a matched row does (create, update, skip) and why not, as the form would. */
function judge(
  entry: Planned, matched: Matched, details: Map<number, DeviceDetail>, seenDevice: Map<number, number>, konfirmasi: ReadonlySet<number>,
  columnOf: (f: ImportField) => string | null,
): void {
  const { draft, result } = entry
  const existing = matched.deviceId === null ? null : details.get(matched.deviceId)!
  const withdrawn = matched.withdrawnId === null ? null : details.get(matched.withdrawnId)!
  entry.existing = existing
  result.perangkatId = existing?.id ?? null
  result.nama = labelOf(draft, existing)
  if (existing) {
    const first = seenDevice.get(existing.id)
    if (first !== undefined) {
      draft.errors.push({ field: null, kolom: null, message: `Perangkat ${existing.nama} sudah diperbarui oleh baris ${first}.` })
      return
    }
    seenDevice.set(existing.id, draft.baris)
    // A serial or asset number found on another OPD's device may be a typing slip: the person confirms it's the same one.
    const otherOpd = draft.id === null && draft.values.opdId !== undefined && draft.values.opdId !== existing.opdId
    if (otherOpd && !konfirmasi.has(draft.baris)) {
      const by = draft.values.nomorSeri && existing.nomorSeri.toUpperCase() === draft.values.nomorSeri.toUpperCase() ? 'Nomor seri' : 'Kode barang'
      const field: ImportField = by === 'Nomor seri' ? 'nomorSeri' : 'kodeBarang'
      result.konfirmasi = true
      draft.errors.push({
        field, kolom: columnOf(field),
        message: `${by} ini tercatat pada perangkat ${existing.nama} milik ${existing.opdNama}, bukan ${draft.raw.get('opd')}. Centang konfirmasi bila memang perangkat yang sama dan pindah OPD.`,
      })
      return
    }
  } else if (withdrawn) {
    if (draft.status === 'Ditarik') {
      result.perangkatId = withdrawn.id
      result.catatan = 'Perangkat ini sudah Ditarik; tidak diubah.'
    } else {
      draft.errors.push({
        field: draft.values.nomorSeri ? 'nomorSeri' : 'kodeBarang',
        kolom: columnOf(draft.values.nomorSeri ? 'nomorSeri' : 'kodeBarang'),
        message: `${draft.values.nomorSeri ? 'Nomor seri' : 'Kode barang'} ini tercatat pada perangkat ${withdrawn.nama} yang sudah Ditarik. Perangkat yang masuk kembali dicatat melalui formulir Perangkat.`,
      })
    }
    return
  }
  const data = merge(draft, existing, columnOf)
  if (!data) return
  if (!existing) {
    const status = draft.status ?? 'Aktif'
    if (!(STATUS_AWAL as readonly string[]).includes(status)) {
      draft.errors.push({ field: 'status', kolom: columnOf('status'), message: 'Perangkat baru hanya dapat dicatat dengan status Rencana, Aktif, atau Nonaktif (Ditarik hanya melalui proses penarikan).' })
      return
    }
    Object.assign(entry, { data, status })
    result.action = 'create'
    return
  }
  const changes = changedFields(dataOf(existing), data)
  const statusChange = draft.status !== null && draft.status !== existing.status ? draft.status : null
  if (existing.status === 'Ditarik' && (changes.length || statusChange)) {
    draft.errors.push({ field: null, kolom: null, message: 'Perangkat ini sudah Ditarik; datanya tidak diubah lewat impor.' })
    return
  }
  if (statusChange) {
    const problem = manualTransitionProblem(existing.status, statusChange)
    if (problem) {
      draft.errors.push({ field: 'status', kolom: columnOf('status'), message: problem })
      return
    }
  }
  if (!changes.length && !statusChange) {
    result.catatan = 'Tidak ada perubahan.'
    return
  }
  const labels = changes.map((k) => DATA_LABELS[k] ?? DEVICE_FIELD_LABELS[k] ?? k)
  if (statusChange) labels.push('Status')
  result.perubahan = [...new Set(labels)]
  result.action = 'update'
  Object.assign(entry, { data, status: statusChange })
}

/** True when the row moves its device: its old units are freed before any row is laid (swaps within one file). */
function moves(p: Planned): boolean {
  const [a, b] = [p.existing, p.data]
  if (!a || !b || a.rakId === null || p.result.action !== 'update') return false
  return a.rakId !== b.rakId || a.uBawah !== b.uBawah || a.sisi !== b.sisi || a.tinggiU !== b.tinggiU || a.kedalamanPenuh !== b.kedalamanPenuh
}

const toWrite = (planned: Planned[]) => planned.filter((p) => !p.result.errors.length && p.result.action !== 'skip' && p.data)

/**
 * Lays the whole plan on the inventory in memory, row by row in file order, through the rules every write passes
 * (checkDeviceAgainst, assertChangeAllowed, assertStatusChangeAllowed); a row a rule refuses gets the rule's message.
 * The units of every device the file moves are freed first, so the final positions must be free and consistent
 * (srv-a U10 <-> srv-b U12 works in either order) and a true conflict names the row that took the place. When a
 * moving row is refused, its device still stands where it stood: the plan is laid again without that row.
 * Returns the facts with the plan laid (the names the audit needs).
 */
async function layPlan(inv: InventoryRows, planned: Planned[], reason: string, columnOf: (f: ImportField) => string | null): Promise<InventoryFacts> {
  for (;;) {
    const facts = new InventoryFacts(inv)
    const todo = toWrite(planned)
    const moving = todo.filter(moves)
    for (const p of moving) facts.free(p.existing!.id)
    const refused = await layRows(facts, todo, reason, columnOf)
    if (!refused.some((p) => moving.includes(p))) return facts
  }
}

/** The rows laid one by one; returns those a rule refused (their errors recorded, action skip). */
async function layRows(facts: InventoryFacts, todo: Planned[], reason: string, columnOf: (f: ImportField) => string | null): Promise<Planned[]> {
  // Devices laid by this file, by id (a new device's stand-in id is minus its row), with the row that laid them.
  const laidBy = new Map<number, number>()
  const describe = (id: number, nama: string) => (laidBy.has(id) ? `${nama} (baris ${laidBy.get(id)})` : nama)
  const refused: Planned[] = []
  for (const [i, p] of todo.entries()) {
    await breathe(i, 2000)
    const { result, data } = p
    if (!data) continue
    try {
      let id: number
      if (result.action === 'create') {
        id = -result.baris
        await checkDeviceAgainst(facts, data, { selfId: null, describe })
        facts.place(id, data, p.status ?? 'Aktif')
      } else {
        const before = p.existing!
        id = before.id
        if (changedFields(dataOf(before), data).length) {
          assertChangeAllowed(before, data, reason)
          await checkDeviceAgainst(facts, data, { selfId: id, describe })
        }
        if (p.status) assertStatusChangeAllowed(before, p.status)
        facts.place(id, data, p.status ?? before.status)
      }
      laidBy.set(id, result.baris)
    } catch (e) {
      if (!(e instanceof AppError)) throw e
      const key = Object.keys(e.fields ?? {})[0]
      const field = key && key !== 'alasan' ? ((FORM_TO_IMPORT[key] ?? key) as ImportField) : null
      result.errors.push({ field, kolom: field ? columnOf(field) : null, message: e.message })
      result.action = 'skip'
      result.perubahan = []
      refused.push(p)
    }
  }
  return refused
}

/** Rows of one multi-row INSERT of perangkat (about 33 columns each: 16,500 parameters, under SQLite's 32,766). */
const DEVICE_BATCH = 500
/** Rows of one INSERT of perangkat_ip or perangkat_unit (3-4 columns each). */
const SMALL_BATCH = 2000

async function insertSmall(em: EntityManager, entity: typeof PerangkatIp | typeof PerangkatUnit, rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += SMALL_BATCH) {
    await em.createQueryBuilder().insert().into(entity).values(rows.slice(i, i + SMALL_BATCH)).updateEntity(false).execute()
  }
}

/**
 * Writes the laid plan in the operation's one transaction (so a failure leaves nothing): the moving devices' units
 * are freed, new devices go in by 500 with their IP addresses and units in multi-row INSERTs and one audit entry each
 * (chained in one batch), then changed devices through changeDevice/setDeviceStatus (which check the rules once more
 * against the database). A rule that refuses here, after the plan passed in memory, aborts the whole import.
 */
async function writePlan(ctx: Ctx, planned: Planned[], facts: InventoryFacts, reason: string, progress: Progress): Promise<void> {
  const todo = toWrite(planned)
  const actor = requireActor(ctx)
  const now = ctx.now.toISOString()
  const moving = todo.filter(moves).map((p) => p.existing!.id)
  for (let i = 0; i < moving.length; i += 500) {
    await ctx.em.createQueryBuilder().delete().from(PerangkatUnit).where('perangkat_id IN (:...ids)', { ids: moving.slice(i, i + 500) }).execute()
  }
  const creates = todo.filter((p) => p.result.action === 'create')
  const updates = todo.filter((p) => p.result.action === 'update')
  const total = todo.length
  const entries: AuditInput[] = []
  const dialect = dialectOf(ctx.em)
  await dialect.indexNewDevicesOnce(ctx.em, async () => {
    const all: number[] = []
    for (let i = 0; i < creates.length; i += DEVICE_BATCH) {
      progress('menyimpan', i, total)
      const batch = creates.slice(i, i + DEVICE_BATCH)
      const ids = await dialect.insertMany(ctx.em, Perangkat, batch.map((p) => newDeviceRow(p.data!, p.status ?? 'Aktif', actor.userId, now)))
      const ips: object[] = []
      const units: object[] = []
      for (const [k, p] of batch.entries()) {
        const d = p.data!
        const status = p.status ?? 'Aktif'
        p.result.perangkatId = ids[k]
        d.ip.forEach((alamat, n) => ips.push({ perangkatId: ids[k], urutan: n + 1, alamat }))
        if (d.rakId !== null) for (const s of occupiedUnits({ ...d, status })) units.push({ rakId: d.rakId, u: s.u, sisi: s.sisi, perangkatId: ids[k] })
        entries.push({ entityType: DEVICE_ENTITY, entityId: ids[k], after: newDeviceSnapshot(d, status, facts.opdNama.get(d.opdId) ?? '', facts.rackName(d.rakId)), reason })
      }
      await insertSmall(ctx.em, PerangkatIp, ips)
      await insertSmall(ctx.em, PerangkatUnit, units)
      all.push(...ids)
    }
    return all
  })
  await auditMany(ctx, entries)
  for (const [k, p] of updates.entries()) {
    if (k % 50 === 0) progress('menyimpan', creates.length + k, total)
    let device = p.existing!
    if (changedFields(dataOf(device), p.data!).length) device = await changeDevice(ctx, device, p.data!, reason)
    if (p.status) device = await setDeviceStatus(ctx, { id: device.id, versi: device.versi, status: p.status, alasan: reason })
  }
  progress('menyimpan', total, total)
}

async function runImport(ctx: Ctx, req: ImportRequest, reason: string, kept: boolean) {
  const progress: Progress = (tahap, selesai, total) => reportProgress(ctx.session.id, req.token, tahap, selesai, total)
  try {
    const sheet = await readSpreadsheet(checked(req.bytes), req.fileName)
    const { grid, headerRow, headers, masalah } = layout(sheet.sheets, req)
    if (masalah && kept) throw new DomainError(masalah.message, masalah.field)
    const columnOf = (f: ImportField) => headers.find((h) => h.field === f)?.judul ?? null
    let planned: Planned[] = []
    if (!masalah) {
      const inv = await readInventory(ctx.em)
      planned = await plan(ctx.em, inv, grid, headerRow, headers, todayInOffice(ctx.now), new Set(req.konfirmasi ?? []), progress)
      const facts = await layPlan(inv, planned, reason, columnOf)
      if (kept) await writePlan(ctx, planned, facts, reason, progress)
    }
    const rows = planned.map((p) => p.result)
    return { format: sheet.format, sheets: sheet.sheets.map((s) => s.name), sheet: grid.name, headerRow, headers, rows, masalah }
  } finally {
    finishProgress(ctx.session.id, req.token)
  }
}

function count(rows: ImportRowResult[]) {
  return {
    create: rows.filter((r) => r.action === 'create').length,
    update: rows.filter((r) => r.action === 'update').length,
    skip: rows.filter((r) => r.action === 'skip' && r.errors.length === 0).length,
    error: rows.filter((r) => r.errors.length > 0).length,
  }
}

/**
 * devices.importPreview: the whole plan read, matched and laid on the inventory in memory through the same rules the
 * commit passes; nothing is written (so there is nothing to roll back).
 */
export async function previewImport(ctx: Ctx, req: ImportRequest): Promise<ImportPreview> {
  const result = await runImport(ctx, req, 'Pratinjau impor', false)
  return { ...result, counts: count(result.rows) }
}

/** devices.importCommit: the same plan, then written in the operation's own transaction. */
export async function commitImport(ctx: Ctx, req: ImportRequest & { alasan: string }): Promise<ImportCommitResult> {
  const { rows } = await runImport(ctx, req, req.alasan, true)
  const c = count(rows)
  return { created: c.create, updated: c.update, skipped: c.skip, errors: c.error, rows }
}
