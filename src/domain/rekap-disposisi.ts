// Rules of the Rekap Disposisi (issue 10, item 6): when a recipient's disposition counts as acted on, on time or
// late, and which unit (bidang/seksi) it belongs to. Pure: the service reads the rows, this file judges them.
import { officeDate } from './dates'
import type { Sifat } from './letters'
import { dueDateForSifat, type WorkingCalendar } from './working-days'

export type KeadaanPenerima = 'tepat' | 'terlambat' | 'berjalan'

/** What the rules need of one recipient's disposition. Instants are ISO timestamps, dates 'YYYY-MM-DD'. */
export interface PenerimaUntukRekap {
  tanggal: string
  batasWaktu: string | null
  sifat: string
  ditindaklanjutiPada: string | null
  selesaiPada: string | null
}

export interface PenilaianPenerima {
  /** The disposition's own Batas Waktu, else the letter's response target by sifat from the disposition's date. */
  batasWaktu: string
  /** The office day the recipient acted (followed up, forwarded or finished); null while open. */
  ditindaklanjuti: string | null
  keadaan: KeadaanPenerima
  /** Working days from the disposition's date to the action; null while open. */
  hariKerja: number | null
}

/**
 * Judges one recipient's disposition on `today` (office date). The due date is the Batas Waktu the disposer set,
 * else the sifat's response target (SIFAT_HARI_KERJA: Sangat Segera 1, Segera 2, Penting 3, Biasa 5 working days,
 * DOMAIN.md section 2) counted from the disposition's date. Acting means the first of "ditindaklanjuti" (which a
 * forward also sets) and "selesai": on or before the due date is on time. Still open after the due date is late
 * (the SOP: "terlambat when still open after its due date"); open and not yet due is "berjalan".
 */
export function nilaiPenerima(p: PenerimaUntukRekap, today: string, cal: WorkingCalendar): PenilaianPenerima {
  const sifat = (['Biasa', 'Penting', 'Segera', 'Sangat Segera'].includes(p.sifat) ? p.sifat : 'Biasa') as Sifat
  const batasWaktu = p.batasWaktu ?? dueDateForSifat(p.tanggal, sifat, cal)
  const pada = p.ditindaklanjutiPada ?? p.selesaiPada
  if (!pada) return { batasWaktu, ditindaklanjuti: null, keadaan: today > batasWaktu ? 'terlambat' : 'berjalan', hariKerja: null }
  const hari = officeDate(pada)
  return { batasWaktu, ditindaklanjuti: hari, keadaan: hari > batasWaktu ? 'terlambat' : 'tepat', hariKerja: Math.max(0, cal.workingDaysBetween(p.tanggal, hari)) }
}

/**
 * The unit (bidang/seksi) a disposition's recipient works in, named from the post: "Kepala Bidang X" is in
 * "Bidang X", "Kepala Seksi Y" in "Seksi Y", "Sekretaris" in "Sekretariat". Staff without a post (the Tim DC) are
 * counted in the unit of whoever disposed to them (the Kasi who appointed them); '' gives "Tanpa unit".
 */
export function unitKerja(jabatanPenerima: string, jabatanPengirim: string): string {
  return unitDariJabatan(jabatanPenerima) ?? unitDariJabatan(jabatanPengirim) ?? 'Tanpa unit'
}

function unitDariJabatan(jabatan: string): string | null {
  const j = jabatan.trim().replace(/^(Plt\.|Plh\.)\s*/i, '')
  const m = /^Kepala\s+((Bidang|Seksi|Sub\s*Bagian|Bagian|UPT)\b.*)$/i.exec(j)
  if (m) return m[1]
  if (/^Sekretaris\b/i.test(j)) return 'Sekretariat'
  if (/^Kepala\s+Dinas\b/i.test(j)) return 'Pimpinan Dinas'
  return null
}

/** Mean of whole numbers to one decimal (Indonesian reports print "1,5"); null for none. */
export function rataRata(values: number[]): number | null {
  return rataRataDari(values.reduce((a, b) => a + b, 0), values.length)
}

/** rataRata from the sum of the values and their count (as a database hands them back); null when none. */
export function rataRataDari(jumlah: number, banyak: number): number | null {
  if (!banyak) return null
  return Math.round((jumlah / banyak) * 10) / 10
}
