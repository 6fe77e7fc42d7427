import { z } from 'zod'
import { SIFAT } from '../domain/letters'
import { command, query } from './define'
import { paging, tanggal, type Page } from './fields'
import type { GeneratedFile } from './documents'
import { anyOf, SIGNED_IN } from './roles'

// Figures for leaders (issue 10, items 5 and 6): the Dasbor's charts and the Laporan's two rekap. Every figure is
// counted in the core so the chart, its text table and the printed report say the same thing.

/** A period of office days, both ends included ('YYYY-MM-DD'). Longer than 3 years is refused: split it. */
export const Periode = z
  .object({ dari: tanggal('Dari tanggal'), sampai: tanggal('Sampai tanggal') })
  .refine((v) => v.sampai >= v.dari, { error: 'Sampai tanggal tidak boleh sebelum Dari tanggal.', path: ['sampai'] })
  .refine((v) => Number(v.sampai.slice(0, 4)) - Number(v.dari.slice(0, 4)) <= 3, { error: 'Periode paling panjang 3 tahun. Persempit periodenya.', path: ['dari'] })

/** Letters received per month and sifat: `jumlah[i]` counts the month `bulan[i]`. */
export interface SuratPerBulan {
  /** 12 months 'YYYY-MM', oldest first, ending with the month asked for. */
  bulan: string[]
  seri: { sifat: (typeof SIFAT)[number]; jumlah: number[] }[]
}

/** Active letters received on the day, in its month (1st to the day) and in its agenda year: the Dasbor's three cards. */
export interface SuratDiterima {
  hariIni: number
  bulanIni: number
  tahunIni: number
}

/** Whether a recipient acted on a disposition by its due date. */
export const KEADAAN_DISPOSISI = ['tepat', 'terlambat', 'berjalan'] as const
export type KeadaanDisposisi = (typeof KEADAAN_DISPOSISI)[number]
export const KEADAAN_DISPOSISI_LABELS: Record<KeadaanDisposisi, string> = { tepat: 'Tepat waktu', terlambat: 'Terlambat', berjalan: 'Belum jatuh tempo' }

/** One line of the Rekap Disposisi: one official, or one unit (bidang/seksi). */
export interface BarisRekapDisposisi {
  /** The Pegawai's id for an official's line; null for a unit's line. */
  pegawaiId: number | null
  /** The official's name as on the latest disposition, or the unit's name ("Bidang ...", "Seksi ..."). */
  nama: string
  /** The official's post on the latest disposition ('' for a unit). */
  jabatan: string
  /** Dispositions received in the period (one per recipient). */
  diterima: number
  /** Acted on (followed up or finished) on or before the due date. */
  tepatWaktu: number
  /** Acted on after the due date, or still open past it. */
  terlambat: number
  /** Still open and not yet due. */
  berjalan: number
  /** Average working days from the disposition's date to the action, over those acted on; null when none. */
  rataRataHariKerja: number | null
}

export interface RekapDisposisi {
  dari: string
  sampai: string
  perPejabat: BarisRekapDisposisi[]
  perUnit: BarisRekapDisposisi[]
  jumlah: BarisRekapDisposisi
}

/** A step of the SOP: open cases there now, and the steps completed in the period against the standard. */
export interface BarisLangkah {
  langkah: string
  no: number
  nama: string
  /** The SOP's service standard in working days (1 for every step of SOP 07). */
  standarHariKerja: number
  /** Open cases at this step now. */
  berjalan: number
  /** Of those, past their due date. */
  terlambat: number
  /** Average working days the open cases have spent at this step so far; null when none. */
  rataRataBerjalan: number | null
  /** Times the step was completed in the period. */
  selesai: number
  /** Average working days those took; null when none. */
  rataRataHariKerja: number | null
  /** How many of those took longer than the standard. */
  melebihiStandar: number
}

/** Cases opened in the period from one OPD, by outcome. */
export interface BarisPermohonanOpd {
  opdId: number | null
  pemohon: string
  jumlah: number
  selesai: number
  ditolak: number
  berjalan: number
  /** Average working days from opening to closing, over the closed ones; null when none. */
  rataRataHariKerja: number | null
}

export interface RekapPermohonan {
  dari: string
  sampai: string
  perLangkah: BarisLangkah[]
  perOpd: BarisPermohonanOpd[]
}

export interface StatistikInventaris {
  /** Devices not withdrawn (Ditarik) per owner OPD, most first. */
  perOpd: { opdId: number; nama: string; singkatan: string; jumlah: number }[]
  /** Active racks: units taken (either face) of their height. */
  rak: { rakId: number; nama: string; tinggiU: number; terpakaiU: number; persenTerisi: number }[]
}

/** One recipient's disposition in the Pantau Disposisi list (the list behind the Rekap Disposisi's bars). */
export interface BarisPantauDisposisi {
  penerimaId: number
  suratId: number
  nomorAgenda: number
  tahun: number
  asalSurat: string
  /** Hal, or a note in its place for a Rahasia letter (read it on the letter's page). */
  hal: string
  rahasia: boolean
  sifat: string
  dariNama: string
  nama: string
  jabatan: string
  unit: string
  tanggal: string
  batasWaktu: string
  /** The office day it was acted on, null while open. */
  ditindaklanjuti: string | null
  keadaan: KeadaanDisposisi
  hariKerja: number | null
}

export const PantauDisposisiInput = z.object({
  ...paging,
  dari: tanggal('Dari tanggal'),
  sampai: tanggal('Sampai tanggal'),
  pegawaiId: z.number().int().positive().optional(),
  unit: z.string().trim().max(200).optional(),
  keadaan: z.enum(KEADAAN_DISPOSISI).optional(),
})
export type PantauDisposisiInput = z.input<typeof PantauDisposisiInput>

/** Leaders see the office's figures; the Admin too (setup and support). */
const PIMPINAN = anyOf('kadis', 'kabid', 'kasi', 'admin')
/** The reports are printed by the leaders and, for them, the Sekretariat (like the Buku Agenda). */
const PENCETAK_REKAP = anyOf('kadis', 'kabid', 'kasi', 'sekretariat', 'admin')

const RekapInput = z.intersection(Periode, z.object({ format: z.enum(['docx', 'xlsx']).default('docx') }))

export const statistikContract = {
  // Everyone's Dasbor shows these three counts: one call instead of three counted Surat Masuk lists.
  'statistik.suratDiterima': query(z.object({ hariIni: tanggal('Hari ini') }), SIGNED_IN).returns<SuratDiterima>(),
  'statistik.suratPerBulan': query(z.object({ sampaiBulan: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Bulan tidak valid (TTTT-BB).' }).optional() }), PIMPINAN).returns<SuratPerBulan>(),
  'statistik.disposisi': query(Periode, PIMPINAN).returns<RekapDisposisi>(),
  'statistik.permohonan': query(Periode, PIMPINAN).returns<RekapPermohonan>(),
  'statistik.inventaris': query(z.object({}), PIMPINAN).returns<StatistikInventaris>(),
  'statistik.pantauDisposisi': query(PantauDisposisiInput, PIMPINAN).returns<Page<BarisPantauDisposisi>>(),
  // Commands only so that printing is audited (who printed which period), like the Buku Agenda.
  'documents.rekapDisposisi': command(RekapInput, PENCETAK_REKAP).returns<GeneratedFile>(),
  'documents.rekapPermohonan': command(RekapInput, PENCETAK_REKAP).returns<GeneratedFile>(),
}
