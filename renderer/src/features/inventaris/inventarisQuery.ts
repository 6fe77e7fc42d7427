import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { DEVICE_SORT, type DeviceExportInput, type DeviceListInput } from '@core/contract/inventory'
import { JENIS_PERANGKAT, STATUS_PERANGKAT, type JenisPerangkat, type StatusPerangkat } from '@core/domain/inventory'
import { all, one, oneOf, PAGE_SIZES, readPaging, search, toId, writePaging } from '../../shared/lib/listQuery'

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

// URL keys, in the words of the screen: /inventaris?opd=3&status=Aktif&status=Rencana&rak=2&cari=10.10.1.25 (paging: listQuery)
const KEYS = { opdId: 'opd', status: 'status', rak: 'rak', jenis: 'jenis', q: 'cari' } as const satisfies Record<keyof DeviceFilters, string>

/** Reads the device list's state from the URL, ignoring anything malformed. */
export function fromQuery(query: LocationQuery): DeviceListState {
  const status = STATUS_PERANGKAT.filter((s) => all(query, KEYS.status).includes(s))
  const rakText = one(query, KEYS.rak)
  return {
    ...readPaging(query, DEFAULT_DEVICE_STATE, DEVICE_SORT),
    opdId: toId(one(query, KEYS.opdId)),
    status: status.length ? status : undefined,
    rak: rakText === 'tanpa' ? 'tanpa' : toId(rakText),
    jenis: oneOf(one(query, KEYS.jenis), JENIS_PERANGKAT),
    q: search(one(query, KEYS.q)),
  }
}

/** Writes the state to the URL, leaving out defaults so links stay short. */
export function toQuery(state: DeviceListState): LocationQueryRaw {
  const out = writePaging(state, DEFAULT_DEVICE_STATE)
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
