import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { onPageChange } from './pageChange'

const page = { template: '<div />' }

function makeRouter() {
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: page },
      { path: '/surat-masuk', component: page },
      { path: '/surat-masuk/:id', component: page },
      { path: '/tolak', component: page, beforeEnter: () => false },
    ],
  })
}

describe('onPageChange', () => {
  it('follows moves to another path, not a list search, filter or page in the query', async () => {
    const router = makeRouter()
    await router.push('/')
    const seen: string[] = []
    onPageChange(router, () => seen.push(router.currentRoute.value.fullPath))
    await router.push('/surat-masuk')
    await router.push({ path: '/surat-masuk', query: { q: 'server' } })
    await router.replace({ path: '/surat-masuk', query: { q: 'server', page: '2' } })
    await router.push('/surat-masuk/7')
    await router.back()
    await new Promise((ok) => setTimeout(ok, 20))
    expect(seen).toEqual(['/surat-masuk', '/surat-masuk/7', '/surat-masuk?q=server&page=2'])
  })

  it('ignores a move a guard refused, and stops when removed', async () => {
    const router = makeRouter()
    await router.push('/')
    let calls = 0
    const remove = onPageChange(router, () => calls++)
    await router.push('/tolak')
    expect(calls).toBe(0)
    remove()
    await router.push('/surat-masuk')
    expect(calls).toBe(0)
  })
})
