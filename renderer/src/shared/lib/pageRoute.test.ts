import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { pageRoute } from './pageRoute'

const page = () => Promise.resolve({ template: '<div />' })

describe('pageRoute', () => {
  it('gives a page with :id its id as a number, and its title and roles as meta', async () => {
    const route = pageRoute('/rak/:id(\\d+)', 'rak-detail', page, 'Elevasi Rak', { roles: ['admin'] })
    const router = createRouter({ history: createMemoryHistory(), routes: [route] })
    await router.push('/rak/12')
    const shown = router.currentRoute.value
    expect(shown.name).toBe('rak-detail')
    expect(shown.meta).toEqual({ title: 'Elevasi Rak', roles: ['admin'] })
    const props = shown.matched[0].props.default as (to: typeof shown) => unknown
    expect(props(shown)).toEqual({ id: 12 })
  })

  it('gives a page without :id no props, and an alias when asked', async () => {
    const route = pageRoute('/inventaris', 'inventaris', page, 'Inventaris Perangkat', { alias: '/inventaris/perangkat' })
    const router = createRouter({ history: createMemoryHistory(), routes: [route] })
    await router.push('/inventaris/perangkat')
    expect(router.currentRoute.value.name).toBe('inventaris')
    expect(router.currentRoute.value.meta).toEqual({ title: 'Inventaris Perangkat' })
    expect(route.props).toBeUndefined()
  })
})
