import { BULAN, isIsoDate } from '@core/domain/dates'

/**
 * Dates as the office writes them (dd/mm/yyyy) and as the app keeps them (ISO YYYY-MM-DD). Chromium's own date
 * input follows the machine's locale (Debian's shows mm/dd/yyyy), so date fields are text with a mask instead.
 */

/** '2026-11-24' -> '24/11/2026'; anything that is not an ISO date -> ''. */
export function isoKeKetik(iso: string | null | undefined): string {
  if (!iso || !isIsoDate(iso)) return ''
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`
}

/** A pasted ISO date ('2026-11-24', e.g. copied from a spreadsheet) becomes '24/11/2026' before the mask sees it. */
export function rapikanTempel(text: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? isoKeKetik(text.trim()) || text : text
}

export interface BacaanTanggal {
  /** The ISO date, '' for an empty field, null while the text is not (yet) a date. */
  iso: string | null
  /** Why the text is not a date, in Indonesian; null when it is one or is empty. */
  pesan: string | null
  /** All eight digits are there: a message is then about an impossible date, not an unfinished one. */
  lengkap: boolean
}

const CONTOH = 'hh/bb/tttt, contoh 24/11/2026'

/** Reads 'dd/mm/yyyy' text. Years outside 1900-2100 are refused: a typo (0226, 2226) rather than a real letter. */
export function bacaTanggal(text: string): BacaanTanggal {
  const t = text.trim()
  if (t === '') return { iso: '', pesan: null, lengkap: false }
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(t)
  if (!m) return { iso: null, pesan: `Tulis tanggal lengkap (${CONTOH}).`, lengkap: false }
  const [, dd, mm, yyyy] = m
  const hari = Number(dd)
  const bulan = Number(mm)
  const tahun = Number(yyyy)
  if (bulan < 1 || bulan > 12) return { iso: null, pesan: `Bulan ${mm} tidak ada: bulan ditulis 01 sampai 12 (${CONTOH}).`, lengkap: true }
  if (tahun < 1900 || tahun > 2100) return { iso: null, pesan: `Tahun ${yyyy} tidak wajar: periksa tahunnya.`, lengkap: true }
  const akhir = new Date(Date.UTC(tahun, bulan, 0)).getUTCDate()
  if (hari < 1 || hari > akhir) {
    return { iso: null, pesan: `Tanggal ${t} tidak ada: ${BULAN[bulan - 1]} ${tahun} hanya sampai tanggal ${akhir}.`, lengkap: true }
  }
  return { iso: `${yyyy}-${mm}-${dd}`, pesan: null, lengkap: true }
}

/** The same Date the picker hands back, as the calendar day it shows (the picker works in local time). */
export function tanggalLokalKeIso(value: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${value.getFullYear()}-${p(value.getMonth() + 1)}-${p(value.getDate())}`
}
