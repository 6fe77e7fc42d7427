// Pure helpers of the Disposisi screens: labels, colours and who may do what, kept out of the components so
// they can be tested.
import type { DisposisiView, LetterDispositions, PenerimaView } from '@core/contract/dispositions'
import type { Role } from '@core/contract/roles'
import { addDays, formatTanggal, OFFICE_TIME_ZONE, parseIsoDate, todayInOffice } from '@core/domain/dates'
import { STATUS_PENERIMA_LABELS, type StatusPenerima } from '@core/domain/dispositions'
import { formatTanggalPendek } from '../../shared/lib/format'

/** Roles that dispose a letter themselves. The Sekretariat disposes only on a leader's behalf. */
export const LEADER_ROLES: Role[] = ['kadis', 'kabid', 'kasi']
/** Roles that may dispose (the contract's `disposisi.create`). */
export const DISPOSE_ROLES: Role[] = [...LEADER_ROLES, 'sekretariat']
/** Roles that may print the Lembar Disposisi (the contract's `documents.lembarDisposisi`). */
export const PRINT_ROLES: Role[] = ['kadis', 'kabid', 'kasi', 'sekretariat']

export const STATUS_COLORS: Record<StatusPenerima, string> = {
  belum_dibaca: 'grey-darken-1',
  dibaca: 'blue-darken-2',
  ditindaklanjuti: 'orange-darken-3',
  selesai: 'success',
}

export const STATUS_ICONS: Record<StatusPenerima, string> = {
  belum_dibaca: 'mdi-email-outline',
  dibaca: 'mdi-email-open-outline',
  ditindaklanjuti: 'mdi-progress-check',
  selesai: 'mdi-check-circle-outline',
}

export function statusLabel(status: StatusPenerima): string {
  return STATUS_PENERIMA_LABELS[status] ?? status
}

/** "24 Nov 2026 14.05" for an instant, in the office's time zone. */
export function waktuPendek(instant: string | null | undefined): string {
  if (!instant) return ''
  const d = new Date(instant)
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: OFFICE_TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false }).format(d)
  return `${formatTanggalPendek(todayInOffice(d))} ${time.replace(':', '.')}`
}

/** A recipient's state as one line: "Dibaca 24 Nov 2026 14.05", "Selesai 25 Nov 2026 09.10". */
export function statusText(p: Pick<PenerimaView, 'status' | 'dibacaPada' | 'ditindaklanjutiPada' | 'selesaiPada'>): string {
  const at = { belum_dibaca: null, dibaca: p.dibacaPada, ditindaklanjuti: p.ditindaklanjutiPada, selesai: p.selesaiPada }[p.status]
  return at ? `${statusLabel(p.status)} ${waktuPendek(at)}` : statusLabel(p.status)
}

export function terlambatText(hariKerja: number): string {
  return `Terlambat ${Math.max(1, hariKerja)} hari kerja`
}

/** How long someone has held the letter: "sejak hari ini", "sejak 3 hari kerja". */
export function lamaText(hariKerja: number): string {
  return hariKerja <= 0 ? 'sejak hari ini' : `sejak ${hariKerja} hari kerja`
}

/** "Untuk ditindaklanjuti; Arsip; cek fisik server" */
export function instruksiText(instruksi: readonly string[], lain = ''): string {
  return [...instruksi, ...(lain.trim() ? [lain.trim()] : [])].join('; ')
}

/** Every disposition of the tree, in the order they were made. */
export function flattenTree(pohon: readonly DisposisiView[]): DisposisiView[] {
  return pohon.flatMap((d) => [d, ...flattenTree(d.lanjutan)]).sort((a, b) => a.id - b.id)
}

/** The highest disposition id in a letter's chain (0: none yet, or not loaded): what a dispose dialog saw when it opened. */
export function latestDispositionId(tree: LetterDispositions | null): number {
  return tree ? Math.max(0, ...flattenTree(tree.pohon).map((d) => d.id)) : 0
}

/** The item of this letter that a Pegawai received and would forward: the newest still open, else the newest. */
export function ownItem(tree: LetterDispositions | null, pegawaiId: number | null | undefined): PenerimaView | null {
  if (!tree || pegawaiId == null) return null
  const mine = flattenTree(tree.pohon)
    .flatMap((d) => d.penerima)
    .filter((p) => p.pegawaiId === pegawaiId)
    .sort((a, b) => b.id - a.id)
  return mine.find((p) => p.status !== 'selesai') ?? mine[0] ?? null
}

/**
 * Whether the "Disposisikan" button makes sense on a letter's page: the Sekretariat records for a leader, the Kepala
 * Dinas starts the chain, other leaders forward what they received. The server has the last word.
 */
export function canDisposeLetter(
  user: { roles: readonly Role[]; pegawaiId: number | null } | null,
  letterStatus: string,
  tree: LetterDispositions | null,
): boolean {
  if (!user || letterStatus !== 'aktif') return false
  if (user.roles.includes('sekretariat') || user.roles.includes('kadis')) return true
  if (!user.roles.some((r) => LEADER_ROLES.includes(r))) return false
  return ownItem(tree, user.pegawaiId) !== null
}

export interface Period {
  dari: string
  sampai: string
}

/** 'YYYY-MM-DD' of the month's last day (month 1-12). */
function lastDayOfMonth(year: number, month: number): string {
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`
  return addDays(next, -1)
}

/** The quick picks of the Buku Agenda's period, from today's date in the office. */
export function quickPeriods(today: string): { label: string; period: Period }[] {
  const { year, month } = parseIsoDate(today)
  const mm = (m: number) => String(m).padStart(2, '0')
  const prevYear = month === 1 ? year - 1 : year
  const prevMonth = month === 1 ? 12 : month - 1
  return [
    { label: 'Bulan ini', period: { dari: `${year}-${mm(month)}-01`, sampai: lastDayOfMonth(year, month) } },
    { label: 'Bulan lalu', period: { dari: `${prevYear}-${mm(prevMonth)}-01`, sampai: lastDayOfMonth(prevYear, prevMonth) } },
    { label: 'Tahun ini', period: { dari: `${year}-01-01`, sampai: `${year}-12-31` } },
  ]
}

/** "1 November 2026 s.d. 30 November 2026" */
export function periodText(p: Period): string {
  return p.dari === p.sampai ? formatTanggal(p.dari) : `${formatTanggal(p.dari)} s.d. ${formatTanggal(p.sampai)}`
}
