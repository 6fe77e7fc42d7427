import type { EntityManager } from 'typeorm'
import { AppError, DomainError, NotFoundError } from '../../api/contract/errors'
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
} from '../../api/contract/inventory'
import { manualTransitionProblem, parseIpList, STATUS_AWAL, type StatusPerangkat } from '../../domain/inventory'
import { makeCtx, type Ctx } from '../context'
import { setDeviceStatus } from '../device-status'
import { changedFields, changeDevice, dataOf, DEVICE_FIELD_LABELS, getDevice, insertDevice } from '../devices'
import { detectHeaderRow, mapColumns, normalizeHeader } from './headers'
import { readSpreadsheet, type Grid } from './sheet'
import { addDays, todayInOffice } from '../../domain/dates'
import { isPlaceholder, nameKey, parseDate, parseJenis, parseSisi, parseStatus, parseUnits, parseWhole, parseYesNo, phoneText, rackKey } from './values'

// Import of the inventory spreadsheet. The preview and the commit run the very same code, row by row, through the
// same rules as the form (each row inside a savepoint, so a refused row leaves nothing behind); the preview then rolls
// everything back. So what the preview promises is exactly what the commit does.
//
// Matching: a row updates the device with its "ID Sidara" (as exported), else the device with its serial number or
// asset number (devices not Ditarik), else - for a row with none of these - the one device of that OPD with that
// name. Blank cells never erase what is recorded; to clear a field, use the form.

export interface ImportRequest {
  fileName: string
  dataBase64: string
  sheet?: string
  headerRow?: number
  mapping?: { kolom: number; field: ImportField | null }[]
  /** Rows (as Excel numbers them) whose match with another OPD's device the person confirmed in the preview. */
  konfirmasi?: number[]
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

function decode(dataBase64: string): Buffer {
  const bytes = Buffer.from(dataBase64, 'base64')
  if (bytes.length === 0) throw new DomainError('Berkas kosong.', 'file')
  if (bytes.length > IMPORT_MAX_BYTES) throw new DomainError(`Berkas terlalu besar; batasnya ${IMPORT_MAX_BYTES / 1048576} MB.`, 'file')
  return bytes
}

async function lookups(em: EntityManager): Promise<Lookup> {
  const add = (m: Map<string, number[]>, key: string, id: number) => {
    if (!key) return
    const ids = m.get(key) ?? []
    if (!ids.includes(id)) m.set(key, [...ids, id])
  }
  const opd = new Map<string, number[]>()
  for (const o of (await em.query('SELECT id, nama, singkatan FROM opd')) as { id: number; nama: string; singkatan: string | null }[]) {
    add(opd, nameKey(o.nama), Number(o.id))
    if (o.singkatan) add(opd, nameKey(o.singkatan), Number(o.id))
  }
  const rak = new Map<string, number[]>()
  for (const r of (await em.query('SELECT id, nama FROM rak')) as { id: number; nama: string }[]) add(rak, rackKey(r.nama), Number(r.id))
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

/** Rows that are not devices: blank, a repeated title row, a row of column numbers (1 2 3 ...), a merged group title. */
function ignorable(cells: string[], headerCells: readonly string[], headers: ImportHeader[]): boolean {
  const filled = cells.filter(Boolean)
  if (filled.length === 0) return true
  const repeatsTitles = headers.filter((h) => h.field && cells[h.kolom - 1] && normalizeHeader(cells[h.kolom - 1]) === normalizeHeader(headerCells[h.kolom - 1] ?? '')).length
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
 * Every recorded device's identities, read once per import (one query instead of four per row). Keys are upper case,
 * as SQLite's NOCASE compares them; "present" means not Ditarik.
 */
interface DeviceIndex {
  serial: Map<string, number[]>
  asset: Map<string, number[]>
  withdrawnSerial: Map<string, number[]>
  withdrawnAsset: Map<string, number[]>
  /** `NAME|opdId` of present devices. */
  nameInOpd: Map<string, number[]>
}

async function deviceIndex(em: EntityManager): Promise<DeviceIndex> {
  const rows: { id: number; nama: string; opdId: number; nomorSeri: string | null; kodeBarang: string | null; status: string }[] = await em
    .createQueryBuilder()
    .select(['p.id AS "id"', 'p.nama AS "nama"', 'p.opd_id AS "opdId"', 'p.nomor_seri AS "nomorSeri"', 'p.kode_barang AS "kodeBarang"', 'p.status AS "status"'])
    .from('perangkat', 'p')
    .orderBy('p.id')
    .getRawMany()
  const index: DeviceIndex = { serial: new Map(), asset: new Map(), withdrawnSerial: new Map(), withdrawnAsset: new Map(), nameInOpd: new Map() }
  const add = (m: Map<string, number[]>, key: string | null, id: number) => {
    if (!key) return
    const k = key.toUpperCase()
    m.set(k, [...(m.get(k) ?? []), id])
  }
  for (const r of rows) {
    const id = Number(r.id)
    if (r.status === 'Ditarik') {
      add(index.withdrawnSerial, r.nomorSeri, id)
      add(index.withdrawnAsset, r.kodeBarang, id)
    } else {
      add(index.serial, r.nomorSeri, id)
      add(index.asset, r.kodeBarang, id)
      add(index.nameInOpd, `${r.nama}|${Number(r.opdId)}`, id)
    }
  }
  return index
}

const idsOf = (m: Map<string, number[]>, key: string | undefined) => (key ? (m.get(key.toUpperCase()) ?? []) : [])

interface Matched {
  device: DeviceDetail | null
  /** A withdrawn device with the row's serial or asset number, when nothing else matched. */
  withdrawn: DeviceDetail | null
}

async function matchDevice(em: EntityManager, index: DeviceIndex, draft: Draft, columnOf: (f: ImportField) => string | null): Promise<Matched | null> {
  const fail = (field: ImportField, message: string) => {
    draft.errors.push({ field, kolom: columnOf(field), message })
    return null
  }
  const { nomorSeri, kodeBarang } = draft.values
  const [bySerial] = idsOf(index.serial, nomorSeri)
  const [byAsset] = idsOf(index.asset, kodeBarang)
  if (draft.id !== null) {
    let device: DeviceDetail
    try {
      device = await getDevice(em, draft.id)
    } catch (e) {
      if (e instanceof NotFoundError) return fail('id', `ID Sidara ${draft.id} tidak ditemukan.`)
      throw e
    }
    if (bySerial !== undefined && bySerial !== device.id) {
      return fail('nomorSeri', `Nomor seri ${nomorSeri} sudah tercatat pada perangkat lain (${(await getDevice(em, bySerial)).nama}).`)
    }
    if (byAsset !== undefined && byAsset !== device.id) {
      return fail('kodeBarang', `Kode barang ${kodeBarang} sudah tercatat pada perangkat lain (${(await getDevice(em, byAsset)).nama}).`)
    }
    return { device, withdrawn: null }
  }
  if (bySerial !== undefined && byAsset !== undefined && bySerial !== byAsset) {
    const [a, b] = [await getDevice(em, bySerial), await getDevice(em, byAsset)]
    return fail('kodeBarang', `Nomor seri menunjuk ke perangkat ${a.nama}, sedangkan kode barang ke perangkat ${b.nama}.`)
  }
  const id = bySerial ?? byAsset
  if (id !== undefined) return { device: await getDevice(em, id), withdrawn: null }
  if (!nomorSeri && !kodeBarang && draft.values.nama && draft.values.opdId) {
    const ids = idsOf(index.nameInOpd, `${draft.values.nama}|${draft.values.opdId}`)
    if (ids.length === 1) return { device: await getDevice(em, ids[0]), withdrawn: null }
  }
  const [gone] = [
    ...idsOf(index.withdrawnSerial, nomorSeri),
    ...idsOf(index.withdrawnAsset, kodeBarang),
  ]
  return { device: null, withdrawn: gone === undefined ? null : await getDevice(em, gone) }
}

interface Planned {
  draft: Draft
  result: ImportRowResult
  data: DeviceData | null
  existing: DeviceDetail | null
  status: StatusPerangkat | null
}

/** Reads and checks every row against the database as it was before the import (no writes yet). */
async function plan(em: EntityManager, grid: Grid, headerRow: number, headers: ImportHeader[], today: string, konfirmasi: ReadonlySet<number>): Promise<Planned[]> {
  const rowContext: RowContext = { look: await lookups(em), rounded: grid.rounded ?? new Set(), today }
  const index = await deviceIndex(em)
  const headerCells = grid.rows[headerRow - 1]
  const columnOf = (f: ImportField) => headers.find((h) => h.field === f)?.judul ?? null
  const identityColumns = headers.filter((h) => h.field === 'nama' || h.field === 'nomorSeri' || h.field === 'kodeBarang' || h.field === 'id')
  const seen = { serial: new Map<string, number>(), asset: new Map<string, number>(), device: new Map<number, number>() }
  const planned: Planned[] = []
  for (let i = headerRow; i < grid.rows.length; i++) {
    const cells = grid.rows[i]
    if (ignorable(cells, headerCells, headers)) continue
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
    const matched = draft.errors.length ? null : await matchDevice(em, index, draft, columnOf)
    const existing = matched?.device ?? null
    entry.existing = existing
    result.perangkatId = existing?.id ?? null
    result.nama = labelOf(draft, existing)
    if (!matched) continue
    if (existing) {
      const first = seen.device.get(existing.id)
      if (first !== undefined) {
        draft.errors.push({ field: null, kolom: null, message: `Perangkat ${existing.nama} sudah diperbarui oleh baris ${first}.` })
        continue
      }
      seen.device.set(existing.id, draft.baris)
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
        continue
      }
    } else if (matched.withdrawn) {
      if (draft.status === 'Ditarik') {
        result.perangkatId = matched.withdrawn.id
        result.catatan = 'Perangkat ini sudah Ditarik; tidak diubah.'
      } else {
        draft.errors.push({
          field: draft.values.nomorSeri ? 'nomorSeri' : 'kodeBarang',
          kolom: columnOf(draft.values.nomorSeri ? 'nomorSeri' : 'kodeBarang'),
          message: `${draft.values.nomorSeri ? 'Nomor seri' : 'Kode barang'} ini tercatat pada perangkat ${matched.withdrawn.nama} yang sudah Ditarik. Perangkat yang masuk kembali dicatat melalui formulir Perangkat.`,
        })
      }
      continue
    }
    const data = merge(draft, existing, columnOf)
    if (!data) continue
    if (!existing) {
      const status = draft.status ?? 'Aktif'
      if (!(STATUS_AWAL as readonly string[]).includes(status)) {
        draft.errors.push({ field: 'status', kolom: columnOf('status'), message: 'Perangkat baru hanya dapat dicatat dengan status Rencana, Aktif, atau Nonaktif (Ditarik hanya melalui proses penarikan).' })
        continue
      }
      Object.assign(entry, { data, status })
      result.action = 'create'
      continue
    }
    const changes = changedFields(dataOf(existing), data)
    const statusChange = draft.status !== null && draft.status !== existing.status ? draft.status : null
    if (existing.status === 'Ditarik' && (changes.length || statusChange)) {
      draft.errors.push({ field: null, kolom: null, message: 'Perangkat ini sudah Ditarik; datanya tidak diubah lewat impor.' })
      continue
    }
    if (statusChange) {
      const problem = manualTransitionProblem(existing.status, statusChange)
      if (problem) {
        draft.errors.push({ field: 'status', kolom: columnOf('status'), message: problem })
        continue
      }
    }
    if (!changes.length && !statusChange) {
      result.catatan = 'Tidak ada perubahan.'
      continue
    }
    const labels = changes.map((k) => DATA_LABELS[k] ?? DEVICE_FIELD_LABELS[k] ?? k)
    if (statusChange) labels.push('Status')
    result.perubahan = [...new Set(labels)]
    result.action = 'update'
    Object.assign(entry, { data, status: statusChange })
  }
  return planned
}

/** True when the row moves its device: its old units are freed before any row is written (swaps within one file). */
function moves(p: Planned): boolean {
  const [a, b] = [p.existing, p.data]
  if (!a || !b || a.rakId === null || p.result.action !== 'update') return false
  return a.rakId !== b.rakId || a.uBawah !== b.uBawah || a.sisi !== b.sisi || a.tinggiU !== b.tinggiU || a.kedalamanPenuh !== b.kedalamanPenuh
}

/**
 * Writes the planned rows in order, each in a savepoint; a row a rule refuses is rolled back and reported.
 * The plan is checked as a whole: the units of every device the file moves are freed first, so the final positions
 * must be free and consistent (srv-a U10 <-> srv-b U12 works in either order), and a true conflict names the row that
 * took the place. When a moving row is refused, its device still stands where it stood: everything is rolled back and
 * written again without that row, so no half write remains.
 */
async function write(ctx: Ctx, planned: Planned[], reason: string, columnOf: (f: ImportField) => string | null, kept: boolean): Promise<void> {
  for (;;) {
    const todo = planned.filter((p) => !p.result.errors.length && p.result.action !== 'skip' && p.data)
    const moving = todo.filter(moves)
    await ctx.em.query('SAVEPOINT impor_semua')
    for (const p of moving) await ctx.em.query('DELETE FROM perangkat_unit WHERE perangkat_id = ?', [p.existing!.id])
    const refused = await writeRows(ctx, todo, reason, columnOf, kept)
    if (!refused.some((p) => moving.includes(p))) {
      await ctx.em.query('RELEASE impor_semua')
      return
    }
    await ctx.em.query('ROLLBACK TO impor_semua')
    await ctx.em.query('RELEASE impor_semua')
    for (const p of todo) if (!refused.includes(p) && p.result.action === 'create') p.result.perangkatId = null
  }
}

/** The rows written one by one; returns those a rule refused (their errors recorded, action skip). */
async function writeRows(ctx: Ctx, todo: Planned[], reason: string, columnOf: (f: ImportField) => string | null, kept: boolean): Promise<Planned[]> {
  const written = new Map<number, number>()
  const refused: Planned[] = []
  const describe = (id: number, nama: string) => (written.has(id) ? `${nama} (baris ${written.get(id)})` : nama)
  for (const p of todo) {
    const { result } = p
    if (!p.data) continue
    await ctx.em.query('SAVEPOINT impor_baris')
    try {
      let device: DeviceDetail
      if (result.action === 'create') device = await insertDevice(ctx, p.data, p.status ?? 'Aktif', { describe }, reason)
      else {
        device = p.existing!
        if (changedFields(dataOf(device), p.data).length) device = await changeDevice(ctx, device, p.data, reason, { describe })
        if (p.status) device = await setDeviceStatus(ctx, { id: device.id, versi: device.versi, status: p.status, alasan: reason })
      }
      await ctx.em.query('RELEASE impor_baris')
      // A device created in the preview is rolled back: its id would point at nothing.
      if (kept || result.action === 'update') result.perangkatId = device.id
      written.set(device.id, result.baris)
    } catch (e) {
      if (!(e instanceof AppError)) throw e
      await ctx.em.query('ROLLBACK TO impor_baris')
      await ctx.em.query('RELEASE impor_baris')
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

async function runImport(ctx: Ctx, req: ImportRequest, reason: string, kept: boolean) {
  const sheet = await readSpreadsheet(decode(req.dataBase64), req.fileName)
  const { grid, headerRow, headers, masalah } = layout(sheet.sheets, req)
  if (masalah && kept) throw new DomainError(masalah.message, masalah.field)
  const planned = masalah ? [] : await plan(ctx.em, grid, headerRow, headers, todayInOffice(ctx.now), new Set(req.konfirmasi ?? []))
  await write(ctx, planned, reason, (f) => headers.find((h) => h.field === f)?.judul ?? null, kept)
  const rows = planned.map((p) => p.result)
  return { format: sheet.format, sheets: sheet.sheets.map((s) => s.name), sheet: grid.name, headerRow, headers, rows, masalah }
}

function count(rows: ImportRowResult[]) {
  return {
    create: rows.filter((r) => r.action === 'create').length,
    update: rows.filter((r) => r.action === 'update').length,
    skip: rows.filter((r) => r.action === 'skip' && r.errors.length === 0).length,
    error: rows.filter((r) => r.errors.length > 0).length,
  }
}

const ROLLBACK = Symbol('rollback')

/** devices.importPreview: the whole import run in a transaction that is then rolled back. */
export async function previewImport(ctx: Ctx, req: ImportRequest): Promise<ImportPreview> {
  let out: Awaited<ReturnType<typeof runImport>> | undefined
  try {
    await ctx.core.ds.transaction(async (em) => {
      const txCtx: Ctx = { ...makeCtx(ctx.core, em, ctx.session, ctx.actor, ctx.operation), now: ctx.now }
      out = await runImport(txCtx, req, 'Pratinjau impor', false)
      throw ROLLBACK
    })
  } catch (e) {
    if (e !== ROLLBACK) throw e
  }
  const result = out!
  return { ...result, counts: count(result.rows) }
}

/** devices.importCommit: the same run in the operation's own transaction, kept. */
export async function commitImport(ctx: Ctx, req: ImportRequest & { alasan: string }): Promise<ImportCommitResult> {
  const { rows } = await runImport(ctx, req, req.alasan, true)
  const c = count(rows)
  return { created: c.create, updated: c.update, skipped: c.skip, errors: c.error, rows }
}
