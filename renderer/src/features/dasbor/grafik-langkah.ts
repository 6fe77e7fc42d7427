// The two charts of the SOP steps on the Dasbor (open cases per step; working days per step against the standard),
// built from the Rekap Permohonan's rows so the figures are the printed rekap's.
import type { BarisLangkah } from '@core/contract/statistik'
import { WARNA } from './chart-setup'
import type { Grafik } from './components/BarChart.vue'

/** A chart's figures and words, without where its bars lead (the page adds that). */
export type IsiGrafik = Omit<Grafik, 'tautan'>

export const BELUM_ADA_LANGKAH_SELESAI = 'Belum ada langkah selesai pada periode ini.'
const KOSONG = 'Belum ada permohonan pada periode ini.'

const label = (s: BarisLangkah) => `${s.no}. ${s.nama}`

/** Open cases per step now, late ones apart (stacked bars). */
export function grafikBerjalan(steps: readonly BarisLangkah[]): IsiGrafik {
  const berjalan = steps.reduce((a, s) => a + s.berjalan, 0)
  const terlambat = steps.reduce((a, s) => a + s.terlambat, 0)
  return {
    judul: 'Permohonan berjalan per langkah SOP',
    kolomLabel: 'Langkah',
    labels: steps.map(label),
    datasets: [
      { label: 'Belum terlambat', data: steps.map((s) => s.berjalan - s.terlambat), warna: WARNA.primer },
      { label: 'Terlambat', data: steps.map((s) => s.terlambat), warna: WARNA.terlambat },
    ],
    ringkasan: `${berjalan} permohonan berjalan, ${terlambat} terlambat.`,
    stacked: true,
    horizontal: true,
    // Room for a name on two lines (labelSumbu).
    tinggi: steps.length * 34 + 90,
    pesanKosong: KOSONG,
  }
}

/**
 * Average working days per step (completed in the period; still open) beside the SOP's standard, drawn as bars of its
 * own so the chart is never blank: when every average is 0 (steps done the day they started) or there is none, the
 * standard's bars and a sentence say what there is.
 */
export function grafikHariKerja(steps: readonly BarisLangkah[]): IsiGrafik {
  const lewat = steps.filter((s) => (s.rataRataHariKerja ?? 0) > s.standarHariKerja)
  const selesai = steps.filter((s) => s.selesai > 0)
  const standar = [...new Set(steps.map((s) => s.standarHariKerja))]
  const catatan = !selesai.length
    ? BELUM_ADA_LANGKAH_SELESAI
    : selesai.every((s) => !s.rataRataHariKerja) && steps.every((s) => !s.rataRataBerjalan)
      ? 'Langkah yang selesai pada periode ini selesai pada hari mulainya (0 hari kerja).'
      : undefined
  return {
    judul: 'Hari kerja per langkah terhadap standar SOP',
    kolomLabel: 'Langkah',
    labels: steps.map(label),
    datasets: [
      { label: 'Rata-rata hari kerja (langkah selesai)', data: steps.map((s) => s.rataRataHariKerja), warna: WARNA.primer },
      { label: 'Rata-rata hari kerja (masih berjalan)', data: steps.map((s) => s.rataRataBerjalan), warna: WARNA.berjalan },
      { label: 'Standar SOP', data: steps.map((s) => s.standarHariKerja), warna: WARNA.standar },
    ],
    ringkasan: `Standar SOP ${standar.join('/') || 1} hari kerja per langkah; ${
      lewat.length ? `rata-rata melebihi standar pada ${lewat.map((s) => `langkah ${s.no}`).join(', ')}.` : 'tidak ada langkah yang rata-ratanya melebihi standar.'
    }`,
    catatan,
    horizontal: true,
    tinggi: steps.length * 40 + 90,
    pesanKosong: KOSONG,
  }
}
