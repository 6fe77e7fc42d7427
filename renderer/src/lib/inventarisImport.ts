import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, IMPORT_MAX_BYTES, type ImportField, type ImportPreview, type ImportRowResult } from '@core/api/contract/inventory'
import { formatUkuran } from './format'

export const ACTION_LABELS: Record<ImportRowResult['action'], string> = { create: 'Tambah', update: 'Perbarui', skip: 'Lewati' }

/** The choices for a column: every importable field, or leaving the column out. */
export const FIELD_ITEMS: { value: ImportField | null; title: string }[] = [
  { value: null, title: '(Abaikan kolom ini)' },
  ...IMPORT_FIELDS.map((value) => ({ value, title: IMPORT_FIELD_LABELS[value] })),
]

/** Why a picked file cannot be imported, or null. */
export function fileProblem(file: { name: string; size: number }): string | null {
  if (!/\.(xlsx|csv)$/i.test(file.name)) return 'Pilih berkas Excel (.xlsx) atau CSV (.csv). Berkas .xls lama: simpan dulu sebagai .xlsx.'
  if (file.size === 0) return 'Berkas kosong.'
  if (file.size > IMPORT_MAX_BYTES) return `Berkas terlalu besar (${formatUkuran(file.size)}); batasnya ${formatUkuran(IMPORT_MAX_BYTES)}.`
  return null
}

/** The user's changes to the automatic mapping, as the API takes them. */
export function mappingInput(overrides: ReadonlyMap<number, ImportField | null>): { kolom: number; field: ImportField | null }[] {
  return [...overrides.entries()].sort(([a], [b]) => a - b).map(([kolom, field]) => ({ kolom, field }))
}

/** Rows the commit would write (added or updated). */
export function rowsToWrite(p: Pick<ImportPreview, 'counts'>): number {
  return p.counts.create + p.counts.update
}

export type RowFilter = 'semua' | 'masalah' | 'tulis'

/** Rows to show under the chosen filter: all, only those with errors, or only those that will be written. */
export function filterRows(rows: readonly ImportRowResult[], filter: RowFilter): ImportRowResult[] {
  if (filter === 'masalah') return rows.filter((r) => r.errors.length > 0)
  if (filter === 'tulis') return rows.filter((r) => r.errors.length === 0 && r.action !== 'skip')
  return [...rows]
}

/** What the row will do, in words ("Mengubah Posisi, Alamat IP"; "Tidak ada perubahan."). */
export function rowNote(r: ImportRowResult): string {
  if (r.errors.length) return ''
  if (r.action === 'update' && r.perubahan.length) return `Mengubah ${r.perubahan.join(', ')}`
  return r.catatan ?? ''
}
