import type { Role } from '@core/contract/roles'
import type { RackRow } from '@core/contract/inventory'
import { formatNilaiRiwayat } from '../../shared/lib/format'
import { JENIS_PERANGKAT, JENIS_PERANGKAT_LABELS, STATUS_COLORS, STATUS_PERANGKAT, type StatusPerangkat } from '@core/domain/inventory'

/** Who keeps the inventory (the contract's INVENTORY_WRITERS): Tim Data Center, their Kepala Seksi, and the Admin. */
export const INVENTARIS_WRITERS: Role[] = ['timdc', 'kasi', 'admin']

export const JENIS_ITEMS = JENIS_PERANGKAT.map((value) => ({ value, title: JENIS_PERANGKAT_LABELS[value] }))
export const STATUS_ITEMS = STATUS_PERANGKAT.map((value) => ({ value, title: value }))

/** Dark text reads well on every status colour (they are all light pastels). */
export const STATUS_TEXT_COLOR = '#1f2937'

export function statusStyle(status: StatusPerangkat): Record<string, string> {
  return { backgroundColor: STATUS_COLORS[status] ?? '#eeeeee', color: STATUS_TEXT_COLOR }
}

/** "R01 · Ruang Server Lt. 3 (42U, 55% terisi)" for the rack pickers. */
export function rackTitle(r: Pick<RackRow, 'nama' | 'lokasi' | 'tinggiU' | 'persenTerisi' | 'aktif'>): string {
  const where = r.lokasi ? ` · ${r.lokasi}` : ''
  return `${r.nama}${where} (${r.tinggiU}U, ${r.persenTerisi}% terisi)${r.aktif ? '' : ' · nonaktif'}`
}

/** Colour of a rack's fill bar: calm while there is room, warning when nearly full. */
export function fillColor(persen: number): string {
  if (persen >= 90) return 'error'
  if (persen >= 75) return 'warning'
  return 'primary'
}

// ---------------------------------------------------------------------------------------------------------------
// History

export interface HistoryChange {
  field: string
  label: string
  before: unknown
  after: unknown
}

/** A value of the device history as the user reads it: "(kosong)" for nothing, dates in words. */
export function historyValue(value: unknown): string {
  return formatNilaiRiwayat(value)
}

/** "Posisi: R01 U10 (depan) → R02 U20 (depan)"; a note is added rather than changed. */
export function changeText(c: HistoryChange): string {
  if (c.field === 'catatan' && (c.before === null || c.before === undefined)) return `Catatan: ${historyValue(c.after)}`
  return `${c.label}: ${historyValue(c.before)} → ${historyValue(c.after)}`
}

/** One line for the whole entry: "Posisi: R01 U10 (depan) → R02 U20 (depan), oleh Fajar Nugroho, alasan Penataan ulang rak". */
export function historyLine(e: { action: string; nama: string; reason: string | null; changes: HistoryChange[] }): string {
  const what = e.changes.length ? e.changes.map(changeText).join('; ') : e.action
  return `${what}, oleh ${e.nama || '—'}${e.reason ? `, alasan ${e.reason}` : ''}`
}
