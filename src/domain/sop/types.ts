// The shape of an SOP declaration. The engine and the screens read it; a related SOP (Colocation, Permohonan
// Server) is a new declaration of this shape plus its step forms, not new engine code.
import type { Role } from '../../contract/roles'

/** How a step is completed. */
export type StepKind =
  /** Completed by the letter's registration (step 1). */
  | 'registrasi'
  /** Completed by a disposition from the step's actor to the next level (steps 2-4). */
  | 'disposisi'
  /** Completed by submitting the step's form. */
  | 'formulir'
  /** The end of the case. */
  | 'akhir'

export interface SopStep {
  /** Number in the SOP's table. */
  no: number
  /** Stable key stored in the database. */
  kode: string
  /** Short name for lists and the stepper. */
  nama: string
  /** The SOP's own words for the step. */
  uraian: string
  /** Who acts: a role of the app (the OPD is external: its part is recorded by the Tim DC). */
  pelaksana: Role | null
  pelaksanaLabel: string
  /** "Kelengkapan" column: what the step needs. */
  kelengkapan: string[]
  /** "Output" column. */
  output: string
  /** Service standard in working days ("Waktu: 1 hari"). */
  waktuHariKerja: number
  kind: StepKind
  /** For disposition steps: the position code that disposes and the one (if any) it must reach. */
  disposisi?: { dari: string; kepada: string | 'tim' }
  /** Possible outcomes and the step each leads to; a single outcome 'selesai' for a straight step. */
  hasil: Record<string, { label: string; ke: string | null; statusAkhir?: 'selesai' | 'ditolak' }>
  /** Documents this step produces (kinds known to the document builders). */
  dokumen?: string[]
  /** Steps during which the Sekretariat may record the action on the actor's behalf. */
  dapatDicatatSekretariat?: boolean
}

/** A numbered document's starting format (see SopDefinition.nomorDokumen). */
export interface NomorDokumenAwal {
  /** Its name on Pengaturan > Format Nomor. */
  nama: string
  /** With placeholders, e.g. '{kka}/BA.{urut}/{unit}/{tahun}' (src/domain/numbering.ts). */
  format: string
  kka: string
  unit: string
}

export interface SopDefinition {
  kode: string
  nama: string
  nomor: string
  revisi: string
  tanggalPembuatan: string
  tanggalRevisi: string
  tanggalEfektif: string
  disahkanOleh: string
  /** The Jenis Permohonan of letters that open a case of this SOP. */
  jenisPermohonan: string
  /** Prefix of case numbers, e.g. "PNR" -> PNR-2026-0007. */
  prefixNomor: string
  peringatan: string
  steps: SopStep[]
  /** The documents of this SOP: kind (stable key, stored in kasus_dokumen) -> label shown on screen. */
  dokumen: Record<string, string>
  /**
   * The documents that carry an official number (Tata Naskah Dinas), by kind: the first format, Kode Klasifikasi and
   * unit a new database gets on Pengaturan > Format Nomor (the Admin may change them; a later version never
   * overwrites a changed one). Each kind has its own yearly counter, so formats must differ in their fixed text.
   */
  nomorDokumen: Record<string, NomorDokumenAwal>
  /** Steps during which the Tim takes documentation photos, and how the refusal names them ("langkah 8 sampai 10 (...)"). */
  foto: { langkah: string[]; keterangan: string }
  /**
   * The position whose holder acts for a role (e.g. kabid -> 'kabid-pe'): whom the Sekretariat records for, and who
   * holds the current step. Roles without a position (the Tim) are named by the case's appointed team.
   */
  jabatanPelaksana: Partial<Record<Role, string>>
}

export function stepOf(sop: SopDefinition, kode: string): SopStep {
  const s = sop.steps.find((x) => x.kode === kode)
  if (!s) throw new Error(`Langkah ${kode} tidak ada dalam ${sop.kode}`)
  return s
}
