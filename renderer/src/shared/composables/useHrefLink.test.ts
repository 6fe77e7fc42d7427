import { describe, expect, it, vi } from 'vitest'
import { effect, nextTick } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useHrefLink } from './useHrefLink'

const routes = [
  { path: '/', name: 'dasbor', component: {} },
  { path: '/surat-masuk', name: 'surat-masuk', component: {} },
  { path: '/surat-masuk/:id(\\d+)', name: 'surat-masuk-detail', component: {} },
]

async function routerAt(path: string) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  return router
}

/** A click as the browser sends it; `init` adds modifier keys or another button. */
function click(init: Partial<Pick<MouseEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'button'>> = {}, target?: string) {
  const event = {
    ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, button: 0, defaultPrevented: false,
    currentTarget: { getAttribute: (name: string) => (name === 'target' ? (target ?? null) : null) },
    ...init,
    preventDefault: vi.fn(),
  }
  return event as unknown as MouseEvent & { preventDefault: ReturnType<typeof vi.fn> }
}

describe('useHrefLink', () => {
  it("gives the router's address for a named route with params and a query", async () => {
    const router = await routerAt('/surat-masuk/3')
    const hrefLink = useHrefLink(router)
    expect(hrefLink({ name: 'surat-masuk-detail', params: { id: 7 } }).href).toBe('/surat-masuk/7')
    expect(hrefLink({ name: 'surat-masuk', query: { sifat: 'Segera' } }).href).toBe('/surat-masuk?sifat=Segera')
  })

  it('a plain click opens the page in the app; the browser keeps modified, middle and _blank clicks', async () => {
    const router = await routerAt('/')
    const push = vi.spyOn(router, 'push')
    const link = useHrefLink(router)({ name: 'surat-masuk-detail', params: { id: 7 } })
    for (const e of [click({ ctrlKey: true }), click({ metaKey: true }), click({ shiftKey: true }), click({ button: 1 }), click({}, '_blank')]) {
      link.onClick(e)
      expect(e.preventDefault).not.toHaveBeenCalled()
    }
    expect(push).not.toHaveBeenCalled()
    const plain = click()
    link.onClick(plain)
    expect(plain.preventDefault).toHaveBeenCalledOnce()
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/surat-masuk/7'))
  })

  it('does not follow the current route: a render reading links is not run again on navigation', async () => {
    const router = await routerAt('/')
    const hrefLink = useHrefLink(router)
    let runs = 0
    let tracking = 0
    const hrefs: string[] = []
    // What RouterLink does (router.resolve against the current route): run again on every navigation.
    effect(() => {
      tracking++
      router.resolve({ name: 'surat-masuk' })
    })
    effect(() => {
      runs++
      hrefs.push(hrefLink({ name: 'surat-masuk' }).href, hrefLink({ name: 'surat-masuk-detail', params: { id: 1 } }).href)
    })
    // The router itself reads and changes currentRoute; a RouterLink's `isActive` would change here.
    await router.push('/surat-masuk')
    await router.push('/surat-masuk/1')
    await nextTick()
    expect(router.currentRoute.value.name).toBe('surat-masuk-detail')
    expect(tracking).toBe(3)
    expect(runs).toBe(1)
    expect(hrefs).toEqual(['/surat-masuk', '/surat-masuk/1'])
  })
})
