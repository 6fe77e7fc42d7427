import type { TugasJumlah } from '@core/contract/tugas'

/** What the "Tugas Saya" badge shows. */
export interface TugasBadge {
  jumlah: number
  /** The badge's text: the number, with "+" when it is a lower bound ("1000+"). */
  content: string
  color: 'error' | 'primary'
  /** Its accessible name and tooltip, e.g. "lebih dari 1000 menunggu, 12 terlambat". */
  label: string
}

/**
 * The badge for a count of waiting work. Letters waiting for a disposition are counted up to BATAS_HITUNG_TUGAS
 * (src/contract/tugas.ts); a number the server marks in `lebih` is a lower bound and must not read as exact.
 */
export function tugasBadge(count: TugasJumlah): TugasBadge {
  const lebih = (key: 'jumlah' | 'terlambat') => (count.lebih?.[key] ? 'lebih dari ' : '')
  return {
    jumlah: count.jumlah,
    content: `${count.jumlah}${count.lebih?.jumlah ? '+' : ''}`,
    color: count.terlambat ? 'error' : 'primary',
    label: [`${lebih('jumlah')}${count.jumlah} menunggu`, count.terlambat ? `${lebih('terlambat')}${count.terlambat} terlambat` : ''].filter(Boolean).join(', '),
  }
}
