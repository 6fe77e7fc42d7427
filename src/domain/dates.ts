// Calendar dates are kept as ISO strings 'YYYY-MM-DD' (the office's day, Asia/Jakarta); instants as ISO timestamps.
export const OFFICE_TIME_ZONE = 'Asia/Jakarta'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export const HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const
export const BULAN = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const

/** Western Indonesia Time is UTC+7 all year (no daylight saving since 1964), so an instant's office day is arithmetic. */
const OFFICE_OFFSET_MS = 7 * 60 * 60 * 1000

/** Today's date in the office's time zone, as 'YYYY-MM-DD'. */
export function todayInOffice(now: Date = new Date()): string {
  // Arithmetic rather than an Intl formatter: reports turn tens of thousands of instants into days.
  return new Date(now.getTime() + OFFICE_OFFSET_MS).toISOString().slice(0, 10)
}

/**
 * The office's calendar day of a value that is either a date ('YYYY-MM-DD', returned as is) or an instant (an ISO
 * timestamp such as a stored `closed_at`): 2026-11-30T17:22:00Z is 2026-12-01 in Batam (00:22 WIB).
 */
export function officeDate(value: string | Date): string {
  if (typeof value === 'string' && ISO_DATE.test(value)) return value
  const d = typeof value === 'string' ? new Date(value) : value
  if (Number.isNaN(d.getTime())) throw new Error(`Waktu tidak valid: ${String(value)}`)
  return todayInOffice(d)
}

/** Western Indonesia Time has no daylight saving: the office's day always starts at 17:00 UTC the day before. */
export const OFFICE_UTC_OFFSET = '+07:00'

/**
 * The instants [from, to) of the office's days `dari` up to and including `sampai` (both 'YYYY-MM-DD'), as ISO
 * timestamps that compare correctly as strings with stored instants (`at >= from AND at < to`).
 */
export function officeDayRange(dari: string, sampai: string = dari): { from: string; to: string } {
  parseIsoDate(dari)
  return {
    from: new Date(`${dari}T00:00:00${OFFICE_UTC_OFFSET}`).toISOString(),
    to: new Date(`${addDays(sampai, 1)}T00:00:00${OFFICE_UTC_OFFSET}`).toISOString(),
  }
}

/** The instants [from, to) of the office's month 'YYYY-MM' (e.g. Selesai bulan ini on the Dasbor). */
export function officeMonthRange(month: string): { from: string; to: string } {
  const { year, month: m } = parseIsoDate(`${month}-01`)
  const next = m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`
  return officeDayRange(`${month}-01`, addDays(next, -1))
}

/** True for a real calendar date in 'YYYY-MM-DD' form (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const dt = new Date(Date.UTC(y, mo - 1, d))
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d
}

export function parseIsoDate(value: string): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(value)
  if (!m || !isIsoDate(value)) throw new Error(`Tanggal tidak valid: ${value}`)
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
}

/** "24 November 2026" */
export function formatTanggal(value: string | null | undefined): string {
  if (!value) return ''
  const { year, month, day } = parseIsoDate(officeDate(value))
  return `${day} ${BULAN[month - 1]} ${year}`
}

/** Day name of an ISO date: "Selasa". */
export function namaHari(value: string): string {
  const { year, month, day } = parseIsoDate(value)
  return HARI[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]
}

/** "24 November 2026 14.05" for an instant, in the office's time zone. */
export function formatWaktu(instant: string | Date | null | undefined): string {
  if (!instant) return ''
  const d = typeof instant === 'string' ? new Date(instant) : instant
  const date = todayInOffice(d)
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: OFFICE_TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false }).format(d)
  return `${formatTanggal(date)} ${time.replace(':', '.')}`
}

/** Adds calendar days to an ISO date. */
export function addDays(value: string, days: number): string {
  const { year, month, day } = parseIsoDate(value)
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10)
}
