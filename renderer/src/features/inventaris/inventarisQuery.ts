import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { DEVICE_SORT, type DeviceExportInput, type DeviceListInput } from '@core/contract/inventory'
import { JENIS_PERANGKAT, STATUS_PERANGKAT, type JenisPerangkat, type StatusPerangkat } from '@core/domain/inventory'
import { PAGE_SIZES } from '../surat-masuk/letterQuery'

export { PAGE_SIZES }
export type DeviceSort = (typeof DEVICE_SORT)[number]

export interface DeviceFilters {
  opdId?: number
  /** Any of these statuses (none: all). */
  status?: StatusPerangkat[]
  /** A rack, or 'tanpa' for devices not placed in any rack. */
  rak?: number | 'tanpa'
  jenis?: JenisPerangkat
  q?: string
}

export interface DeviceListState extends DeviceFilters {
  page: number
  pageSize: number
  sortBy: DeviceSort
  sortDesc: boolean
}

export const DEFAULT_DEVICE_STATE: DeviceListState = { page: 1, pageSize: 25, sortBy: 'nama', sortDesc: false }

// URL keys, in the words of the screen: /inventaris?opd=3&status=Aktif&status=Rencana&rak=2&cari=10.10.1.25
const KEYS = {
  page: 'halaman',
  pageSize: 'per',
  sortBy: 'urut',
  sortDesc: 'arah',
  opdId: 'opd',
  status: 'status',
  rak: 'rak',
  jenis: 'jenis',
  q: 'cari',
} as const satisfies Record<keyof DeviceListState, string>

function all(query: LocationQuery, key: string): string[] {
  const v = query[key]
  return (Array.isArray(v) ? v : [v]).filter((s): s is string => typeof s === 'string' && s !== '')
}

const one = (query: LocationQuery, key: string): string | undefined => all(query, key)[0]

function int(value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined || !/^\d+$/.test(value)) return undefined
  const n = Number(value)
  return n >= min && n <= max ? n : undefined
}

const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined => (allowed.includes(value as T) ? (value as T) : undefined)

/** Reads the device list's state from the URL, ignoring anything malformed. */
export function fromQuery(query: LocationQuery): DeviceListState {
  const pageSize = int(one(query, KEYS.pageSize), 1, 100)
  const status = STATUS_PERANGKAT.filter((s) => all(query, KEYS.status).includes(s))
  const rakText = one(query, KEYS.rak)
  return {
    page: int(one(query, KEYS.page), 1, 1_000_000) ?? 1,
    pageSize: PAGE_SIZES.includes(pageSize as (typeof PAGE_SIZES)[number]) ? (pageSize as number) : DEFAULT_DEVICE_STATE.pageSize,
    sortBy: oneOf(one(query, KEYS.sortBy), DEVICE_SORT) ?? DEFAULT_DEVICE_STATE.sortBy,
    sortDesc: one(query, KEYS.sortDesc) === 'turun',
    opdId: int(one(query, KEYS.opdId), 1, Number.MAX_SAFE_INTEGER),
    status: status.length ? status : undefined,
    rak: rakText === 'tanpa' ? 'tanpa' : int(rakText, 1, Number.MAX_SAFE_INTEGER),
    jenis: oneOf(one(query, KEYS.jenis), JENIS_PERANGKAT),
    q: one(query, KEYS.q)?.slice(0, 200),
  }
}

/** Writes the state to the URL, leaving out defaults so links stay short. */
export function toQuery(state: DeviceListState): LocationQueryRaw {
  const out: LocationQueryRaw = {}
  const d = DEFAULT_DEVICE_STATE
  if (state.page !== d.page) out[KEYS.page] = String(state.page)
  if (state.pageSize !== d.pageSize) out[KEYS.pageSize] = String(state.pageSize)
  if (state.sortBy !== d.sortBy) out[KEYS.sortBy] = state.sortBy
  if (state.sortDesc !== d.sortDesc) out[KEYS.sortDesc] = state.sortDesc ? 'turun' : 'naik'
  if (state.opdId !== undefined) out[KEYS.opdId] = String(state.opdId)
  if (state.status?.length) out[KEYS.status] = STATUS_PERANGKAT.filter((s) => state.status!.includes(s))
  if (state.rak !== undefined) out[KEYS.rak] = String(state.rak)
  if (state.jenis !== undefined) out[KEYS.jenis] = state.jenis
  if (state.q) out[KEYS.q] = state.q
  return out
}

/** The filters as the API takes them (list and export share them). */
function filterInput(f: DeviceFilters): Pick<DeviceListInput, 'opdId' | 'status' | 'rakId' | 'tanpaRak' | 'jenis' | 'q'> {
  const out: Pick<DeviceListInput, 'opdId' | 'status' | 'rakId' | 'tanpaRak' | 'jenis' | 'q'> = {}
  if (f.opdId !== undefined) out.opdId = f.opdId
  if (f.status?.length) out.status = [...f.status]
  if (f.rak === 'tanpa') out.tanpaRak = true
  else if (f.rak !== undefined) out.rakId = f.rak
  if (f.jenis !== undefined) out.jenis = f.jenis
  const q = f.q?.trim()
  if (q) out.q = q
  return out
}

export function toListInput(state: DeviceListState): DeviceListInput {
  return { page: state.page, pageSize: state.pageSize, sortBy: state.sortBy, sortDesc: state.sortDesc, ...filterInput(state) }
}

/** The export of exactly what the list shows (all pages), in the list's order. */
export function toExportInput(state: DeviceListState, format: 'xlsx' | 'csv'): DeviceExportInput {
  return { ...filterInput(state), sortBy: state.sortBy, sortDesc: state.sortDesc, format }
}

export function hasFilters(f: DeviceFilters): boolean {
  return f.opdId !== undefined || !!f.status?.length || f.rak !== undefined || f.jenis !== undefined || !!f.q?.trim()
}
