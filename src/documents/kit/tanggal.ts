// Dates spelled out in words, as Berita Acara open: "Pada hari ini Selasa tanggal dua puluh empat bulan November ...".
import { BULAN, namaHari, officeDate, parseIsoDate } from '../../domain/dates'
import { terbilang } from '../../domain/terbilang'

/**
 * "Selasa tanggal dua puluh empat bulan November tahun dua ribu dua puluh enam (24-11-2026)" for 2026-11-24: the day,
 * date and year in words with the date in figures after them. Callers put the lead-in before it ("Pada hari ini ...").
 */
export function tanggalTerbilang(iso: string): string {
  const date = officeDate(iso)
  const { year, month, day } = parseIsoDate(date)
  const figures = `${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}-${year}`
  return `${namaHari(date)} tanggal ${terbilang(day)} bulan ${BULAN[month - 1]} tahun ${terbilang(year)} (${figures})`
}
