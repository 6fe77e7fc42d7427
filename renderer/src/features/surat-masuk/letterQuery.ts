import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { LETTER_SORT, type LetterListInput } from '@core/contract/letters'
import { isIsoDate } from '@core/domain/dates'
import { JENIS_PERMOHONAN, LETTER_STATUS, SIFAT, type JenisPermohonan, type LetterStatus, type Sifat } from '@core/domain/letters'

export type LetterSort = (typeof LETTER_SORT)[number]

export const PAGE_SIZES = [10, 25, 50, 100] as const

export interface LetterFilters {
  tahun?: number
  sifat?: Sifat
  asalOpdId?: number
  jenisPermohonan?: JenisPermohonan
  status?: LetterStatus
  dari?: string
  sampai?: string
  q?: string
  /** Only letters waiting for the Kepala Dinas's disposition (SOP step 2). */
  belumDidisposisi?: boolean
}

export interface LetterListState extends LetterFilters {
  page: number
  pageSize: number
  sortBy: LetterSort
  sortDesc: boolean
}

export const DEFAULT_LIST_STATE: LetterListState = { page: 1, pageSize: 25, sortBy: 'tanggalDiterima', sortDesc: true }

// URL keys, in the words of the screen: /surat-masuk?tahun=2026&sifat=Segera&cari=server&halaman=2
const KEYS = {
  page: 'halaman',
  pageSize: 'per',
  sortBy: 'urut',
  sortDesc: 'arah',
  tahun: 'tahun',
  sifat: 'sifat',
  asalOpdId: 'opd',
  jenisPermohonan: 'jenis',
  status: 'status',
  dari: 'dari',
  sampai: 'sampai',
  q: 'cari',
  belumDidisposisi: 'belum-didisposisi',
} as const satisfies Record<keyof LetterListState, string>

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

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined
}

const date = (value: string | undefined) => (value !== undefined && isIsoDate(value) ? value : undefined)

/** Reads the list's state from the URL, ignoring anything malformed. */
export function fromQuery(query: LocationQuery): LetterListState {
  const pageSize = int(one(query, KEYS.pageSize), 1, 100)
  return {
    page: int(one(query, KEYS.page), 1, 1_000_000) ?? 1,
    pageSize: PAGE_SIZES.includes(pageSize as (typeof PAGE_SIZES)[number]) ? (pageSize as number) : DEFAULT_LIST_STATE.pageSize,
    sortBy: oneOf(one(query, KEYS.sortBy), LETTER_SORT) ?? DEFAULT_LIST_STATE.sortBy,
    sortDesc: one(query, KEYS.sortDesc) !== 'naik',
    tahun: int(one(query, KEYS.tahun), 2000, 2100),
    sifat: oneOf(one(query, KEYS.sifat), SIFAT),
    asalOpdId: int(one(query, KEYS.asalOpdId), 1, Number.MAX_SAFE_INTEGER),
    jenisPermohonan: oneOf(one(query, KEYS.jenisPermohonan), JENIS_PERMOHONAN),
    status: oneOf(one(query, KEYS.status), LETTER_STATUS),
    dari: date(one(query, KEYS.dari)),
    sampai: date(one(query, KEYS.sampai)),
    q: one(query, KEYS.q)?.slice(0, 200),
    belumDidisposisi: one(query, KEYS.belumDidisposisi) === 'ya' ? true : undefined,
  }
}

/** Writes the state to the URL, leaving out defaults so links stay short. */
export function toQuery(state: LetterListState): LocationQueryRaw {
  const out: LocationQueryRaw = {}
  const d = DEFAULT_LIST_STATE
  if (state.page !== d.page) out[KEYS.page] = String(state.page)
  if (state.pageSize !== d.pageSize) out[KEYS.pageSize] = String(state.pageSize)
  if (state.sortBy !== d.sortBy) out[KEYS.sortBy] = state.sortBy
  if (state.sortDesc !== d.sortDesc) out[KEYS.sortDesc] = state.sortDesc ? 'turun' : 'naik'
  for (const key of ['tahun', 'sifat', 'asalOpdId', 'jenisPermohonan', 'status', 'dari', 'sampai', 'q'] as const) {
    const v = state[key]
    if (v !== undefined && v !== '') out[KEYS[key]] = String(v)
  }
  if (state.belumDidisposisi) out[KEYS.belumDidisposisi] = 'ya'
  return out
}

/** The state as the API's input. */
export function toListInput(state: LetterListState): LetterListInput {
  const { q, ...rest } = state
  const trimmed = q?.trim()
  return trimmed ? { ...rest, q: trimmed } : rest
}

export function hasFilters(state: LetterFilters): boolean {
  return !!state.belumDidisposisi || [state.tahun, state.sifat, state.asalOpdId, state.jenisPermohonan, state.status, state.dari, state.sampai, state.q].some(
    (v) => v !== undefined && v !== '',
  )
}
