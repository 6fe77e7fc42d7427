import type { OpdRow } from '@core/contract/opd'
import { isIsoDate } from '@core/domain/dates'

/** A v-col's widths (Vuetify's grid: 1–12 or 'auto' per breakpoint). */
export interface FilterWidth {
  cols?: number | 'auto'
  sm?: number | 'auto'
  md?: number | 'auto'
  lg?: number | 'auto'
}

/** A choice in a select filter: Vuetify's item shape, or a plain value that is its own title. */
export type FilterItem = string | number | { value: string | number; title: string }

/** A choice in a pick filter: the id written into the filters, the text shown and searched, and more texts it is found by. */
export interface PickItem {
  value: number
  title: string
  /** E.g. an OPD's singkatan. */
  texts?: string[]
}

/** The filter keys of `F` (string keys; the list's paging keys are never filters). */
type Key<F> = keyof F & string

/**
 * One field of a list's filter bar (FilterBar.vue), declared by the feature; the bar draws it, labels it and writes
 * its value into the filters (a cleared field writes `undefined`, so the URL loses the key).
 * - `search`: the "Cari" box (sent after a pause in typing, or on Enter).
 * - `opd`: an OPD picker over the OPD store's list (every OPD, inactive too), found by name or singkatan.
 * - `pick`: the same picker over the feature's `items` (an id and its title, e.g. the users), found by any word.
 * - `select`: a v-select over `items`; `multiple` writes an array (undefined when empty).
 * - `dates`: two date fields, `from` and `to` (whole ISO dates only); a typed end that would put `to` before `from`
 *   says so beside the field and is not applied (see typeRangeEnd).
 * - `check`: a checkbox that writes `true` or `undefined`.
 */
export type FilterField<F> =
  | { type: 'search'; key: Key<F>; placeholder: string; width?: FilterWidth }
  | { type: 'opd'; key: Key<F>; label: string; itemTitle?: (opd: OpdRow) => string; width?: FilterWidth }
  | { type: 'pick'; key: Key<F>; label: string; items: readonly PickItem[]; placeholder: string; noDataText: string; width?: FilterWidth }
  | { type: 'select'; key: Key<F>; label: string; items: readonly FilterItem[]; placeholder?: string; multiple?: boolean; width?: FilterWidth }
  | { type: 'dates'; from: Key<F>; to: Key<F>; fromLabel?: string; toLabel?: string; width?: FilterWidth }
  | { type: 'check'; key: Key<F>; label: string; color?: string; width?: FilterWidth }

const WIDTHS: Record<FilterField<unknown>['type'], FilterWidth> = {
  search: { cols: 12, md: 6, lg: 3 },
  opd: { cols: 12, md: 6, lg: 3 },
  pick: { cols: 12, md: 6, lg: 3 },
  select: { cols: 6, sm: 4, md: 3, lg: 2 },
  dates: { cols: 6, sm: 4, md: 3, lg: 2 },
  check: { cols: 12, sm: 'auto' },
}

/** The field's column widths: its own, else its type's. */
export function widthOf(field: Pick<FilterField<unknown>, 'type' | 'width'>): FilterWidth {
  return field.width ?? WIDTHS[field.type]
}

/** A range whose end comes before its start (both whole ISO dates, so they compare as text). */
export function rangeReversed(from: unknown, to: unknown): boolean {
  return typeof from === 'string' && typeof to === 'string' && from !== '' && to !== '' && from > to
}

/** A date range's two ends as ISO dates (undefined: open). */
export interface DateRange {
  from?: string
  to?: string
}

/**
 * What typing `typed` into one `end` of `range` does: null while the date is half typed (the browser's date field reads
 * '' then, and so does a cleared one: '' clears the end), else the range it makes and whether it may be applied to
 * the list; a reversed range (Dari after Sampai) may not: it is shown with its error and the list keeps its rows.
 */
export function typeRangeEnd(range: DateRange, end: keyof DateRange, typed: string): { range: DateRange; apply: boolean } | null {
  if (typed !== '' && !isIsoDate(typed)) return null
  const next = { ...range, [end]: typed || undefined }
  return { range: next, apply: !rangeReversed(next.from, next.to) }
}

/** A list state's paging and sorting keys (ListPaging): never filters. */
const PAGING_KEYS: ReadonlySet<string> = new Set(['page', 'pageSize', 'sortBy', 'sortDesc'])

/**
 * Whether a list's state (or its filters alone) narrows the list: any key besides paging and sorting holding a value
 * (undefined, '', false and an empty choice are no filter). Shows "Hapus Filter" and the no-match text.
 */
export function hasFilterValues(state: object): boolean {
  return Object.entries(state).some(([key, v]) => !PAGING_KEYS.has(key) && v !== undefined && v !== '' && v !== false && !(Array.isArray(v) && v.length === 0))
}
