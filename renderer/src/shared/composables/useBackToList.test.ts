import { describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useBackToList } from './useBackToList'

function routerAt(path: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/surat-masuk', name: 'surat-masuk', component: {} },
      { path: '/surat-masuk/:id', name: 'surat-masuk-detail', component: {} },
      { path: '/dasbor', name: 'dasbor', component: {} },
    ],
  })
  return router.push(path).then(() => router)
}

describe('useBackToList', () => {
  it('goes back in history when the detail was opened from its list (filters and page kept)', async () => {
    const router = await routerAt('/surat-masuk/7')
    const back = vi.spyOn(router, 'back').mockImplementation(() => {})
    useBackToList('surat-masuk', router, () => '/surat-masuk?cari=server&halaman=2')()
    expect(back).toHaveBeenCalledOnce()
  })

  it('opens the list afresh when the page came from elsewhere or from nowhere', async () => {
    const router = await routerAt('/surat-masuk/7')
    const back = vi.spyOn(router, 'back').mockImplementation(() => {})
    useBackToList('surat-masuk', router, () => '/dasbor')()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(router.currentRoute.value.name).toBe('surat-masuk')
    await router.push('/surat-masuk/8')
    useBackToList('surat-masuk', router, () => undefined)()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(router.currentRoute.value.fullPath).toBe('/surat-masuk')
    expect(back).not.toHaveBeenCalled()
  })
})
