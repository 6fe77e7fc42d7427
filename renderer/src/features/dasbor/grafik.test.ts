import { describe, expect, it } from 'vitest'
import type { BarisLangkah } from '@core/contract/statistik'
import { BELUM_ADA_LANGKAH_SELESAI, grafikBerjalan, grafikHariKerja } from './grafik-langkah'
import { LABEL_SUMBU_PER_BARIS, labelSumbu, opsiGrafik } from './opsi-grafik'

const step = (no: number, nama: string, over: Partial<BarisLangkah> = {}): BarisLangkah => ({
  langkah: `l${no}`, no, nama, standarHariKerja: 1, berjalan: 0, terlambat: 0, rataRataBerjalan: null, selesai: 0, rataRataHariKerja: null, melebihiStandar: 0, ...over,
})

describe('the step charts of the Dasbor', () => {
  it('shows the standard as bars and says no step was completed when none was (a chart of nulls drew nothing)', () => {
    const g = grafikHariKerja([step(2, 'Disposisi Kepala Dinas', { berjalan: 1 }), step(3, 'Verifikasi dan Disposisi Kepala Bidang')])
    expect(g.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Rata-rata hari kerja (langkah selesai)', [null, null]],
      ['Rata-rata hari kerja (masih berjalan)', [null, null]],
      ['Standar SOP', [1, 1]],
    ])
    expect(g.catatan).toBe(BELUM_ADA_LANGKAH_SELESAI)
    expect(g.ringkasan).toBe('Standar SOP 1 hari kerja per langkah; tidak ada langkah yang rata-ratanya melebihi standar.')
  })

  it('says so when every completed step took 0 days (bars of length 0 are invisible)', () => {
    const g = grafikHariKerja([step(2, 'Disposisi Kepala Dinas', { selesai: 3, rataRataHariKerja: 0 }), step(7, 'Formulir Kelengkapan')])
    expect(g.catatan).toBe('Langkah yang selesai pada periode ini selesai pada hari mulainya (0 hari kerja).')
    expect(g.datasets[2].data).toEqual([1, 1])
  })

  it('adds no sentence when there are bars to see, and names the steps over the standard', () => {
    const g = grafikHariKerja([step(2, 'Disposisi Kepala Dinas', { selesai: 2, rataRataHariKerja: 2.5 }), step(5, 'Pemeriksaan daftar perangkat', { berjalan: 1, rataRataBerjalan: 1 })])
    expect(g.catatan).toBeUndefined()
    expect(g.ringkasan).toBe('Standar SOP 1 hari kerja per langkah; rata-rata melebihi standar pada langkah 2.')
    expect(g.labels).toEqual(['2. Disposisi Kepala Dinas', '5. Pemeriksaan daftar perangkat'])
  })

  it('counts open and late cases per step', () => {
    const g = grafikBerjalan([step(2, 'Disposisi Kepala Dinas', { berjalan: 3, terlambat: 1 }), step(5, 'Pemeriksaan daftar perangkat', { berjalan: 1 })])
    expect(g.datasets.map((d) => d.data)).toEqual([[2, 1], [1, 0]])
    expect(g.ringkasan).toBe('4 permohonan berjalan, 1 terlambat.')
    expect(g.stacked && g.horizontal).toBe(true)
  })
})

describe('axis labels and options', () => {
  it('keeps a short name whole and wraps a long one on two lines, cutting the rest with "…"', () => {
    expect(labelSumbu('2. Disposisi Kepala Dinas')).toBe('2. Disposisi Kepala Dinas')
    expect(labelSumbu('8. Verifikasi dan pendampingan penarikan')).toEqual(['8. Verifikasi dan', 'pendampingan penarikan'])
    const long = labelSumbu('6. Laporan ke Kasi dan Surat Balasan kepada OPD Pemohon yang tidak sesuai dengan inventaris') as string[]
    expect(long).toHaveLength(2)
    expect(long[0]).toBe('6. Laporan ke Kasi dan Surat')
    expect(long[1].endsWith('…')).toBe(true)
    expect(long.every((l) => l.length <= LABEL_SUMBU_PER_BARIS)).toBe(true)
    expect(labelSumbu('Penyelenggaraanelektronikyangsangatpanjangsekali')).toEqual(['Penyelenggaraanelektronikya…'])
  })

  it('puts the shortened names on the category axis of a horizontal chart and the whole name in the tooltip', () => {
    const labels = ['2. Disposisi Kepala Dinas', '11. Pemeriksaan laporan pelaksanaan oleh Kasi']
    const clicks: [number, number][] = []
    const o = opsiGrafik({ labels, horizontal: true, stacked: false, bisaDiklik: true }, (d, i) => clicks.push([d, i]))
    expect(o.indexAxis).toBe('y')
    const tick = (o.scales!.y!.ticks as { callback: (v: number, i: number) => unknown }).callback
    expect(tick(1, 1)).toEqual(['11. Pemeriksaan laporan', 'pelaksanaan oleh Kasi'])
    expect((o.scales!.y!.ticks as { autoSkip: boolean }).autoSkip).toBe(false)
    expect((o.scales!.x!.ticks as { precision: number }).precision).toBe(0)
    const title = o.plugins!.tooltip!.callbacks!.title as unknown as (items: { dataIndex: number }[]) => string
    expect(title([{ dataIndex: 1 }])).toBe(labels[1])
    ;(o.onClick as unknown as (e: unknown, els: { datasetIndex: number; index: number }[]) => void)({}, [{ datasetIndex: 1, index: 0 }])
    expect(clicks).toEqual([[1, 0]])
  })

  it('labels the x axis of an upright chart', () => {
    const o = opsiGrafik({ labels: ['Jan 26'], horizontal: false, stacked: true, bisaDiklik: false }, () => {})
    expect(o.indexAxis).toBe('x')
    expect((o.scales!.x!.ticks as { callback: (v: number, i: number) => unknown }).callback(0, 0)).toBe('Jan 26')
    expect(o.scales!.y!.stacked).toBe(true)
  })
})
