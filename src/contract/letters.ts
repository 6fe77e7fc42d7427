import { z } from 'zod'
import { JENIS_PERMOHONAN, SIFAT, LETTER_STATUS_FILTER } from '../domain/letters'
import { command, query } from './define'
import { alasan, idOf, namaBerkas, opsional, paging, pilihan, tanggal, type Page, versiDilihat, wajib } from './fields'
import { anyOf, SIGNED_IN } from './roles'
import { fileBytes, type FileBytes } from './files'

const letterFields = {
  tanggalDiterima: tanggal('Tanggal Diterima').optional(),
  nomorSurat: wajib('Nomor Surat', 100),
  tanggalSurat: tanggal('Tanggal Surat'),
  asalOpdId: idOf('Asal Surat').nullable().default(null),
  asalSurat: opsional('Asal Surat', 300),
  hal: wajib('Hal', 1000),
  sifat: pilihan('Sifat', SIFAT),
  rahasia: z.boolean().default(false),
  lampiran: opsional('Lampiran', 100),
  kodeKlasifikasi: opsional('Kode Klasifikasi', 30),
  isiRingkas: opsional('Isi Ringkas', 4000),
  jenisPermohonan: pilihan('Jenis Permohonan', JENIS_PERMOHONAN),
  nomorSrikandi: opsional('Nomor SRIKANDI', 100),
}

/** Either an OPD from the master list or the sender written out. */
const senderGiven = (v: { asalOpdId: number | null; asalSurat: string }) => v.asalOpdId !== null || v.asalSurat.length > 0
/** The message when neither an OPD nor a written sender is given (the renderer's form shows it too). */
export const ASAL_SURAT_WAJIB = 'Asal Surat wajib diisi: pilih OPD atau tulis nama pengirim.'
const senderMessage = { error: ASAL_SURAT_WAJIB, path: ['asalSurat'] }

export const LetterRegisterInput = z.object(letterFields).refine(senderGiven, senderMessage)
export type LetterRegisterInput = z.input<typeof LetterRegisterInput>

export const LetterUpdateInput = z
  .object({ id: idOf('Surat'), versi: z.number().int().positive(), alasan: alasan('Alasan perubahan'), ...letterFields })
  .refine(senderGiven, senderMessage)
export type LetterUpdateInput = z.input<typeof LetterUpdateInput>

export const LETTER_SORT = ['tanggalDiterima', 'nomorAgenda', 'tanggalSurat', 'nomorSurat', 'asalSurat', 'sifat'] as const

export const LetterListInput = z.object({
  ...paging,
  sortBy: z.enum(LETTER_SORT).default('tanggalDiterima'),
  tahun: z.number().int().min(2000).max(2100).optional(),
  sifat: z.enum(SIFAT).optional(),
  asalOpdId: z.number().int().positive().optional(),
  jenisPermohonan: z.enum(JENIS_PERMOHONAN).optional(),
  /** aktif / dibatalkan: the letter's status; diarsipkan: the active letters closed as "Cukup diarsipkan". */
  status: z.enum(LETTER_STATUS_FILTER).optional(),
  dari: tanggal('Dari tanggal').optional(),
  sampai: tanggal('Sampai tanggal').optional(),
  /** Active letters with no disposition yet and not closed as "Cukup diarsipkan" (the Kepala Dinas's queue, SOP step 2). */
  belumDidisposisi: z.boolean().default(false),
  /**
   * Count at most 1,000 letters (then `lebih: true`): the list's pager, whose exact count of tens of thousands of hits
   * costs more than the page. False (the default): the exact total, for figures such as the Dasbor's.
   */
  batasHitung: z.boolean().default(false),
})
export type LetterListInput = z.input<typeof LetterListInput>

export interface LetterRow {
  id: number
  tahun: number
  nomorAgenda: number
  tanggalDiterima: string
  nomorSurat: string
  tanggalSurat: string
  asalSurat: string
  asalOpdId: number | null
  hal: string
  sifat: string
  rahasia: boolean
  jenisPermohonan: string
  status: string
  lampiran: string
  jumlahLampiranBerkas: number
  /** Closed as "Cukup diarsipkan" (status stays aktif): shown as Diarsipkan. */
  diarsipkan: boolean
  /** A Rahasia letter the caller may not read: Hal shows that, Isi Ringkas and attachments are withheld. */
  tertutup?: boolean
}

export interface AttachmentInfo {
  id: number
  fileName: string
  mimeType: string
  size: number
  sha256: string
  keterangan: string
  createdAt: string
  createdByName: string
  /** Version for the stale-screen check of removing it. */
  versi: number
}

export interface LetterDetail extends LetterRow {
  kodeKlasifikasi: string
  isiRingkas: string
  nomorSrikandi: string
  alasanBatal: string | null
  dibatalkanPada: string | null
  createdAt: string
  createdByName: string
  updatedAt: string
  versi: number
  attachments: AttachmentInfo[]
  /** Set when the letter was closed as needing no disposition. */
  cukupDiarsipkan: CukupDiarsipkan | null
  /** Whether any disposition of it was recorded (then it can no longer be closed as "Cukup diarsipkan"). */
  sudahDidisposisi: boolean
}

/** Who closed a letter as "Cukup diarsipkan", when (ISO instant) and why. */
export interface CukupDiarsipkan {
  oleh: string
  /** On whose behalf, when the Sekretariat recorded it for the Kepala Dinas ("Kepala Dinas", "Plt. Kepala Dinas"); null: by himself. */
  atasNama: string | null
  pada: string
  alasan: string
}

export interface HistoryEntry {
  id: number
  at: string
  username: string
  /** The user's display name (the username when the account is gone). */
  nama: string
  operation: string
  /** Indonesian summary of the action, e.g. "Mengubah surat". */
  action: string
  reason: string | null
  changes: { field: string; label: string; before: unknown; after: unknown }[]
}

export const AttachInput = z.object({
  letterId: idOf('Surat'),
  fileName: namaBerkas(),
  mimeType: z.string().max(100),
  bytes: fileBytes(),
  keterangan: opsional('Keterangan', 300),
})

/** The letter registered last: a new Tanggal Diterima before its date gets a warning (not a refusal). */
export interface TerakhirDicatat {
  id: number
  tahun: number
  nomorAgenda: number
  tanggalDiterima: string
}

export const lettersContract = {
  'letters.register': command(LetterRegisterInput, anyOf('sekretariat', 'admin')).returns<LetterDetail>(),
  'letters.update': command(LetterUpdateInput, anyOf('sekretariat', 'admin')).returns<LetterDetail>(),
  'letters.void': command(z.object({ id: idOf('Surat'), versi: versiDilihat(), alasan: alasan('Alasan pembatalan') }), anyOf('sekretariat', 'admin')).returns<LetterDetail>(),
  // The Kepala Dinas decides a letter needs no disposition; the Sekretariat may record that for him.
  'letters.cukupDiarsipkan': command(z.object({ id: idOf('Surat'), versi: versiDilihat(), alasan: alasan('Alasan') }), anyOf('kadis', 'sekretariat')).returns<LetterDetail>(),
  // Before saving: letters with the same Nomor Surat from the same sender (a likely duplicate).
  'letters.terakhirDicatat': query(z.object({}), anyOf('sekretariat', 'admin')).returns<TerakhirDicatat | null>(),
  'letters.similar': query(
    z.object({ nomorSurat: z.string().trim().max(100), asalOpdId: z.number().int().positive().nullable().default(null), asalSurat: z.string().trim().max(300).default(''), kecualiId: z.number().int().positive().optional() }),
    SIGNED_IN,
  ).returns<LetterRow[]>(),
  'letters.list': query(LetterListInput, SIGNED_IN).returns<Page<LetterRow>>(),
  'letters.get': query(z.object({ id: idOf('Surat') }), SIGNED_IN).returns<LetterDetail>(),
  'letters.history': query(z.object({ id: idOf('Surat') }), SIGNED_IN).returns<HistoryEntry[]>(),
  'letters.years': query(z.object({}), SIGNED_IN).returns<number[]>(),
  'letters.attach': command(AttachInput, anyOf('sekretariat', 'admin')).returns<AttachmentInfo>(),
  'letters.detach': command(z.object({ attachmentId: idOf('Lampiran'), versi: versiDilihat(), alasan: alasan('Alasan penghapusan') }), anyOf('sekretariat', 'admin')).returns<{ ok: true }>(),
  'attachments.content': query(z.object({ id: idOf('Lampiran') }), SIGNED_IN).returns<FileBytes>(),
}
