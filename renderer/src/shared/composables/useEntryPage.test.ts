/* eslint-disable vue/one-component-per-file -- a test harness: the page under test, a stand-in shell, the record's page and the app root */
import { createPinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { z } from 'zod'
import { AppError, ConflictError } from '@core/contract/errors'
import { wajib } from '@core/contract/fields'
import { useNotifyStore } from '../stores/notify'
import { createHeadlessApp as createApp } from '../testing/headlessApp'
import { useEntryPage, useEntryPageContext, type EntryPageContext } from './useEntryPage'

const schema = z.object({ nama: wajib('Nama Perangkat', 10), alasan: z.string() })
type Values = z.input<typeof schema>

/** The router's guards and the awaited loads (macrotasks, not a wait for time). */
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0))
  await nextTick()
}

/** Mounts an entry page at /ubah (`id` given: an edit) whose load runs `read`. */
async function mountPage(id: number | undefined, read: () => Promise<void>) {
  let page!: ReturnType<typeof useEntryPage<Values, typeof schema>>
  // Stands in for the shell and the form's foot: what they see of the page.
  let context!: EntryPageContext
  const Shell = defineComponent({
    setup() {
      context = useEntryPageContext()
      return () => h('div')
    },
  })
  const Page = defineComponent({
    setup() {
      page = useEntryPage({ id: () => id, schema, initial: { nama: '', alasan: '' }, load: read })
      return () => h(Shell)
    },
  })
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/ubah', component: Page },
      { path: '/perangkat/:id', name: 'perangkat', component: { render: () => h('div') } },
    ],
  })
  await router.push('/ubah')
  const pinia = createPinia()
  const app = createApp({ render: () => h(RouterView) })
  app.use(router)
  app.use(pinia)
  app.mount({})
  await settle()
  return { page, context, router, notify: useNotifyStore(pinia) }
}

describe('useEntryPage', () => {
  it('shows a failed load as its Indonesian message and clears it on the next load', async () => {
    const read = vi.fn().mockRejectedValueOnce(new AppError('NOT_FOUND', 'Perangkat tidak ditemukan.')).mockResolvedValueOnce(undefined)
    const { page, context } = await mountPage(3, read)
    await page.load()
    expect(context.loadError.value).toBe('Perangkat tidak ditemukan.')
    expect(context.loading.value).toBe(false)
    await context.load()
    expect(context.loadError.value).toBe('')
  })

  it('offers Muat Ulang on a CONFLICT while editing, reloads and says so', async () => {
    const read = vi.fn(async () => undefined)
    const { page, notify } = await mountPage(3, read)
    page.form.set('nama', 'Server A')
    await page.form.submit(async () => {
      throw new ConflictError()
    })
    expect(page.stale.conflict.value).toContain('sudah diubah')
    await page.stale.muatUlang()
    expect(read).toHaveBeenCalledTimes(1)
    expect(page.stale.conflict.value).toBe('')
    expect(notify.current?.text).toBe('Data terbaru sudah dimuat. Periksa lalu ulangi perubahan Anda.')
  })

  it('on a Tambah page a CONFLICT is an error like any other', async () => {
    const { page, notify } = await mountPage(undefined, async () => undefined)
    expect(page.editing.value).toBe(false)
    page.form.set('nama', 'Server A')
    await page.form.submit(async () => {
      throw new ConflictError()
    })
    expect(page.stale.conflict.value).toBe('')
    expect(page.form.formError.value).toContain('sudah diubah')
    expect(notify.current).toBeNull()
  })

  it('asks the shell before leaving unsaved input', async () => {
    const { page, context, router } = await mountPage(undefined, async () => undefined)
    const ask = vi.fn(async () => false)
    context.leaveDialog.value = { ask }
    page.form.set('nama', 'Server A')
    await router.push({ name: 'perangkat', params: { id: 9 } })
    expect(ask).toHaveBeenCalledOnce()
    expect(router.currentRoute.value.fullPath).toBe('/ubah')
  })

  it('after Simpan: the notice shows and the page goes to the record without asking', async () => {
    const { page, context, router, notify } = await mountPage(undefined, async () => undefined)
    const ask = vi.fn(async () => false)
    context.leaveDialog.value = { ask }
    page.form.set('nama', 'Server A')
    await page.saved('Perangkat Server A tercatat.', { name: 'perangkat', params: { id: 9 } })
    await settle()
    expect(ask).not.toHaveBeenCalled()
    expect(notify.current?.text).toBe('Perangkat Server A tercatat.')
    expect(router.currentRoute.value.fullPath).toBe('/perangkat/9')
  })
})
