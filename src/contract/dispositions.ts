import { z } from 'zod'
import { INSTRUKSI, STATUS_PENERIMA, type StatusPenerima } from '../domain/dispositions'
import { command, query } from './define'
import { idOf, opsional, paging, pilihan, tanggal, type Page } from './fields'
import { anyOf, SIGNED_IN } from './roles'

/** A recipient: a Pegawai by id, or a position (resolved to whoever holds it on the disposition's date). */
const Tujuan = z.union([
  z.object({ pegawaiId: idOf('Penerima') }),
  z.object({ jabatanKode: z.string().min(1).max(40) }),
])

export const DisposisiCreateInput = z.object({
  suratId: idOf('Surat'),
  /** The received item this disposition forwards (null: the first disposition of the letter, by the Kepala Dinas). */
  parentPenerimaId: idOf('Disposisi asal').nullable().default(null),
  /** Who disposes. Left out: the signed-in user's own Pegawai. Set by the Sekretariat recording for a leader. */
  dariPegawaiId: idOf('Dari').nullable().default(null),
  kepada: z.array(Tujuan, { error: 'Pilih penerima disposisi.' }).min(1, { error: 'Pilih paling sedikit satu penerima (Diteruskan kepada).' }).max(10),
  instruksi: z.array(z.enum(INSTRUKSI)).default([]),
  instruksiLain: opsional('Instruksi lain', 500),
  catatan: opsional('Catatan', 2000),
  tanggal: tanggal('Tanggal').optional(),
  batasWaktu: tanggal('Batas Waktu').nullable().optional(),
  /**
   * The highest disposition id of the letter the screen showed when the dialog opened (0: none yet). A disposition
   * made since then from the same official, or another first disposition when this is one, refuses the save (CONFLICT,
   * naming it); sending the id seen after that deliberately records a second one. Left out: no check (imports, tests).
   */
  disposisiTerakhirDilihat: z.number().int().min(0).optional(),
})
export type DisposisiCreateInput = z.input<typeof DisposisiCreateInput>

export interface PenerimaView {
  id: number
  pegawaiId: number
  nama: string
  jabatan: string
  jabatanKode: string | null
  status: StatusPenerima
  dibacaPada: string | null
  ditindaklanjutiPada: string | null
  selesaiPada: string | null
  catatanSelesai: string | null
  /** Working days since it arrived, while still open (belum dibaca / dibaca). */
  lamaHariKerja: number
  terlambat: boolean
}

export interface DisposisiView {
  id: number
  suratId: number
  parentPenerimaId: number | null
  dariPegawaiId: number
  dariNama: string
  dariJabatan: string
  dariJabatanKode: string | null
  tanggal: string
  instruksi: string[]
  instruksiLain: string
  catatan: string
  batasWaktu: string | null
  /** "dihitung tanpa hari libur (hari libur 2027 belum diisi)" when the days from `tanggal` to `batasWaktu` cross a year with no Hari Libur entered. */
  tanpaLibur: string | null
  /** Set when the Sekretariat recorded a leader's handwritten disposition. */
  dicatatOleh: string | null
  createdAt: string
  penerima: PenerimaView[]
  /** Dispositions that forward this one's recipients, nested. */
  lanjutan: DisposisiView[]
}

export interface LetterDispositions {
  suratId: number
  /** Top-level dispositions (from the Kepala Dinas), each with its forwards nested. */
  pohon: DisposisiView[]
  /** Who holds the letter now: recipients whose item is open and not forwarded. */
  posisiSaatIni: PenerimaView[]
}

export interface InboxItem {
  penerimaId: number
  disposisiId: number
  suratId: number
  nomorAgenda: number
  tahun: number
  nomorSurat: string
  asalSurat: string
  hal: string
  sifat: string
  dariNama: string
  dariJabatan: string
  tanggal: string
  instruksi: string[]
  instruksiLain: string
  catatan: string
  batasWaktu: string | null
  /** "dihitung tanpa hari libur (hari libur 2027 belum diisi)" when the days from `tanggal` to `batasWaktu` cross a year with no Hari Libur entered. */
  tanpaLibur: string | null
  status: StatusPenerima
  /** The letter's own status: 'dibatalkan' once voided (such items leave the Aktif list). */
  statusSurat: string
  terlambat: boolean
  hariTerlambat: number
}

export interface InboxCount {
  belumDibaca: number
  aktif: number
  terlambat: number
}

/**
 * Someone the dispose form offers under "Diteruskan kepada" (disposisi.recipients): an active Pegawai who can act on
 * a disposition, as the office knows them.
 */
export interface PenerimaPilihan {
  pegawaiId: number
  nama: string
  /** The post held today ("Kepala Bidang ...", "Plt. Kepala Seksi ..."), else the Pegawai's own jabatan; '' when neither. */
  jabatan: string
  /** Code of the post held today, null when none. */
  jabatanKode: string | null
  /** Their account's roles that act on dispositions, in the office's words ("Kepala Bidang"); '' when none. */
  peran: string
  /** Level in the chain (domain/dispositions TINGKAT_PERAN): 0 Kepala Dinas ... 3 Tim Data Center, 4 other staff. */
  tingkat: number
}

export const INBOX_FILTER = ['aktif', 'selesai', 'semua'] as const

export const dispositionsContract = {
  'disposisi.create': command(DisposisiCreateInput, anyOf('kadis', 'kabid', 'kasi', 'sekretariat')).returns<DisposisiView>(),
  'disposisi.forLetter': query(z.object({ suratId: idOf('Surat') }), SIGNED_IN).returns<LetterDispositions>(),
  'disposisi.inbox': query(z.object({ ...paging, filter: z.enum(INBOX_FILTER).default('aktif') }), SIGNED_IN).returns<Page<InboxItem>>(),
  'disposisi.inboxCount': query(z.object({}), SIGNED_IN).returns<InboxCount>(),
  'disposisi.markRead': command(z.object({ penerimaId: idOf('Disposisi') }), SIGNED_IN).returns<PenerimaView>(),
  'disposisi.setStatus': command(
    z.object({ penerimaId: idOf('Disposisi'), statusDilihat: pilihan('Status yang terlihat', STATUS_PENERIMA), status: z.enum(['ditindaklanjuti', 'selesai']), catatan: opsional('Catatan', 1000) }),
    anyOf('kadis', 'kabid', 'kasi', 'timdc', 'sekretariat'),
  ).returns<PenerimaView>(),
  'disposisi.recipients': query(z.object({}), SIGNED_IN).returns<PenerimaPilihan[]>(),
}
