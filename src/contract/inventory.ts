import { z } from 'zod'
import {
  ipProblem,
  JENIS_PERANGKAT,
  normalizeIp,
  SISI,
  STATUS_AWAL,
  STATUS_PERANGKAT,
  TINGGI_PERANGKAT_MAX,
  TINGGI_RAK_DEFAULT,
  TINGGI_RAK_MAX,
  type JenisPerangkat,
  type Sisi,
  type StatusPerangkat,
} from '../domain/inventory'
import { command, query } from './define'
import { fileBytes } from './files'
import type { GeneratedFile } from './documents'
import { alasan, idOf, namaBerkas, opsional, paging, pilihan, tanggal, teleponIndonesia, type Page, wajib } from './fields'
import type { HistoryEntry } from './letters'
import { anyOf, SIGNED_IN } from './roles'

/** Who keeps the inventory: Tim Data Center, their Kepala Seksi, and the Admin. */
export const INVENTORY_WRITERS = anyOf('timdc', 'kasi', 'admin')

const bilanganU = (label: string, max: number) =>
  z
    .number({ error: `${label} wajib diisi dengan angka.` })
    .int({ error: `${label} harus bilangan bulat.` })
    .min(1, { error: `${label} paling sedikit 1.` })
    .max(max, { error: `${label} paling banyak ${max}.` })

// ---------------------------------------------------------------------------------------------------------------
// Racks

const rackFields = {
  nama: wajib('Nama Rak', 60),
  lokasi: opsional('Lokasi/Ruang', 200),
  tinggiU: bilanganU('Tinggi Rak (U)', TINGGI_RAK_MAX).default(TINGGI_RAK_DEFAULT),
  catatan: opsional('Catatan', 2000),
}

export const RackCreateInput = z.object(rackFields)
export type RackCreateInput = z.input<typeof RackCreateInput>
/** The whole rack as the form shows it (height and active flag included: no defaults that could resize or reactivate it). */
export const RackUpdateInput = z.object({
  id: idOf('Rak'),
  versi: z.number().int().positive(),
  ...rackFields,
  tinggiU: bilanganU('Tinggi Rak (U)', TINGGI_RAK_MAX),
  aktif: z.boolean({ error: 'Aktif harus ya atau tidak.' }),
  alasan: opsional('Alasan perubahan', 500),
})
export type RackUpdateInput = z.input<typeof RackUpdateInput>

export interface RackRow {
  id: number
  nama: string
  lokasi: string
  tinggiU: number
  catatan: string
  aktif: boolean
  versi: number
  /** Devices placed in the rack (withdrawn ones no longer count). */
  jumlahPerangkat: number
  /** Units holding something on the front or the back. */
  terpakaiU: number
  /** terpakaiU / tinggiU, whole percent. */
  persenTerisi: number
}

/** One device as the elevation draws it (the renderer passes these to `rackElevationSvg`). */
export interface ElevationDeviceRow {
  id: number
  nama: string
  jenis: JenisPerangkat
  merek: string
  tipe: string
  opdId: number
  opdNama: string
  opdSingkatan: string
  status: StatusPerangkat
  uBawah: number
  tinggiU: number
  sisi: Sisi
  kedalamanPenuh: boolean
}

export interface RackElevation {
  rack: RackRow
  devices: ElevationDeviceRow[]
}

// ---------------------------------------------------------------------------------------------------------------
// Devices

/** One IP address, checked and written in its canonical form. */
const ipAddress = z
  .string({ error: 'Alamat IP harus berupa teks.' })
  .trim()
  .superRefine((v, c) => {
    const problem = ipProblem(v)
    if (problem) c.addIssue({ code: 'custom', message: problem })
  })
  .transform((v) => normalizeIp(v) as string)

const deviceFields = {
  opdId: idOf('OPD Pemilik'),
  nama: wajib('Nama Perangkat/Hostname', 120),
  jenis: pilihan('Jenis', JENIS_PERANGKAT),
  merek: opsional('Merek', 80),
  tipe: opsional('Tipe/Model', 120),
  nomorSeri: opsional('Nomor Seri', 80),
  kodeBarang: opsional('Kode Barang/NUP', 80),
  cpu: opsional('CPU', 200),
  ram: opsional('RAM', 100),
  storage: opsional('Storage', 200),
  spesifikasiLain: opsional('Spesifikasi Lain', 2000),
  tinggiU: bilanganU('Tinggi (U)', TINGGI_PERANGKAT_MAX).default(1),
  rakId: idOf('Rak').nullable().default(null),
  uBawah: bilanganU('Posisi U', TINGGI_RAK_MAX).nullable().default(null),
  sisi: pilihan('Sisi', SISI).nullable().default(null),
  kedalamanPenuh: z.boolean({ error: 'Kedalaman penuh harus ya atau tidak.' }).default(true),
  ip: z
    .array(ipAddress, { error: 'Alamat IP harus berupa daftar.' })
    .max(32, { error: 'Paling banyak 32 alamat IP.' })
    .default([])
    .refine((ips) => new Set(ips).size === ips.length, { error: 'Ada alamat IP yang tercantum dua kali.' }),
  os: opsional('Sistem Operasi', 120),
  aplikasi: opsional('Aplikasi/Layanan', 1000),
  kontakNama: opsional('Nama Kontak', 120),
  kontakTelepon: teleponIndonesia('Telepon Kontak', 40),
  tanggalKolokasi: tanggal('Tanggal Kolokasi').nullable().default(null),
  nomorBaKolokasi: opsional('Nomor BA Kolokasi', 120),
  monitoring: z.boolean({ error: 'Monitoring harus ya atau tidak.' }).default(false),
  monitoringHost: opsional('Host Monitoring', 200),
}

type PositionShape = { rakId: number | null; uBawah: number | null; sisi: Sisi | null }

/** A rack needs a position; a position needs a rack. The face defaults to the front. */
function checkPosition<T extends PositionShape>(v: T, ctx: z.RefinementCtx): T {
  if (v.rakId !== null && v.uBawah === null) ctx.addIssue({ code: 'custom', message: 'Posisi U wajib diisi bila Rak dipilih.', path: ['uBawah'] })
  if (v.rakId === null && v.uBawah !== null) ctx.addIssue({ code: 'custom', message: 'Pilih Rak untuk posisi U ini.', path: ['rakId'] })
  return v.rakId === null ? { ...v, uBawah: null, sisi: null } : { ...v, sisi: v.sisi ?? 'depan' }
}

/** The device fields alone (the import checks each row with it). */
export const DeviceDataInput = z.object(deviceFields).transform((v, ctx) => checkPosition(v, ctx))

export const DeviceCreateInput = z
  .object({ ...deviceFields, status: pilihan('Status', STATUS_AWAL).default('Aktif') })
  .transform((v, ctx) => checkPosition(v, ctx))
export type DeviceCreateInput = z.input<typeof DeviceCreateInput>

/** The whole device as the form holds it (start from devices.get): a field left out takes its default, i.e. is cleared. */
export const DeviceUpdateInput = z
  .object({
    id: idOf('Perangkat'),
    versi: z.number().int().positive(),
    ...deviceFields,
    /** Required (5+ characters) when the rack position changes; kept with the change otherwise. */
    alasan: opsional('Alasan perubahan', 500),
  })
  .transform((v, ctx) => checkPosition(v, ctx))
export type DeviceUpdateInput = z.input<typeof DeviceUpdateInput>

/** The stored fields of a device, as create and update take them (after validation). */
export type DeviceData = Omit<z.output<typeof DeviceUpdateInput>, 'id' | 'versi' | 'alasan'>

export const DEVICE_SORT = ['nama', 'opd', 'jenis', 'status', 'rak', 'nomorSeri', 'kodeBarang', 'tanggalKolokasi', 'updatedAt'] as const

const deviceFilters = {
  opdId: z.number().int().positive().optional(),
  status: z.array(z.enum(STATUS_PERANGKAT)).max(STATUS_PERANGKAT.length).optional(),
  rakId: z.number().int().positive().optional(),
  /** Only devices not placed in any rack. */
  tanpaRak: z.boolean().optional(),
  jenis: z.enum(JENIS_PERANGKAT).optional(),
  q: paging.q,
}

export const DeviceListInput = z.object({
  ...paging,
  sortBy: z.enum(DEVICE_SORT).default('nama'),
  sortDesc: z.boolean().default(false),
  ...deviceFilters,
})
export type DeviceListInput = z.input<typeof DeviceListInput>

export interface DeviceRow {
  id: number
  nama: string
  jenis: JenisPerangkat
  opdId: number
  opdNama: string
  opdSingkatan: string
  merek: string
  tipe: string
  nomorSeri: string
  kodeBarang: string
  tinggiU: number
  rakId: number | null
  rakNama: string | null
  uBawah: number | null
  sisi: Sisi | null
  kedalamanPenuh: boolean
  /** "R01 U10-U11 (depan)" or "Tidak di rak". */
  posisi: string
  ip: string[]
  status: StatusPerangkat
  monitoring: boolean
  updatedAt: string
}

export interface DeviceDetail extends DeviceRow {
  cpu: string
  ram: string
  storage: string
  spesifikasiLain: string
  os: string
  aplikasi: string
  kontakNama: string
  kontakTelepon: string
  tanggalKolokasi: string | null
  nomorBaKolokasi: string
  monitoringHost: string
  /** The withdrawal case the device is (or was) in, set by the withdrawal workflow. */
  refPenarikan: string | null
  /** Where a withdrawn device was, e.g. "R01 U10-U11 (depan)". */
  posisiTerakhir: string | null
  tanggalDitarik: string | null
  createdAt: string
  createdByName: string
  versi: number
  /** Statuses the user may choose next (Ditarik never: only the withdrawal workflow gives it). */
  statusBerikutnya: StatusPerangkat[]
}

export interface DeviceNote {
  id: number
  teks: string
  at: string
  userId: number | null
  oleh: string
}

export const SetStatusInput = z.object({
  id: idOf('Perangkat'),
  versi: z.number().int().positive(),
  status: pilihan('Status', STATUS_PERANGKAT),
  alasan: alasan('Alasan perubahan status'),
})

// ---------------------------------------------------------------------------------------------------------------
// Import and export

/** Fields a spreadsheet column can be mapped to. `merekTipe` is one "Merek/Tipe" column split at the first space. */
export const IMPORT_FIELDS = [
  'id', 'nama', 'jenis', 'opd', 'merek', 'tipe', 'merekTipe', 'nomorSeri', 'kodeBarang', 'cpu', 'ram', 'storage', 'spesifikasiLain',
  'tinggiU', 'rak', 'uBawah', 'sisi', 'kedalamanPenuh', 'ip', 'os', 'aplikasi', 'kontakNama', 'kontakTelepon', 'tanggalKolokasi',
  'nomorBaKolokasi', 'monitoring', 'monitoringHost', 'status',
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

/** What each field is called on screen (and in exported sheets). */
export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  id: 'ID Sidara', nama: 'Nama Perangkat', jenis: 'Jenis', opd: 'OPD', merek: 'Merek', tipe: 'Tipe', merekTipe: 'Merek/Tipe',
  nomorSeri: 'Nomor Seri', kodeBarang: 'Kode Barang/NUP', cpu: 'CPU', ram: 'RAM', storage: 'Storage', spesifikasiLain: 'Spesifikasi Lain',
  tinggiU: 'Tinggi (U)', rak: 'Rak', uBawah: 'Posisi U', sisi: 'Sisi', kedalamanPenuh: 'Kedalaman Penuh', ip: 'IP Address', os: 'OS',
  aplikasi: 'Aplikasi', kontakNama: 'Kontak', kontakTelepon: 'Telepon Kontak', tanggalKolokasi: 'Tanggal Kolokasi',
  nomorBaKolokasi: 'Nomor BA Kolokasi', monitoring: 'Monitoring', monitoringHost: 'Host Monitoring', status: 'Status',
}

export const IMPORT_MAX_BYTES = 10 * 1024 * 1024

const importFile = {
  fileName: namaBerkas(),
  bytes: fileBytes('Pilih berkas .xlsx atau .csv.'),
  /** Sheet name (xlsx); the first sheet with a header row when not given. */
  sheet: z.string().max(100).optional(),
  /** 1-based row of the column titles; found automatically when not given. */
  headerRow: z.number().int().min(1).max(1000).optional(),
  /** Overrides of the automatic mapping: column number (1 = A) -> field, or null to ignore the column. */
  mapping: z
    .array(z.object({ kolom: z.number().int().min(1).max(500), field: z.enum(IMPORT_FIELDS).nullable() }))
    .max(500)
    .optional(),
  /** Rows (as Excel numbers them) whose match with another OPD's device the person confirmed in the preview. */
  konfirmasi: z.array(z.number().int().min(1)).max(20_000).optional(),
  /** Picked by the screen (a random id) to poll devices.importKemajuan while this call runs. */
  token: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, { error: 'Token kemajuan tidak valid.' }).optional(),
}

export const ImportKemajuanInput = z.object({ token: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, { error: 'Token kemajuan tidak valid.' }) })

/**
 * How far a running import is, polled by the import screen every few hundred ms: `tahap` 'memeriksa' (rows read and
 * checked), 'menyimpan' (devices written, commit only), 'selesai'; `selesai` of `total` rows; `persen` 0..100.
 */
export interface ImportKemajuan {
  tahap: 'memeriksa' | 'menyimpan' | 'selesai'
  selesai: number
  total: number
  persen: number
}

export const ImportPreviewInput = z.object(importFile)
export type ImportPreviewInput = z.input<typeof ImportPreviewInput>
export const ImportCommitInput = z.object({ ...importFile, alasan: alasan('Keterangan impor') })
export type ImportCommitInput = z.input<typeof ImportCommitInput>

export interface ImportHeader {
  /** 1-based column number. */
  kolom: number
  /** Column letter as the spreadsheet shows it ("A", "AB"). */
  huruf: string
  judul: string
  field: ImportField | null
  /** True when the field came from the automatic mapping. */
  otomatis: boolean
}

export interface ImportRowError {
  field: ImportField | null
  /** Header of the column the error is about, when there is one. */
  kolom: string | null
  message: string
}

export interface ImportRowResult {
  /** Row number in the sheet (as Excel shows it). */
  baris: number
  action: 'create' | 'update' | 'skip'
  /** The existing device the row matched (update, or skip without change). */
  perangkatId: number | null
  /** Hostname, or the serial number when the row has none. */
  nama: string
  errors: ImportRowError[]
  /** Labels of the fields an update changes. */
  perubahan: string[]
  /** Why a row without errors is skipped, e.g. "Tidak ada perubahan". */
  catatan: string | null
  /**
   * True when the row's serial or asset number belongs to another OPD's device: it is written (moving the device to
   * the row's OPD) only once the person confirms it (its row number in `konfirmasi`).
   */
  konfirmasi?: boolean
}

export interface ImportPreview {
  format: 'xlsx' | 'csv'
  sheets: string[]
  sheet: string
  headerRow: number
  headers: ImportHeader[]
  rows: ImportRowResult[]
  counts: { create: number; update: number; skip: number; error: number }
  /**
   * Set when no row can be read until the person maps the columns by hand (no title row found: `headerRow`; no
   * name, serial or asset column mapped: `mapping`); `headers` then offers the columns of `headerRow` for mapping.
   */
  masalah: { field: 'headerRow' | 'mapping'; message: string } | null
}

export interface ImportCommitResult {
  created: number
  updated: number
  skipped: number
  /** Rows left out because of errors (nothing of them is written). */
  errors: number
  rows: ImportRowResult[]
}

export const DeviceExportInput = z.object({
  ...deviceFilters,
  sortBy: z.enum(DEVICE_SORT).default('nama'),
  sortDesc: z.boolean().default(false),
  format: z.enum(['xlsx', 'csv'], { error: 'Pilih format .xlsx atau .csv.' }),
})
export type DeviceExportInput = z.input<typeof DeviceExportInput>

export const RekapInput = z.object({
  /** One OPD, or all when not given. */
  opdId: idOf('OPD').optional(),
  /** Withdrawn devices are left out unless asked for. */
  termasukDitarik: z.boolean().default(false),
  /** Date printed on the rekap and used to pick the signers (today when not given). */
  tanggal: tanggal('Tanggal').optional(),
})
export type RekapInput = z.input<typeof RekapInput>

export const inventoryContract = {
  'racks.list': query(z.object({ termasukNonaktif: z.boolean().default(false) }), SIGNED_IN).returns<RackRow[]>(),
  'racks.get': query(z.object({ id: idOf('Rak') }), SIGNED_IN).returns<RackRow>(),
  'racks.create': command(RackCreateInput, INVENTORY_WRITERS).returns<RackRow>(),
  'racks.update': command(RackUpdateInput, INVENTORY_WRITERS).returns<RackRow>(),
  'racks.elevation': query(z.object({ id: idOf('Rak') }), SIGNED_IN).returns<RackElevation>(),
  'racks.history': query(z.object({ id: idOf('Rak') }), SIGNED_IN).returns<HistoryEntry[]>(),
  'devices.list': query(DeviceListInput, SIGNED_IN).returns<Page<DeviceRow>>(),
  'devices.get': query(z.object({ id: idOf('Perangkat') }), SIGNED_IN).returns<DeviceDetail>(),
  'devices.create': command(DeviceCreateInput, INVENTORY_WRITERS).returns<DeviceDetail>(),
  'devices.update': command(DeviceUpdateInput, INVENTORY_WRITERS).returns<DeviceDetail>(),
  'devices.setStatus': command(SetStatusInput, INVENTORY_WRITERS).returns<DeviceDetail>(),
  'devices.history': query(z.object({ id: idOf('Perangkat') }), SIGNED_IN).returns<HistoryEntry[]>(),
  'devices.notes': query(z.object({ id: idOf('Perangkat') }), SIGNED_IN).returns<DeviceNote[]>(),
  'devices.addNote': command(z.object({ id: idOf('Perangkat'), teks: wajib('Catatan', 4000) }), INVENTORY_WRITERS).returns<DeviceNote>(),
  // In the work queue: the import (its preview and progress included) and the documents that record what was printed.
  'devices.importPreview': query(ImportPreviewInput, INVENTORY_WRITERS, { readPath: false }).returns<ImportPreview>(),
  'devices.importCommit': command(ImportCommitInput, INVENTORY_WRITERS).returns<ImportCommitResult>(),
  /** Answered beside the work queue from memory (see dispatch's BESIDE_THE_QUEUE), while the import holds the queue. */
  'devices.importKemajuan': query(ImportKemajuanInput, INVENTORY_WRITERS, { readPath: false }).returns<ImportKemajuan | null>(),
  'devices.export': query(DeviceExportInput, SIGNED_IN, { readPath: false }).returns<GeneratedFile>(),
  'devices.rekapDocx': query(RekapInput, SIGNED_IN, { readPath: false }).returns<GeneratedFile>(),
}
