import { computed, ref, shallowRef, watch, type ComputedRef, type Ref, type ShallowRef } from 'vue'
import { useRouter, type LocationQuery, type LocationQueryRaw, type Router } from 'vue-router'
import { errorMessage } from '../lib/errors'
import { hasFilterValues } from '../lib/filterFields'
import { keepUnchanged } from '../lib/sameRows'
import { onDataChanged } from '../stores/changes'
import { useLatestRun } from './useLatestRun'

/** The paging and sorting part of every server list's state; the filters are the other fields. */
export interface ListPaging {
  /** 1-based page number. */
  page: number
  /** Rows per page. */
  pageSize: number
  /** Sort column (one of the API's sort keys); lists sorted one way only leave it out. */
  sortBy?: string
  sortDesc?: boolean
}

/** What `v-data-table-server` emits on `update:options`. */
export interface TableOptions {
  page: number
  itemsPerPage: number
  sortBy: { key: string; order?: boolean | 'asc' | 'desc' }[]
}

/** How a list screen reads its state from the URL, asks the server, and what it does with an answer. */
export interface ServerListOptions<S extends ListPaging, Row> {
  /** The state from the route's query; malformed values read as the defaults (never throws). */
  fromQuery(query: LocationQuery): S
  /** The state as query keys, leaving out defaults so links stay short. */
  toQuery(state: S): LocationQueryRaw
  /**
   * One page of rows and the total over all pages, for this state; `lebih` when the server stopped counting at
   * `total` (letters.list's batasHitung: "lebih dari 1.000 surat").
   */
  fetch(state: S): Promise<{ items: Row[]; total: number; lebih?: boolean }>
  /** False while the state cannot be asked for (e.g. Dari Tanggal after Sampai Tanggal): nothing is sent. */
  ready?(state: S): boolean
  /** Runs with each answer that lands (after `items` and `total` are set). */
  onAnswer?(answer: { items: Row[]; total: number }, state: S): void
  /** Query keys that are not list state but stay in the URL when the list moves (e.g. the opened item). */
  keep?: string[]
  /**
   * What the screen needs besides the rows (a filter's choices, the OPD list), asked once as the list opens; a
   * failure shows in `loadError` like a failed page (until the next load asks again for rows).
   */
  prepare?(): Promise<unknown>
  /** For tests; defaults to the app's router. */
  router?: Router
  /** Calls `reload` when another desk changed the data; defaults to the change feed (onDataChanged), for tests. */
  onChange?(reload: () => void): void
}

/** The list's state and rows, and the ways to move it; every move goes through the URL. */
export interface ServerList<S extends ListPaging, Row> {
  /** The state as the URL says now. */
  state: ComputedRef<S>
  items: ShallowRef<Row[]>
  total: Ref<number>
  /** The last answer's total is a cap (more rows exist than counted). */
  lebih: Ref<boolean>
  loading: Ref<boolean>
  /** The state whose answer is on screen (null until the first answer lands). */
  shownState: ShallowRef<S | null>
  /**
   * The rows on screen are narrowed by a filter (hasFilterValues of shownState, or of the state before any answer):
   * what "Hapus Filter" and the no-match text follow. It moves with the rows, not with a search still on its way, so
   * the filter bar is not drawn again while the server works on the answer (issue 10 item 9: a search's p95 at
   * 100,000 letters 99-107 -> 80-95 ms, alternating builds, the server's share less shared with the page).
   */
  shownFiltered: ComputedRef<boolean>
  /** The last load's failure in Indonesian, '' when none. */
  loadError: Ref<string>
  /** Asks the server again for the current state (Coba Lagi, after an action). */
  load(): Promise<void>
  /** Puts `next` in the URL (push, or replace); nothing happens when the URL would stay the same. */
  navigate(next: S, replace?: boolean): void
  /** New filters from page 1, keeping the page size and sort. `{}` clears every filter (Hapus Filter). */
  applyFilters(filters: Omit<S, keyof ListPaging> | Record<string, never>): void
  /** The table's paging/sorting change; a new page size or sort starts again at page 1. */
  onOptions(options: TableOptions): void
  /** Opens page `page` (a v-pagination's update). */
  setPage(page: number): void
}

/**
 * One server list: filters, page, page size and sort kept in the URL (so Back, reload and a shared link show the
 * same rows), a request for each state change, answers out of order dropped (useLatestRun), a page past the end
 * moved to the last one, and the rows asked again when another desk changes data (the change feed, issue 9), quietly:
 * no progress row, and rows whose data did not change keep their objects (keepUnchanged).
 * Use inside a component's setup.
 */
export function useServerList<S extends ListPaging, Row>(options: ServerListOptions<S, Row>): ServerList<S, Row> {
  const router = options.router ?? useRouter()
  // A list kept between visits (App.vue's KeepAlive) lives on while another screen is open: its state is the URL of
  // its own route, the last one seen, not the other screen's query (which would reload it with no filters, unseen).
  const ownRoute = router.currentRoute.value.name
  let ownQuery = router.currentRoute.value.query
  const query = computed(() => {
    const route = router.currentRoute.value
    // The same query again (a visit back by the menu) keeps its object, so nothing that reads the state is redrawn.
    if (route.name === ownRoute && JSON.stringify(route.query) !== JSON.stringify(ownQuery)) ownQuery = route.query
    return ownQuery
  })
  const state = computed(() => options.fromQuery(query.value))
  const items = shallowRef<Row[]>([])
  const total = ref(0)
  const lebih = ref(false)
  const shownState: ShallowRef<S | null> = shallowRef(null)
  const shownFiltered = computed(() => hasFilterValues(shownState.value ?? state.value))
  const { loading, error: loadError, run } = useLatestRun()

  function queryOf(next: S): LocationQueryRaw {
    const current = query.value
    const kept = Object.fromEntries((options.keep ?? []).filter((k) => current[k] !== undefined).map((k) => [k, current[k]]))
    return { ...kept, ...options.toQuery(next) }
  }

  function navigate(next: S, replace = false): void {
    if (router.currentRoute.value.name !== ownRoute) return
    const query = queryOf(next)
    if (JSON.stringify(query) === JSON.stringify(queryOf(state.value))) return
    void (replace ? router.replace({ query }) : router.push({ query }))
  }

  /** `quiet`: the change feed's refresh; no progress row, and rows that did not change stay the same objects. */
  async function fetchRows(quiet: boolean): Promise<void> {
    const asked = state.value
    if (options.ready && !options.ready(asked)) return
    await run(
      () => options.fetch(asked),
      (answer) => {
        items.value = keepUnchanged(items.value, answer.items)
        total.value = answer.total
        lebih.value = answer.lebih ?? false
        shownState.value = asked
        options.onAnswer?.(answer, asked)
        // Past the last page (a filter narrowed, rows removed on another desk): the last page that exists.
        const lastPage = Math.max(1, Math.ceil(answer.total / asked.pageSize))
        if (!answer.lebih && asked.page > lastPage) navigate({ ...asked, page: lastPage }, true)
      },
      { quiet },
    )
  }

  const load = (): Promise<void> => fetchRows(false)

  function applyFilters(filters: Omit<S, keyof ListPaging> | Record<string, never>): void {
    const { pageSize, sortBy, sortDesc } = state.value
    navigate({ pageSize, sortBy, sortDesc, ...filters, page: 1 } as S)
  }

  function onOptions(table: TableOptions): void {
    const s = state.value
    const sort = table.sortBy[0]
    const sortBy = sort?.key ?? s.sortBy
    const sortDesc = sort ? sort.order === 'desc' : s.sortDesc
    const restart = table.itemsPerPage !== s.pageSize || sortBy !== s.sortBy || sortDesc !== s.sortDesc
    navigate({ ...s, page: restart ? 1 : table.page, pageSize: table.itemsPerPage, sortBy, sortDesc })
  }

  function setPage(page: number): void {
    navigate({ ...state.value, page })
  }

  // Only a change of what is asked for reloads (not e.g. an opened item kept in the URL).
  watch(() => JSON.stringify(options.toQuery(state.value)), () => void load())
  // Another desk's change: asked again quietly, so an unchanged answer changes nothing on screen (an open filter menu
  // or a row being clicked is not re-rendered away; Chromium tests caught options detached mid-click).
  ;(options.onChange ?? onDataChanged)(() => fetchRows(true))
  void load()
  options.prepare?.().catch((e: unknown) => (loadError.value = errorMessage(e)))

  return { state, items, total, lebih, loading, shownState, shownFiltered, loadError, load, navigate, applyFilters, onOptions, setPage }
}
