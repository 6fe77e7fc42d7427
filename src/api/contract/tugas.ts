import { z } from 'zod'
import { query } from './define'
import { SIGNED_IN } from './roles'

/** What kind of work an item of Tugas Saya is. */
export type JenisTugas = 'surat' | 'disposisi' | 'kasus' | 'pengaturan'

/** One piece of work waiting for the signed-in person (DOMAIN.md section 8). */
export interface TugasItem {
  /** Stable key, e.g. "surat:12", "disposisi:40", "kasus:3:pemeriksaan". */
  kunci: string
  jenis: JenisTugas
  /** What to do, e.g. "Disposisikan surat 12/2026". */
  judul: string
  /** What it is about: the letter's Hal and sender, the case's step. */
  keterangan: string
  sifat: string | null
  /** Since when it waits (YYYY-MM-DD, office time zone). */
  sejak: string
  /** Due date in working days (YYYY-MM-DD), when the work has one. */
  batasWaktu: string | null
  /**
   * Set when the working days from `sejak` to `batasWaktu` cross a year with no Hari Libur entered: the words shown
   * beside the deadline, e.g. "dihitung tanpa hari libur (hari libur 2027 belum diisi)". Computed when read.
   */
  tanpaLibur: string | null
  terlambat: boolean
  /** Where the work is done: a path of the app's router, e.g. "/surat-masuk/12" or "/disposisi?buka=40". */
  tautan: string
}

/** A missing link that keeps work from reaching someone: what is missing and who can fix it. */
export interface PeringatanTugas {
  pesan: string
  tautan: string | null
}

export interface TugasSaya {
  /** Oldest and most urgent first: late items, then by sifat, due date and age. At most `TUGAS_MAX` items. */
  items: TugasItem[]
  /** All waiting items, also those beyond the list's cut. */
  jumlah: number
  terlambat: number
  peringatan: PeringatanTugas[]
}

export const TUGAS_MAX = 200

export const tugasContract = {
  'tugas.saya': query(z.object({}), SIGNED_IN).returns<TugasSaya>(),
  'tugas.jumlah': query(z.object({}), SIGNED_IN).returns<{ jumlah: number; terlambat: number }>(),
}
