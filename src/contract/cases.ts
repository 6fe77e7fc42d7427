import { z } from 'zod'
import { SIFAT } from '../domain/letters'
import { command, query } from './define'
import { fileBytes } from './files'
import type { GeneratedFile } from './documents'
import { alasan, idOf, namaBerkas, opsional, paging, pilihan, tanggal, type Page, versiDilihat, wajib } from './fields'
import { anyOf, SIGNED_IN } from './roles'

export const CASE_STATUS = ['berjalan', 'selesai', 'ditolak'] as const
export type CaseStatus = (typeof CASE_STATUS)[number]
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = { berjalan: 'Berjalan', selesai: 'Selesai', ditolak: 'Ditolak' }

export const CASE_DOCUMENTS = ['surat-balasan', 'formulir-kelengkapan', 'ba-penarikan', 'laporan-pelaksanaan'] as const
export type CaseDocumentKind = (typeof CASE_DOCUMENTS)[number]
export const CASE_DOCUMENT_LABELS: Record<CaseDocumentKind, string> = {
  'surat-balasan': 'Surat Balasan',
  'formulir-kelengkapan': 'Formulir Kelengkapan Penarikan Perangkat',
  'ba-penarikan': 'Berita Acara Penarikan Server',
  'laporan-pelaksanaan': 'Laporan Pelaksanaan',
}

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

const person = (prefix: string) =>
  z.object({
    nama: wajib(`Nama ${prefix}`, 200),
    identitas: opsional(`NIP / No. Identitas ${prefix}`, 40),
    jabatan: opsional(`Jabatan ${prefix}`, 200),
    telepon: opsional(`Telepon ${prefix}`, 40),
  })

/** Every step takes a note. (Whom the Sekretariat records for is not asked: it is the position's holder that day.) */
const atasNama = { catatan: opsional('Catatan', 2000) }

const jam = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Jam berbentuk JJ:MM, contoh 09:30.' })

export const StepInput = z.discriminatedUnion('langkah', [
  z.object({
    langkah: z.literal('pemeriksaan'),
    perangkatIds: z.array(z.number().int().positive()).max(50).default([]),
    tidakTerdaftar: z.array(z.object({ nama: wajib('Nama perangkat', 200), keterangan: opsional('Keterangan', 500) })).max(50).default([]),
    hasil: z.enum(['sesuai', 'tidak-sesuai'], { error: 'Pilih hasil pemeriksaan: sesuai atau tidak sesuai.' }),
    alasan: alasan('Alasan / hasil pemeriksaan'),
    ...atasNama,
  }),
  z.object({
    langkah: z.literal('surat-balasan'),
    tanggal: tanggal('Tanggal surat'),
    sifat: pilihan('Sifat', SIFAT),
    lampiran: opsional('Lampiran', 100),
    hal: wajib('Hal', 300),
    kepada: wajib('Yth.', 300),
    temuan: wajib('Isi / temuan', 4000),
    penandatangan: z.enum(['kadis', 'an-kabid'], { error: 'Pilih penandatangan.' }),
    tembusan: z.array(z.string().trim().min(1).max(200)).max(10).default([]),
    ...atasNama,
  }),
  z.object({
    langkah: z.literal('formulir'),
    tanggalKembali: tanggal('Tanggal formulir kembali'),
    penanggungJawab: person('penanggung jawab OPD'),
    perangkat: z.array(z.object({ perangkatId: z.number().int().positive(), dikonfirmasi: z.boolean(), catatan: opsional('Catatan', 500) })).min(1, { error: 'Isi konfirmasi setiap perangkat.' }),
    ...atasNama,
  }),
  z.object({
    langkah: z.literal('pendampingan'),
    tanggal: tanggal('Tanggal penarikan'),
    jam,
    wakilOpd: person('wakil OPD'),
    verifikasi: z
      .array(z.object({ perangkatId: z.number().int().positive(), serialSesuai: z.boolean(), merekTipeSesuai: z.boolean(), spesifikasiSesuai: z.boolean(), catatan: opsional('Catatan', 500) }))
      .min(1, { error: 'Isi verifikasi setiap perangkat.' }),
    ...atasNama,
  }),
  z.object({
    langkah: z.literal('hapus-monitoring'),
    perangkat: z
      .array(z.object({ perangkatId: z.number().int().positive(), waktu: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'Waktu penghapusan tidak valid.' }), hostMonitoring: opsional('Host monitoring', 200) }))
      .min(1, { error: 'Isi penghapusan monitoring setiap perangkat.' }),
    ...atasNama,
  }),
  z.object({
    langkah: z.literal('laporan'),
    tanggal: tanggal('Tanggal Berita Acara'),
    pihakPertamaPegawaiId: idOf('Pihak Pertama'),
    pihakKedua: z.object({ nama: wajib('Nama Pihak Kedua', 200), nip: opsional('NIP Pihak Kedua', 30), jabatan: wajib('Jabatan Pihak Kedua', 200), instansi: wajib('Instansi Pihak Kedua', 200) }),
    mengetahui: z.enum(['kasi-it', 'kabid-pe'], { error: 'Pilih pejabat yang mengetahui.' }),
    kondisi: z.array(z.object({ perangkatId: z.number().int().positive(), kondisi: wajib('Kondisi', 100), keterangan: opsional('Keterangan', 300) })).default([]),
    ringkasan: wajib('Ringkasan pelaksanaan', 4000),
    ...atasNama,
  }),
  z.object({ langkah: z.literal('pemeriksaan-laporan'), keputusan: z.enum(['disetujui', 'dikembalikan'], { error: 'Pilih keputusan.' }), ...atasNama }),
  z.object({ langkah: z.literal('laporan-kabid'), ...atasNama }),
  z.object({ langkah: z.literal('review-kadis'), ...atasNama }),
])
export type StepInput = z.input<typeof StepInput>

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
  'kasus.act': command(z.object({ kasusId: idOf('Permohonan'), versi: z.number().int().positive(), input: StepInput }), anyOf('kadis', 'kabid', 'kasi', 'timdc', 'sekretariat')).returns<CaseDetail>(),
  'kasus.attachPhoto': command(
    z.object({ kasusId: idOf('Permohonan'), fileName: namaBerkas(), bytes: fileBytes('Foto kosong.'), keterangan: wajib('Keterangan foto', 300) }),
    anyOf('timdc'),
  ).returns<CasePhoto>(),
  'kasus.removePhoto': command(z.object({ attachmentId: idOf('Foto'), versi: versiDilihat(), alasan: alasan('Alasan penghapusan') }), anyOf('timdc')).returns<{ ok: true }>(),
  'kasus.document': query(z.object({ kasusId: idOf('Permohonan'), jenis: z.enum(CASE_DOCUMENTS) }), SIGNED_IN).returns<GeneratedFile>(),
}
