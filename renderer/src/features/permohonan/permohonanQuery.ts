import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { CASE_STATUS, type CaseStatus } from '@core/contract/cases'
import { sopDeclarations } from '../../sops/declarations'

/** The Permohonan Penarikan list as the URL holds it: /permohonan?status=berjalan&opd=12&terlambat=1&cari=ppdb&halaman=2 */
export interface CaseFilters {
  status?: CaseStatus
  opdId?: number
  terlambat?: boolean
  /** Only cases whose current step is the signed-in person's to act on. */
  giliranSaya?: boolean
  /** Open cases now at this SOP step (its code): the list behind a bar of the Dasbor's per-step chart. */
  langkah?: string
  q?: string
}

export interface CaseListState extends CaseFilters {
  page: number
  pageSize: number
}

export const CASE_PAGE_SIZES = [10, 25, 50, 100] as const
export const DEFAULT_CASE_LIST: CaseListState = { page: 1, pageSize: 25 }

const KEYS = { page: 'halaman', pageSize: 'per', status: 'status', opdId: 'opd', terlambat: 'terlambat', giliranSaya: 'giliran', langkah: 'langkah', q: 'cari' } as const satisfies Record<keyof CaseListState, string>

function one(query: LocationQuery, key: string): string | undefined {
  const v = query[key]
  const s = Array.isArray(v) ? v[0] : v
  return s === null || s === undefined || s === '' ? undefined : s
}

function int(value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined || !/^\d+$/.test(value)) return undefined
  const n = Number(value)
  return n >= min && n <= max ? n : undefined
}

/** Reads the list's state from the URL, ignoring anything malformed. */
export function caseListFromQuery(query: LocationQuery): CaseListState {
  const pageSize = int(one(query, KEYS.pageSize), 1, 100)
  const status = one(query, KEYS.status)
  return {
    page: int(one(query, KEYS.page), 1, 1_000_000) ?? 1,
    pageSize: CASE_PAGE_SIZES.includes(pageSize as (typeof CASE_PAGE_SIZES)[number]) ? (pageSize as number) : DEFAULT_CASE_LIST.pageSize,
    status: CASE_STATUS.includes(status as CaseStatus) ? (status as CaseStatus) : undefined,
    opdId: int(one(query, KEYS.opdId), 1, Number.MAX_SAFE_INTEGER),
    terlambat: one(query, KEYS.terlambat) === '1' ? true : undefined,
    giliranSaya: one(query, KEYS.giliranSaya) === 'saya' ? true : undefined,
    langkah: /^[a-z0-9-]{1,40}$/.test(one(query, KEYS.langkah) ?? '') ? one(query, KEYS.langkah) : undefined,
    q: one(query, KEYS.q)?.slice(0, 200),
  }
}

/** Writes the state to the URL, leaving out defaults so links stay short. */
export function caseListToQuery(state: CaseListState): LocationQueryRaw {
  const out: LocationQueryRaw = {}
  if (state.page !== DEFAULT_CASE_LIST.page) out[KEYS.page] = String(state.page)
  if (state.pageSize !== DEFAULT_CASE_LIST.pageSize) out[KEYS.pageSize] = String(state.pageSize)
  if (state.status) out[KEYS.status] = state.status
  if (state.opdId) out[KEYS.opdId] = String(state.opdId)
  if (state.terlambat) out[KEYS.terlambat] = '1'
  if (state.giliranSaya) out[KEYS.giliranSaya] = 'saya'
  if (state.langkah) out[KEYS.langkah] = state.langkah
  const q = state.q?.trim()
  if (q) out[KEYS.q] = q
  return out
}

/** The state as `kasus.list` takes it. */
export function caseListInput(state: CaseListState): { page: number; pageSize: number; status?: CaseStatus; opdId?: number; terlambat: boolean; giliranSaya: boolean; langkah?: string; q?: string } {
  const q = state.q?.trim()
  return {
    page: state.page,
    pageSize: state.pageSize,
    terlambat: !!state.terlambat,
    giliranSaya: !!state.giliranSaya,
    ...(state.status ? { status: state.status } : {}),
    ...(state.opdId ? { opdId: state.opdId } : {}),
    ...(state.langkah ? { langkah: state.langkah } : {}),
    ...(q ? { q } : {}),
  }
}

export function hasCaseFilters(state: CaseFilters): boolean {
  return !!(state.status || state.opdId || state.terlambat || state.giliranSaya || state.langkah || state.q?.trim())
}

/** "5. Pemeriksaan ..." for a step code of any SOP; the code itself when no SOP knows it. */
export function langkahLabel(kode: string): string {
  const step = sopDeclarations().flatMap((sop) => sop.steps).find((s) => s.kode === kode)
  return step ? `${step.no}. ${step.nama}` : kode
}
