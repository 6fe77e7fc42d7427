import { z } from 'zod'
import { command, query } from './define'
import { fileBytes } from './files'
import type { GeneratedFile } from './documents'
import { alasan, idOf, namaBerkas, paging, type Page, versiDilihat, wajib } from './fields'
import { anyOf, SIGNED_IN } from './roles'

/** A case runs ('berjalan') until its SOP ends it ('selesai', 'ditolak') or its letter is voided ('dibatalkan'). */
export const CASE_STATUS = ['berjalan', 'selesai', 'ditolak', 'dibatalkan'] as const
export type CaseStatus = (typeof CASE_STATUS)[number]
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = { berjalan: 'Berjalan', selesai: 'Selesai', ditolak: 'Ditolak', dibatalkan: 'Dibatalkan' }

/** A document kind of the case's SOP (its declaration's `dokumen` keys, e.g. 'ba-penarikan'). */
export type CaseDocumentKind = string

/** A step form's values: `langkah` (the step code) and the step's own fields, checked by the engine against that step's schema. */
export type StepInput = { langkah: string; catatan?: string } & Record<string, unknown>

export interface CaseRow {
  id: number
  nomor: string
  sopKode: string
  suratId: number
  nomorSurat: string
  hal: string
  pemohon: string
  opdId: number | null
  status: CaseStatus
  langkah: string
  langkahNo: number
  langkahNama: string
  /** Who must act now, e.g. "Kepala Bidang: Hendra Gunawan" or "Tim Data Center: Fajar, Yoga". */
  pemegang: string
  langkahMulai: string
  jatuhTempo: string | null
  /** "dihitung tanpa hari libur (...)" when the days from the step's start to `jatuhTempo` cross a year with no Hari Libur entered. */
  tanpaLibur: string | null
  terlambatHari: number
  createdAt: string
  /** Optimistic lock: a step is submitted against the version the user saw. */
  versi: number
}

export interface StepRecord {
  id: number
  langkah: string
  no: number
  nama: string
  mulai: string
  selesai: string
  jatuhTempo: string | null
  hasil: string
  hasilLabel: string
  oleh: string
  /** The official the action was recorded for (Sekretariat recording a leader's act). */
  atasNama: string | null
  catatan: string
  data: Record<string, unknown>
  hariKerja: number
  terlambatHari: number
}

export interface CaseDevice {
  perangkatId: number
  nama: string
  jenis: string
  merek: string
  tipe: string
  nomorSeri: string
  kodeBarang: string
  spesifikasi: string
  posisi: string
  ip: string[]
  status: string
  monitoring: boolean
  monitoringHost: string
  nomorBaKolokasi: string
  tanggalKolokasi: string | null
}

export interface CasePhoto {
  id: number
  fileName: string
  keterangan: string
  langkah: string
  createdAt: string
  /** Version for the stale-screen check of `kasus.removePhoto`. */
  versi: number
}

export interface CaseDetail extends CaseRow {
  /** The letter's Tanggal Diterima ('YYYY-MM-DD'): the step forms' dates may not be earlier (date-bounds of the SOP). */
  tanggalDiterima: string
  /** Set when the case ended because its letter was voided: who voided it, when (ISO instant) and the letter's reason. */
  pembatalan: { oleh: string; pada: string; alasan: string } | null
  tim: { pegawaiId: number; nama: string }[]
  riwayat: StepRecord[]
  perangkat: CaseDevice[]
  foto: CasePhoto[]
  dokumen: { jenis: CaseDocumentKind; nama: string; nomor: string; tanggal: string }[]
  /** Documents that can be generated now. */
  dokumenTersedia: CaseDocumentKind[]
  /** Whether the signed-in user may act on the current step (as actor, or recording for them). */
  bolehBertindak: boolean
  /** Time spent per step in working days, for reports. */
  waktuPerLangkah: { langkah: string; nama: string; hariKerja: number }[]
}

export interface CaseStats {
  berjalan: number
  terlambat: number
  selesaiBulanIni: number
  ditolakBulanIni: number
  perLangkah: { langkah: string; no: number; nama: string; jumlah: number; terlambat: number }[]
}


export const casesContract = {
  // The Sekretariat opens it at registration; the Kasi and the Tim DC from a disposition of the letter they hold.
  'kasus.open': command(z.object({ suratId: idOf('Surat') }), anyOf('sekretariat', 'admin', 'kasi', 'timdc')).returns<CaseDetail>(),
  'kasus.list': query(
    z.object({
      ...paging,
      status: z.enum(CASE_STATUS).optional(),
      opdId: z.number().int().positive().optional(),
      terlambat: z.boolean().default(false),
      /** Only open cases whose current step is one of the caller's roles (the Tim DC's: the appointed members). */
      giliranSaya: z.boolean().default(false),
      /** Only cases now at this step (its code, e.g. 'pemeriksaan'): the list behind the Dasbor's per-step chart. */
      langkah: z.string().trim().regex(/^[a-z0-9-]{1,40}$/, { error: 'Langkah tidak dikenal.' }).optional(),
    }),
    SIGNED_IN,
  ).returns<Page<CaseRow>>(),
  'kasus.get': query(z.object({ id: idOf('Permohonan') }), SIGNED_IN).returns<CaseDetail>(),
  'kasus.forLetter': query(z.object({ suratId: idOf('Surat') }), SIGNED_IN).returns<CaseRow | null>(),
  'kasus.stats': query(z.object({}), SIGNED_IN).returns<CaseStats>(),
  // Access per step is the engine's: the step's role, or the Sekretariat recording for a leader.
  'kasus.act': command(
    z.object({
      kasusId: idOf('Permohonan'),
      versi: z.number().int().positive(),
      // The step's own fields are checked by the engine with that step's schema (its SOP's), so errors name them plainly.
      input: z.looseObject({ langkah: z.string({ error: 'Langkah tidak dikenal.' }).trim().regex(/^[a-z0-9-]{1,40}$/, { error: 'Langkah tidak dikenal.' }) }),
    }), anyOf('kadis', 'kabid', 'kasi', 'timdc', 'sekretariat')).returns<CaseDetail>(),
  'kasus.attachPhoto': command(
    z.object({
      kasusId: idOf('Permohonan'), fileName: namaBerkas(), bytes: fileBytes('Foto kosong.'), keterangan: wajib('Keterangan foto', 300),
      // The step whose form the photo was chosen on: refused (CONFLICT) once the case has left it, so it never lands on another step.
      langkah: z.string().trim().regex(/^[a-z0-9-]{1,40}$/, { error: 'Langkah tidak dikenal.' }).optional(),
    }),
    anyOf('timdc'),
  ).returns<CasePhoto>(),
  'kasus.removePhoto': command(z.object({ attachmentId: idOf('Foto'), versi: versiDilihat(), alasan: alasan('Alasan penghapusan') }), anyOf('timdc')).returns<{ ok: true }>(),
  // In the work queue: a generated document records what was printed.
  'kasus.document': query(z.object({ kasusId: idOf('Permohonan'), jenis: z.string().trim().regex(/^[a-z0-9-]{1,40}$/, { error: 'Jenis dokumen tidak dikenal.' }) }), SIGNED_IN, { readPath: false }).returns<GeneratedFile>(),
}
