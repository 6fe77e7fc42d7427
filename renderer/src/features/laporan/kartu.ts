import { markRaw, type Component } from 'vue'
import type { Role } from '@core/contract/roles'
import { saveDocument } from '../../files'
import { duaBelasBulan, rentangBulan, tambahBulan } from '../dasbor/tautan'
import { quickPeriods, type Period } from '../disposisi/disposisi'
import JumlahSuratPeriode from './components/JumlahSuratPeriode.vue'
import { BUKU_AGENDA, REKAP_PIMPINAN } from './routes'

/** One report of a card: its name (shown, and in the buttons' names when the card has several) and how its file is made. */
export interface PeriodReport {
  key: string
  nama?: string
  make: (p: Period, format: 'docx' | 'xlsx') => Promise<{ saved: boolean; fileName: string }>
}

/** A card of the Laporan page: a report period and, per report, its Word and Excel downloads (PeriodReportCard). */
export interface KartuLaporan {
  judul: string
  ikon: string
  /** The avatar's and the picked chip's colour. */
  warna: string
  /** What the reports hold. */
  uraian: string
  /** Who sees the card (the roles the contract lets print its reports). */
  peran: Role[]
  /** The period chips for today (ISO date); the first is the period the card opens with. */
  quick: (today: string) => { label: string; period: Period }[]
  /** The words of the period: the chips' group, then the Dari and Sampai fields (each card's own, as the page shows two). */
  label: { periode: string; dari: string; sampai: string }
  laporan: PeriodReport[]
  /** A line under the dates, given `period` (e.g. how many letters the period holds). */
  ringkasan?: Component
}

/** Makes a report's file through the contract's `documents.<op>` and saves or opens it (saveDocument). */
const makeFile = (op: 'bukuAgenda' | 'rekapDisposisi' | 'rekapPermohonan'): PeriodReport['make'] => (p, format) => saveDocument(`documents.${op}`, { ...p, format })

/** The Laporan page's cards, in page order. */
export const KARTU_LAPORAN: KartuLaporan[] = [
  {
    judul: 'Rekap untuk Pimpinan',
    ikon: 'mdi-chart-box-outline',
    warna: 'secondary',
    uraian:
      'Rekap Disposisi per pejabat (diterima, tepat waktu, terlambat, rata-rata hari kerja) dan Rekap Permohonan (per OPD, hasil, hari kerja per langkah terhadap standar SOP). Angkanya sama dengan grafik di Dasbor.',
    peran: REKAP_PIMPINAN,
    // Labels differ from the Buku Agenda's chips on the same page, so each chip names one thing.
    quick: (today) => [
      { label: 'Bulan berjalan', period: rentangBulan(today.slice(0, 7)) },
      { label: 'Bulan sebelumnya', period: rentangBulan(tambahBulan(today.slice(0, 7), -1)) },
      { label: '12 bulan terakhir', period: duaBelasBulan(today) },
    ],
    label: { periode: 'Periode rekap', dari: 'Rekap dari tanggal', sampai: 'Rekap sampai tanggal' },
    laporan: [
      { key: 'rekapDisposisi', nama: 'Rekap Disposisi per Pejabat', make: makeFile('rekapDisposisi') },
      { key: 'rekapPermohonan', nama: 'Rekap Permohonan', make: makeFile('rekapPermohonan') },
    ],
  },
  {
    judul: 'Buku Agenda Surat Masuk',
    ikon: 'mdi-book-open-page-variant-outline',
    warna: 'primary',
    uraian:
      'Register surat masuk per periode: No. Agenda, Tgl. Diterima, Nomor Surat, Tgl. Surat, Asal Surat, Hal / Isi Ringkas, Sifat, Diteruskan kepada, Keterangan. Word untuk dicetak dan ditandatangani (Mengetahui), Excel untuk diolah.',
    peran: BUKU_AGENDA,
    quick: quickPeriods,
    label: { periode: 'Periode', dari: 'Dari', sampai: 'Sampai' },
    laporan: [{ key: 'bukuAgenda', make: makeFile('bukuAgenda') }],
    ringkasan: markRaw(JumlahSuratPeriode),
  },
]
