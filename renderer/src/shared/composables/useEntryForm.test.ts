/* eslint-disable vue/one-component-per-file -- a test harness: the page under test, a second route and the app root */
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { z } from 'zod'
import { AppError, ConflictError, ValidationError } from '@core/contract/errors'
import { opsional, wajib } from '@core/contract/fields'
import { createHeadlessApp as createApp } from '../testing/headlessApp'
import { PERIKSA_ISIAN, useEntryForm, type EntryFormOptions } from './useEntryForm'

// A form built as the app builds them: the contract's field schemas, one field held differently from the API.
const schema = z.object({
  nama: wajib('Nama Perangkat', 10),
  catatan: opsional('Catatan', 5),
  asal: z.string().trim().min(1, { error: 'Asal wajib diisi.' }),
  rakId: z.number().nullable(),
  uBawah: z.string(),
})
type Values = z.input<typeof schema>
const initial = (): Values => ({ nama: '', catatan: '', asal: '', rakId: null, uBawah: '' })

/** The answers of vee-validate's checks and the router's guards (macrotasks, not a wait for time). */
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0))
  await nextTick()
}

/** Mounts a page holding the form at /formulir; `answer` is what the leave dialog says. */
async function mountForm(extra: Partial<EntryFormOptions<Values, typeof schema>> = {}, answer = false) {
  const ask = vi.fn(async () => answer)
  let form!: ReturnType<typeof useEntryForm<Values, typeof schema>>
  const Page = defineComponent({
    setup() {
      form = useEntryForm({ schema, initial: initial(), serverFields: { asalOpdId: 'asal', asalSurat: 'asal' }, confirmLeave: () => ({ ask }), ...extra })
      return () => h('div')
    },
  })
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/formulir', component: Page }, { path: '/lain', component: { render: () => h('div') } }] })
  await router.push('/formulir')
  const app = createApp({ render: () => h(RouterView) })
  app.use(router)
  app.mount({})
  await settle()
  // Stands in for the v-form: the first field Vuetify marks is where the cursor must go.
  const focus = vi.fn()
  form.root.value = { $el: { querySelector: () => ({ focus }) } as unknown as HTMLElement }
  return { form, router, ask, focus, unmount: () => app.unmount() }
}

describe('useEntryForm', () => {
  it("shows the contract's message once a field is edited and binds a Vuetify input in one object", async () => {
    const { form } = await mountForm()
    expect(form.field('nama')).toMatchObject({ modelValue: '', errorMessages: undefined })
    form.field('nama')['onUpdate:modelValue']('srv-simpeg-app-01')
    await settle()
    expect(form.values.nama).toBe('srv-simpeg-app-01')
    expect(form.field('nama').errorMessages).toBe('Nama Perangkat paling banyak 10 karakter.')
    // A field not yet touched says nothing before Simpan.
    expect(form.errors.value.asal).toBeUndefined()
  })

  it('holds its starting values from the first render on, with no tick (a proposed date is in the field when shown)', () => {
    let seen: unknown
    const Page = defineComponent({
      setup() {
        const form = useEntryForm({ schema, initial: { ...initial(), uBawah: '2026-12-01' } })
        seen = form.field('uBawah').modelValue
        return () => h('div')
      },
    })
    createApp({ render: () => h(Page) }).mount({})
    expect(seen).toBe('2026-12-01')
  })

  it('refuses Simpan with every message shown and the cursor on the first field; the action never runs', async () => {
    const { form, focus } = await mountForm()
    const action = vi.fn(async () => {})
    await form.submit(action)
    expect(action).not.toHaveBeenCalled()
    expect(form.formError.value).toBe(PERIKSA_ISIAN)
    expect(form.errors.value).toMatchObject({ nama: 'Nama Perangkat wajib diisi.', asal: 'Asal wajib diisi.' })
    expect(focus).toHaveBeenCalledOnce()
  })

  it('takes "Periksa kembali isian yang ditandai." away with the last mark it points at, not before', async () => {
    const { form } = await mountForm()
    await form.submit(vi.fn(async () => {}))
    expect(form.formError.value).toBe(PERIKSA_ISIAN)
    form.set('nama', 'srv-app')
    await settle()
    // Asal still marked: the line stays.
    expect(form.formError.value).toBe(PERIKSA_ISIAN)
    form.set('asal', 'DISDIK')
    await settle()
    expect(form.errors.value).toEqual({})
    expect(form.formError.value).toBe('')
    // The server's field refusal goes the same way once its field is edited; a refusal about no field stays.
    await form.submit(async () => {
      throw new ValidationError({ asalOpdId: 'Asal Surat tidak ditemukan.' })
    })
    expect(form.formError.value).toBe(PERIKSA_ISIAN)
    form.set('asal', 'Dinas Y')
    await settle()
    expect(form.formError.value).toBe('')
    await form.submit(async () => {
      throw new AppError('DOMAIN', 'Nomor Agenda habis.')
    })
    form.set('nama', 'srv-app-2')
    await settle()
    expect(form.formError.value).toBe('Nomor Agenda habis.')
  })

  it("hands the action the schema's output (trimmed, defaults) and is busy meanwhile, ignoring a second press", async () => {
    const { form } = await mountForm()
    form.set('nama', '  srv-app  ')
    form.set('asal', 'DISDIK')
    let release!: () => void
    const action = vi.fn(() => new Promise<void>((resolve) => (release = resolve)))
    const first = form.submit(action)
    await settle()
    expect(form.submitting.value).toBe(true)
    await form.submit(action)
    expect(action).toHaveBeenCalledOnce()
    expect(action).toHaveBeenCalledWith({ nama: 'srv-app', catatan: '', asal: 'DISDIK', rakId: null, uBawah: '' })
    release()
    await first
    expect(form.submitting.value).toBe(false)
    expect(form.formError.value).toBe('')
  })

  it("puts the server's field messages on the form's fields and keeps each until that field is edited", async () => {
    const { form, focus } = await mountForm({ clears: { rakId: ['uBawah'] } })
    form.set('nama', 'srv-app')
    form.set('asal', 'Dinas X')
    await form.submit(async () => {
      throw new ValidationError({ asalOpdId: 'Asal Surat tidak ditemukan.', 'catatan.0': 'Catatan tidak valid.', uBawah: 'Unit 14 sudah terisi.' })
    })
    expect(form.errors.value).toMatchObject({ asal: 'Asal Surat tidak ditemukan.', catatan: 'Catatan tidak valid.', uBawah: 'Unit 14 sudah terisi.' })
    expect(form.formError.value).toBe(PERIKSA_ISIAN)
    expect(focus).toHaveBeenCalledOnce()
    form.set('nama', 'srv-app-2')
    await settle()
    expect(form.errors.value.asal).toBe('Asal Surat tidak ditemukan.')
    form.set('asal', 'Dinas Y')
    form.set('rakId', 2)
    await settle()
    expect(form.errors.value.asal).toBeUndefined()
    expect(form.errors.value.uBawah).toBeUndefined()
    expect(form.errors.value.catatan).toBe('Catatan tidak valid.')
  })

  it("names each wrong item of a list the server refused, under the list's field", async () => {
    const { form } = await mountForm()
    form.set('nama', 'srv-app')
    form.set('asal', 'Dinas X')
    await form.submit(async () => {
      throw new ValidationError({ 'catatan.0': 'Butir 1 tidak valid.', 'catatan.2': 'Butir 3 tidak valid.' })
    })
    expect(form.errors.value.catatan).toBe('Butir 1 tidak valid. Butir 3 tidak valid.')
  })

  it('leaves a failure without field messages above the buttons, or to the caller when it takes it', async () => {
    const { form } = await mountForm({ caught: (e) => e instanceof ConflictError })
    form.set('nama', 'srv-app')
    form.set('asal', 'Dinas X')
    await form.submit(async () => {
      throw new ConflictError()
    })
    expect(form.formError.value).toBe('')
    await form.submit(async () => {
      throw new AppError('DOMAIN', 'Perangkat yang Ditarik tidak dapat diubah.')
    })
    expect(form.formError.value).toBe('Perangkat yang Ditarik tidak dapat diubah.')
    expect(form.errors.value).toEqual({})
  })

  it('asks before leaving with unsaved input, not after a reset or once saved', async () => {
    const stay = await mountForm({}, false)
    await stay.router.push('/lain')
    expect(stay.ask).not.toHaveBeenCalled()
    expect(stay.router.currentRoute.value.path).toBe('/lain')
    stay.unmount()

    const { form, router, ask } = await mountForm({}, false)
    form.set('catatan', 'rusak')
    await settle()
    expect(form.dirty.value).toBe(true)
    await router.push('/lain')
    expect(ask).toHaveBeenCalledOnce()
    expect(router.currentRoute.value.path).toBe('/formulir')

    // Loaded values are the new baseline: the same values again are nothing unsaved.
    form.reset({ ...initial(), nama: 'srv-lama' })
    await settle()
    expect(form.dirty.value).toBe(false)
    form.set('nama', 'srv-baru')
    await settle()
    form.markSaved()
    await router.push('/lain')
    expect(ask).toHaveBeenCalledOnce()
    expect(router.currentRoute.value.path).toBe('/lain')
  })

  it('leaves when the user confirms', async () => {
    const { form, router, ask } = await mountForm({}, true)
    form.set('nama', 'srv-app')
    await settle()
    await router.push('/lain')
    expect(ask).toHaveBeenCalledOnce()
    expect(router.currentRoute.value.path).toBe('/lain')
  })
})
