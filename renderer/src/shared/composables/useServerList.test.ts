import { describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick } from 'vue'
import { createMemoryHistory, createRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router'
import { useServerList, type ListPaging, type ServerListOptions } from './useServerList'

// The app's change feed polls the API (window-bound); each test passes its own trigger instead.
vi.mock('../stores/changes', () => ({ onDataChanged: () => {} }))

interface State extends ListPaging {
  q?: string
}

const fromQuery = (query: LocationQuery): State => ({
  page: Number(query.halaman) || 1,
  pageSize: Number(query.per) || 10,
  sortBy: typeof query.urut === 'string' ? query.urut : 'nama',
  sortDesc: query.arah === 'turun',
  q: typeof query.cari === 'string' ? query.cari : undefined,
})
const toQuery = (s: State): LocationQueryRaw => ({
  ...(s.page !== 1 ? { halaman: String(s.page) } : {}),
  ...(s.pageSize !== 10 ? { per: String(s.pageSize) } : {}),
  ...(s.sortBy !== 'nama' ? { urut: s.sortBy } : {}),
  ...(s.sortDesc ? { arah: 'turun' } : {}),
  ...(s.q ? { cari: s.q } : {}),
})

/** A server whose answers the test releases one by one, in any order. */
function fakeServer(total = 35) {
  const asked: { state: State; answer: (rows?: string[]) => void }[] = []
  const fetch = (state: State) =>
    new Promise<{ items: string[]; total: number }>((resolve) => {
      asked.push({ state, answer: (rows = [`${state.q ?? ''}:${state.page}`]) => resolve({ items: rows, total }) })
    })
  return { asked, fetch }
}

/** Lets the router finish a navigation and the watchers and answers run (a macrotask, not a wait for time). */
const flush = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0))
  await nextTick()
}

async function start(path: string, server = fakeServer(), extra: Partial<ServerListOptions<State, string>> = {}) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/daftar', component: {} }] })
  await router.push(path)
  let changed = () => {}
  const scope = effectScope()
  const list = scope.run(() => useServerList<State, string>({ fromQuery, toQuery, fetch: server.fetch, router, onChange: (reload) => (changed = reload), ...extra }))!
  const settle = flush
  return { router, list, server, settle, changed: () => changed(), stop: () => scope.stop() }
}

describe('useServerList', () => {
  it('asks for the state the URL holds and shows the answer', async () => {
    const { list, server, settle } = await start('/daftar?halaman=2&cari=server')
    expect(server.asked.map((a) => a.state)).toEqual([{ page: 2, pageSize: 10, sortBy: 'nama', sortDesc: false, q: 'server' }])
    expect(list.loading.value).toBe(true)
    server.asked[0].answer()
    await settle()
    expect(list.items.value).toEqual(['server:2'])
    expect(list.total.value).toBe(35)
    expect(list.loading.value).toBe(false)
  })

  it('says the rows on screen are filtered once their answer lands, not while a search is on its way', async () => {
    const { list, server, settle } = await start('/daftar')
    server.asked[0].answer()
    await settle()
    expect([list.shownState.value?.q, list.shownFiltered.value]).toEqual([undefined, false])
    list.applyFilters({ q: 'disdik' })
    await settle()
    // The URL holds the search; the rows (and Hapus Filter) are still the unfiltered ones.
    expect(list.state.value.q).toBe('disdik')
    expect(list.shownFiltered.value).toBe(false)
    server.asked[1].answer()
    await settle()
    expect([list.shownState.value?.q, list.shownFiltered.value]).toEqual(['disdik', true])
    // Cleared: the filtered rows stay "filtered" until the full list is back.
    list.applyFilters({})
    await settle()
    expect(list.shownFiltered.value).toBe(true)
    server.asked[2].answer()
    await settle()
    expect(list.shownFiltered.value).toBe(false)
  })

  it('follows the filters in the URL before the first answer (a shared link opens with Hapus Filter)', async () => {
    const { list } = await start('/daftar?cari=server')
    expect([list.shownState.value, list.shownFiltered.value]).toEqual([null, true])
  })

  it('drops an older answer that arrives after a newer one', async () => {
    const { router, list, server, settle } = await start('/daftar')
    list.applyFilters({ q: 'disdik' })
    await settle()
    expect(router.currentRoute.value.fullPath).toBe('/daftar?cari=disdik')
    expect(server.asked).toHaveLength(2)
    server.asked[1].answer()
    await settle()
    server.asked[0].answer()
    await settle()
    expect(list.items.value).toEqual(['disdik:1'])
  })

  it('keeps page size and sort when the filters change, and starts at page 1', async () => {
    const { router, list, settle } = await start('/daftar?halaman=3&per=25&urut=tanggal&arah=turun&cari=a')
    list.applyFilters({ q: 'b' })
    await settle()
    expect(router.currentRoute.value.query).toEqual({ per: '25', urut: 'tanggal', arah: 'turun', cari: 'b' })
    list.applyFilters({})
    await settle()
    expect(router.currentRoute.value.query).toEqual({ per: '25', urut: 'tanggal', arah: 'turun' })
  })

  it('goes back to page 1 on a new sort or page size, and keeps the page otherwise', async () => {
    const { router, list, settle } = await start('/daftar?halaman=2')
    list.onOptions({ page: 3, itemsPerPage: 10, sortBy: [{ key: 'nama', order: 'asc' }] })
    await settle()
    expect(router.currentRoute.value.query).toEqual({ halaman: '3' })
    list.onOptions({ page: 3, itemsPerPage: 10, sortBy: [{ key: 'nama', order: 'desc' }] })
    await settle()
    expect(router.currentRoute.value.query).toEqual({ arah: 'turun' })
    list.onOptions({ page: 2, itemsPerPage: 50, sortBy: [{ key: 'nama', order: 'desc' }] })
    await settle()
    expect(router.currentRoute.value.query).toEqual({ per: '50', arah: 'turun' })
  })

  it('moves a page past the end to the last page, replacing the history entry', async () => {
    const { router, list, server, settle } = await start('/daftar?halaman=9')
    const replaced: unknown[] = []
    const replace = router.replace.bind(router)
    router.replace = (to) => (replaced.push(to), replace(to))
    server.asked[0].answer([])
    await settle()
    expect(router.currentRoute.value.query).toEqual({ halaman: '4' })
    expect(list.state.value.page).toBe(4)
    expect(server.asked.at(-1)!.state.page).toBe(4)
    expect(replaced).toEqual([{ query: { halaman: '4' } }])
  })

  it('asks again when another desk changes the data, and not when the URL only changes a kept key', async () => {
    const { router, list, server, settle, changed } = await start('/daftar?buka=7', fakeServer(), { keep: ['buka'] })
    server.asked[0].answer()
    await settle()
    changed()
    await settle()
    expect(server.asked).toHaveLength(2)
    await router.replace({ query: { buka: '8' } })
    await settle()
    expect(server.asked).toHaveLength(2)
    list.setPage(2)
    await settle()
    expect(router.currentRoute.value.query).toEqual({ buka: '8', halaman: '2' })
    expect(server.asked).toHaveLength(3)
  })

  it('refreshes for the change feed without a progress row, keeping the shown rows when nothing changed', async () => {
    const server = fakeServer()
    const { list, settle, changed } = await start('/daftar', server)
    server.asked[0].answer(['a', 'b'])
    await settle()
    const shown = list.items.value
    changed()
    expect(list.loading.value).toBe(false)
    server.asked[1].answer(['a', 'b'])
    await settle()
    expect(list.items.value).toBe(shown)
    changed()
    server.asked[2].answer(['a', 'c'])
    await settle()
    expect(list.items.value).toEqual(['a', 'c'])
    expect(list.loading.value).toBe(false)
  })

  it('a user-asked load still shows loading and wins over a quiet refresh already asked', async () => {
    const server = fakeServer()
    const { list, settle, changed } = await start('/daftar', server)
    server.asked[0].answer()
    await settle()
    changed()
    list.applyFilters({ q: 'baru' })
    await settle()
    expect(list.loading.value).toBe(true)
    server.asked[2].answer()
    await settle()
    server.asked[1].answer(['lama'])
    await settle()
    expect(list.items.value).toEqual(['baru:1'])
    expect(list.loading.value).toBe(false)
  })

  it('asks once for what the screen needs besides the rows, and shows that failure in Indonesian', async () => {
    const { AppError } = await import('@core/contract/errors')
    let prepared = 0
    const prepare = async () => {
      prepared++
      throw new AppError('INTERNAL', 'Daftar OPD tidak dapat dimuat.')
    }
    const { list, settle, stop } = await start('/daftar', fakeServer(), { prepare })
    await settle()
    expect(list.loadError.value).toBe('Daftar OPD tidak dapat dimuat.')
    list.setPage(2)
    await settle()
    expect(prepared).toBe(1)
    stop()
  })

  it('sends nothing while the state is not ready, and the failure of the newest call shows in Indonesian', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/daftar', component: {} }] })
    await router.push('/daftar?cari=x')
    let calls = 0
    const scope = effectScope()
    const { AppError } = await import('@core/contract/errors')
    const list = scope.run(() =>
      useServerList<State, string>({
        fromQuery,
        toQuery,
        router,
        onChange: () => {},
        ready: (s) => s.q !== 'x',
        fetch: async () => {
          calls++
          throw new AppError('NOT_FOUND', 'Data tidak ditemukan.')
        },
      }),
    )!
    await nextTick()
    expect(calls).toBe(0)
    list.applyFilters({ q: 'y' })
    await flush()
    expect(calls).toBe(1)
    expect(list.loadError.value).toBe('Data tidak ditemukan.')
    expect(list.loading.value).toBe(false)
    scope.stop()
  })

  it('kept between visits, holds its own URL state while another screen is open, and moves nothing there', async () => {
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/daftar', name: 'daftar', component: {} },
        { path: '/daftar/:id', name: 'detail', component: {} },
      ],
    })
    await router.push('/daftar?cari=server&halaman=2')
    const server = fakeServer(15)
    const scope = effectScope()
    const list = scope.run(() => useServerList<State, string>({ fromQuery, toQuery, fetch: server.fetch, router, onChange: () => {} }))!
    server.asked[0].answer()
    await flush()
    const before = list.state.value

    // A row opened: the kept list must not read the detail page's (empty) query as "no filters" and ask again.
    await router.push('/daftar/7')
    await flush()
    expect(list.state.value).toBe(before)
    expect(server.asked).toHaveLength(1)
    // Nor may it move the other screen's URL (the answer's "past the last page" correction, a table event).
    list.setPage(1)
    await flush()
    expect(router.currentRoute.value.fullPath).toBe('/daftar/7')

    // Back to the same URL: the very same state object, so nothing that reads it is drawn again, and no request.
    await router.push('/daftar?cari=server&halaman=2')
    await flush()
    expect(list.state.value).toBe(before)
    expect(server.asked).toHaveLength(1)
    // Another query on its own route is a new state as before.
    await router.push('/daftar?cari=rak')
    await flush()
    expect(list.state.value.q).toBe('rak')
    expect(server.asked).toHaveLength(2)
    scope.stop()
  })
})
