import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { LETTER_SORT, type LetterListInput } from '@core/contract/letters'
import { JENIS_PERMOHONAN, LETTER_STATUS_FILTER, SIFAT, type JenisPermohonan, type LetterStatusFilter, type Sifat } from '@core/domain/letters'
import { int, isoDate, one, oneOf, PAGE_SIZES, readPaging, search, toId, writePaging } from '../../shared/lib/listQuery'

export { PAGE_SIZES }

export type LetterSort = (typeof LETTER_SORT)[number]

export interface LetterFilters {
  tahun?: number
  sifat?: Sifat
  asalOpdId?: number
  jenisPermohonan?: JenisPermohonan
  status?: LetterStatusFilter
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

// URL keys, in the words of the screen: /surat-masuk?tahun=2026&sifat=Segera&cari=server&halaman=2 (paging: listQuery)
const KEYS = {
  tahun: 'tahun',
  sifat: 'sifat',
  asalOpdId: 'opd',
  jenisPermohonan: 'jenis',
  status: 'status',
  dari: 'dari',
  sampai: 'sampai',
  q: 'cari',
  belumDidisposisi: 'belum-didisposisi',
} as const satisfies Record<keyof LetterFilters, string>

/** Reads the list's state from the URL, ignoring anything malformed. */
export function fromQuery(query: LocationQuery): LetterListState {
  return {
    ...readPaging(query, DEFAULT_LIST_STATE, LETTER_SORT),
    tahun: int(one(query, KEYS.tahun), 2000, 2100),
    sifat: oneOf(one(query, KEYS.sifat), SIFAT),
    asalOpdId: toId(one(query, KEYS.asalOpdId)),
    jenisPermohonan: oneOf(one(query, KEYS.jenisPermohonan), JENIS_PERMOHONAN),
    status: oneOf(one(query, KEYS.status), LETTER_STATUS_FILTER),
    dari: isoDate(one(query, KEYS.dari)),
    sampai: isoDate(one(query, KEYS.sampai)),
    q: search(one(query, KEYS.q)),
    belumDidisposisi: one(query, KEYS.belumDidisposisi) === 'ya' ? true : undefined,
  }
}

/** Writes the state to the URL, leaving out defaults so links stay short. */
export function toQuery(state: LetterListState): LocationQueryRaw {
  const out = writePaging(state, DEFAULT_LIST_STATE)
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
