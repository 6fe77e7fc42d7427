import { formatTanggal, isIsoDate, officeDate, parseIsoDate } from '@core/domain/dates'
import { LETTER_STATUS_LABELS, type LetterStatus } from '@core/domain/letters'

const BULAN_PENDEK = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'] as const

/** "24 Nov 2026": for dense tables; the full form (formatTanggal) goes in the cell's title. An instant shows its office day. */
export function formatTanggalPendek(value: string | null | undefined): string {
  if (!value) return ''
  const { year, month, day } = parseIsoDate(officeDate(value))
  return `${day} ${BULAN_PENDEK[month - 1]} ${year}`
}

const number1 = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 })

/** "820 B", "12,4 KB", "3,1 MB" */
export function formatUkuran(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${number1.format(bytes / 1024)} KB`
  return `${number1.format(bytes / (1024 * 1024))} MB`
}

/** A sentence ending in one full stop, also after a name that ends in an abbreviation ("Siti Aminah, S.T."). */
export { kalimat } from '@core/domain/kalimat'

export function formatAngka(value: number): string {
  return new Intl.NumberFormat('id-ID').format(value)
}

/** A count as shown; one that stopped at its cap (`lebih`) reads "lebih dari 1.000". */
export function formatAngkaBatas(value: number, lebih?: boolean): string {
  return lebih ? `lebih dari ${formatAngka(value)}` : formatAngka(value)
}

export function statusLabel(status: string): string {
  return LETTER_STATUS_LABELS[status as LetterStatus] ?? status
}

/** A value from the history (before/after) as the user reads it. */
export function formatNilaiRiwayat(value: unknown, lookup?: (value: unknown) => string | undefined): string {
  const looked = lookup?.(value)
  if (looked !== undefined) return looked
  if (value === null || value === undefined || value === '') return '(kosong)'
  if (typeof value === 'boolean') return value ? 'Ya' : 'Tidak'
  if (typeof value === 'string') {
    if (isIsoDate(value)) return formatTanggal(value)
    if (value in LETTER_STATUS_LABELS) return statusLabel(value)
    return value
  }
  if (typeof value === 'object' && value !== null && 'fileName' in value) return String((value as { fileName: unknown }).fileName)
  return JSON.stringify(value)
}
