import { z } from 'zod'
import { query } from './define'
import { command } from './define'
import { JAM_POLA, pesanJamSalah, versiDilihat } from './fields'
import { SIGNED_IN, anyOf } from './roles'

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
  /** Oldest and most urgent first: late items, then by sifat, due date and age. At most the input's `batas` items. */
  items: TugasItem[]
  /** All waiting items, also those beyond the list's cut (see `lebih`). */
  jumlah: number
  terlambat: number
  /** Which numbers are lower bounds ("lebih dari"): see TugasJumlah. */
  lebih?: Partial<Record<'jumlah' | 'terlambat', boolean>>
  peringatan: PeringatanTugas[]
}

/** The most items one Tugas Saya answer lists (the default of its `batas`). */
export const TUGAS_MAX = 200

/**
 * How far the letters waiting for a disposition are counted (as the Surat Masuk list counts, "lebih dari 1.000"):
 * past it a backlog would be counted letter by letter on every badge poll.
 */
export const BATAS_HITUNG_TUGAS = 1000

/** The badge numbers: waiting items, late ones, and those due today or overdue (the bell's count). */
export interface TugasJumlah {
  jumlah: number
  terlambat: number
  /** Items whose due date (working days) is today or past: what the bell and desktop notifications remind of. */
  jatuhTempo: number
  /**
   * Which numbers are lower bounds: letters waiting for a disposition are counted up to BATAS_HITUNG_TUGAS, so a
   * number marked here means "more than" it (shown as "lebih dari ..."). Absent when every number is exact.
   */
  lebih?: Partial<Record<'jumlah' | 'terlambat' | 'jatuhTempo', boolean>>
}

/** How and when reminders are pushed (Pengaturan -> Pengguna); the bell in the app bar is always there. */
export interface PengaturanPengingat {
  /** Minutes between desktop notification rounds (default 60). */
  intervalMenit: number
  /** Office hours in the office time zone, 'HH:MM' (default 07:30 to 16:00): no notification outside them or on a non-working day. */
  jamMulai: string
  jamSelesai: string
  /** setting_version id in force (0 = default), for the stale-screen check. */
  versi: number
}

/** One reminder: a Tugas Saya item due today or overdue. */
export type Pengingat = TugasItem & { batasWaktu: string }

export interface DaftarPengingat {
  /** The office's date the list was made for (YYYY-MM-DD): "never twice a day" is counted per this date. */
  tanggal: string
  /** True on a working day within office hours: when a desktop notification may be shown. */
  jamKerja: boolean
  pengaturan: PengaturanPengingat
  /** Overdue first, then as Tugas Saya orders them. */
  items: Pengingat[]
}

const jam = (label: string) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .regex(JAM_POLA, { error: pesanJamSalah(label) })

export const tugasContract = {
  'tugas.saya': query(
    z.object({
      /** How many items to list, most urgent first (default TUGAS_MAX): a page shows the first ones, then more on request. */
      batas: z.number().int().min(1).max(TUGAS_MAX).optional(),
    }),
    SIGNED_IN,
  ).returns<TugasSaya>(),
  'tugas.jumlah': query(z.object({}), SIGNED_IN).returns<TugasJumlah>(),
  'tugas.pengingat': query(z.object({}), SIGNED_IN).returns<DaftarPengingat>(),
  'tugas.pengaturanPengingat': query(z.object({}), anyOf('admin')).returns<PengaturanPengingat>(),
  'tugas.simpanPengaturanPengingat': command(
    z
      .object({
        intervalMenit: z
          .number({ error: 'Selang pengingat wajib diisi.' })
          .int({ error: 'Selang pengingat harus bilangan bulat (menit).' })
          .min(15, { error: 'Selang pengingat 15 sampai 480 menit.' })
          .max(480, { error: 'Selang pengingat 15 sampai 480 menit.' }),
        jamMulai: jam('Jam mulai'),
        jamSelesai: jam('Jam selesai'),
        versi: versiDilihat(),
      })
      .refine((v) => v.jamMulai < v.jamSelesai, { error: 'Jam selesai harus setelah jam mulai.', path: ['jamSelesai'] }),
    anyOf('admin'),
  ).returns<PengaturanPengingat>(),
}
