import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { isIsoDate } from '@core/domain/dates'

/** Rows-per-page choices of every server list. */
export const PAGE_SIZES = [10, 25, 50, 100] as const

/** Every non-empty value of a query key (`?status=Aktif&status=Rencana`). */
export function all(query: LocationQuery, key: string): string[] {
  const v = query[key]
  return (Array.isArray(v) ? v : [v]).filter((s): s is string => typeof s === 'string' && s !== '')
}

/** The first non-empty value of a query key, or undefined. */
export const one = (query: LocationQuery, key: string): string | undefined => all(query, key)[0]

/** A whole number in [min, max] from the URL, or undefined for anything else. */
export function int(value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined || !/^\d+$/.test(value)) return undefined
  const n = Number(value)
  return n >= min && n <= max ? n : undefined
}

/** A positive id from the URL (1 .. MAX_SAFE_INTEGER), or undefined. */
export const toId = (value: string | undefined): number | undefined => int(value, 1, Number.MAX_SAFE_INTEGER)

/** `value` when it is one of `allowed`, else undefined. */
export const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined =>
  allowed.includes(value as T) ? (value as T) : undefined

/** A yyyy-mm-dd date that exists, or undefined. */
export const isoDate = (value: string | undefined): string | undefined => (value !== undefined && isIsoDate(value) ? value : undefined)

/** A search text from the URL, cut to the API's 200 characters. */
export const search = (value: string | undefined): string | undefined => value?.slice(0, 200)

/** Page, page size and sort of a list, as they stand in the URL: `halaman`, `per`, `urut`, `arah` (naik/turun). */
export interface Paging<Sort extends string> {
  page: number
  pageSize: number
  sortBy: Sort
  sortDesc: boolean
}

/** Reads page, page size (one of PAGE_SIZES) and sort (one of `sorts`) from the URL; anything else reads as `defaults`. */
export function readPaging<Sort extends string>(query: LocationQuery, defaults: Paging<Sort>, sorts: readonly Sort[]): Paging<Sort> {
  const pageSize = int(one(query, 'per'), 1, 100)
  const arah = one(query, 'arah')
  return {
    page: int(one(query, 'halaman'), 1, 1_000_000) ?? 1,
    pageSize: PAGE_SIZES.includes(pageSize as (typeof PAGE_SIZES)[number]) ? (pageSize as number) : defaults.pageSize,
    sortBy: oneOf(one(query, 'urut'), sorts) ?? defaults.sortBy,
    sortDesc: arah === 'turun' ? true : arah === 'naik' ? false : defaults.sortDesc,
  }
}

/** Writes page, page size and sort to the URL, leaving out the defaults so links stay short. */
export function writePaging<Sort extends string>(state: Paging<Sort>, defaults: Paging<Sort>): LocationQueryRaw {
  const out: LocationQueryRaw = {}
  if (state.page !== 1) out.halaman = String(state.page)
  if (state.pageSize !== defaults.pageSize) out.per = String(state.pageSize)
  if (state.sortBy !== defaults.sortBy) out.urut = state.sortBy
  if (state.sortDesc !== defaults.sortDesc) out.arah = state.sortDesc ? 'turun' : 'naik'
  return out
}
