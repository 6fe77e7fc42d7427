import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, IMPORT_MAX_BYTES, type ImportField, type ImportKemajuan, type ImportPreview, type ImportRowResult } from '@core/contract/inventory'
import { formatUkuran } from '../../shared/lib/format'

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

/** The words under the import's progress bar: "Memeriksa baris 2.500 dari 10.000" / "Menyimpan 2.500 dari 10.000 baris". */
export function kemajuanText(k: ImportKemajuan | null, saving: boolean): string {
  if (!k || k.total === 0) return saving ? 'Menyiapkan impor…' : 'Membaca berkas…'
  const n = (x: number) => x.toLocaleString('id-ID')
  if (k.tahap === 'memeriksa') return `Memeriksa baris ${n(k.selesai)} dari ${n(k.total)}`
  if (k.tahap === 'menyimpan') return `Menyimpan ${n(k.selesai)} dari ${n(k.total)} baris`
  return 'Menyelesaikan…'
}

/**
 * Runs an import call with a fresh progress token and polls devices.importKemajuan every 250 ms while it runs,
 * handing each answer to `onKemajuan` (the call itself holds the work queue; the poll is answered beside it).
 */
export async function withKemajuan<T>(
  run: (token: string) => Promise<T>,
  poll: (token: string) => Promise<ImportKemajuan | null>,
  onKemajuan: (k: ImportKemajuan | null) => void,
  everyMs = 250,
): Promise<T> {
  const token = crypto.randomUUID()
  let done = false
  onKemajuan(null)
  const loop = async () => {
    while (!done) {
      await new Promise((r) => setTimeout(r, everyMs))
      if (done) return
      try {
        const k = await poll(token)
        if (!done && k) onKemajuan(k)
      } catch {
        // A missed poll only delays the bar.
      }
    }
  }
  void loop()
  try {
    return await run(token)
  } finally {
    done = true
    onKemajuan(null)
  }
}
