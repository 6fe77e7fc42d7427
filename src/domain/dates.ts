// Calendar dates are kept as ISO strings 'YYYY-MM-DD' (the office's day, Asia/Jakarta); instants as ISO timestamps.
export const OFFICE_TIME_ZONE = 'Asia/Jakarta'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export const HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const
export const BULAN = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const

/** Today's date in the office's time zone, as 'YYYY-MM-DD'. */
export function todayInOffice(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD; the locale only picks the layout, the zone does the work.
  return new Intl.DateTimeFormat('en-CA', { timeZone: OFFICE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
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
  const { year, month, day } = parseIsoDate(value.slice(0, 10))
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
