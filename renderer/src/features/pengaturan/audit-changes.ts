import { ROLE_LABELS, type Role } from '@core/contract/roles'
import { isIsoDate, OFFICE_TIME_ZONE, officeDate, parseIsoDate } from '@core/domain/dates'
import { LETTER_STATUS_LABELS, type LetterStatus } from '@core/domain/letters'
import { fieldLabel } from './labels'

/** Names for values stored as ids (a Pegawai, an OPD); undefined when unknown. */
export type AuditLookup = (key: string, value: unknown) => string | undefined

/** One field of an audit entry as the Admin reads it. */
export interface AuditChangeRow {
  key: string
  /** The field's Indonesian label ("Hal", "Tanggal Surat"). */
  label: string
  before: string
  after: string
  changed: boolean
}

/** Created (no "before"), removed (no "after"), or changed. */
export type AuditKind = 'baru' | 'hapus' | 'ubah'

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const pad = (n: number) => String(n).padStart(2, '0')

/** "2026-11-24" -> "24/11/2026": the audit trail's dates are short and unambiguous. */
export function tanggalAudit(iso: string): string {
  const { year, month, day } = parseIsoDate(iso)
  return `${pad(day)}/${pad(month)}/${year}`
}

/** An instant -> "24/11/2026 10.05" in the office's time zone (WIB). */
export function waktuAudit(instant: string): string {
  const d = new Date(instant)
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: OFFICE_TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false }).format(d)
  return `${tanggalAudit(officeDate(instant))} ${time.replace(':', '.')}`
}

/** One stored value in words: dates dd/mm/yyyy, Ya/Tidak, role names, lists, nested fields, a file by its name. */
export function nilaiAudit(key: string, value: unknown, lookup?: AuditLookup): string {
  const named = value === null || value === undefined ? undefined : lookup?.(key, value)
  if (named !== undefined) return named
  if (value === null || value === undefined || value === '') return '(kosong)'
  if (typeof value === 'boolean') return value ? 'Ya' : 'Tidak'
  if (key === 'roles' && Array.isArray(value)) return value.map((r) => ROLE_LABELS[r as Role] ?? String(r)).join(', ') || '(kosong)'
  if (typeof value === 'string') {
    if (isIsoDate(value)) return tanggalAudit(value)
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value))) return waktuAudit(value)
    if (value in LETTER_STATUS_LABELS) return LETTER_STATUS_LABELS[value as LetterStatus]
    return value
  }
  if (Array.isArray(value)) return value.length ? value.map((v) => nilaiAudit('', v, lookup)).join(', ') : '(kosong)'
  if (isRecord(value)) {
    if ('fileName' in value) return String(value.fileName)
    return Object.entries(value)
      .map(([k, v]) => `${fieldLabel(k)}: ${nilaiAudit(k, v, lookup)}`)
      .join('\n')
  }
  return String(value)
}

export function auditKind(before: unknown, after: unknown): AuditKind {
  return before === null || before === undefined ? 'baru' : after === null || after === undefined ? 'hapus' : 'ubah'
}

/** An entry's before and after, field by field, in Indonesian. */
export function auditChangeRows(before: unknown, after: unknown, lookup?: AuditLookup): AuditChangeRow[] {
  if (!isRecord(before) && !isRecord(after)) {
    if (before == null && after == null) return []
    return [{ key: 'nilai', label: 'Nilai', before: nilaiAudit('', before, lookup), after: nilaiAudit('', after, lookup), changed: true }]
  }
  const b = isRecord(before) ? before : {}
  const a = isRecord(after) ? after : {}
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])]
  return keys.map((key) => ({
    key,
    label: fieldLabel(key),
    before: nilaiAudit(key, b[key] ?? null, lookup),
    after: nilaiAudit(key, a[key] ?? null, lookup),
    changed: JSON.stringify(b[key] ?? null) !== JSON.stringify(a[key] ?? null),
  }))
}

/**
 * The lines the list shows for an entry: "Hal: lama → baru" for a change (changed fields only), "Hal: isi" for a
 * record made or removed; at most `max` lines, then how many more. Multi-line values are joined with "; ".
 */
export function auditSummary(before: unknown, after: unknown, lookup?: AuditLookup, max = 3): { lines: string[]; more: number } {
  const kind = auditKind(before, after)
  const one = (s: string) => s.replace(/\n/g, '; ')
  const rows = auditChangeRows(before, after, lookup).filter((r) => kind !== 'ubah' || r.changed)
  const lines = rows.map((r) =>
    kind === 'baru' ? `${r.label}: ${one(r.after)}` : kind === 'hapus' ? `${r.label}: ${one(r.before)}` : `${r.label}: ${one(r.before)} → ${one(r.after)}`,
  )
  return { lines: lines.slice(0, max), more: Math.max(0, lines.length - max) }
}
