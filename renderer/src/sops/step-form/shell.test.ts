import { describe, expect, it } from 'vitest'
import { createSSRApp, h, ref, type Component } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { stepOf } from '@core/domain/sop'
import { SOP_07 } from '@core/sops/sop-07/common'
import { provideStepFrame, stepOutcomes, useBeforeSubmit, useClearErrors, useFieldCheck, useStepFrame, useUnsavedPiece } from './shell'

describe('step-form shell', () => {
  it('lists a step\'s outcomes in the declaration\'s order, each naming the step it leads to', () => {
    const outcomes = stepOutcomes(SOP_07, 'pemeriksaan')
    expect(outcomes.map((o) => o.value)).toEqual(['sesuai', 'tidak-sesuai'])
    const formulir = stepOf(SOP_07, 'formulir')
    expect(outcomes[0]).toEqual({ value: 'sesuai', label: 'Sesuai data', next: `${formulir.no}. ${formulir.nama}` })
    // An outcome that leads to no step (the case ends there) names none.
    const closing = { ...stepOf(SOP_07, 'pemeriksaan'), hasil: { tutup: { label: 'Ditutup', ke: null } } }
    expect(stepOutcomes({ ...SOP_07, steps: [closing] }, 'pemeriksaan')).toEqual([{ value: 'tutup', label: 'Ditutup', next: '' }])
  })

  it('clears the message of an edited field and of its sub-fields, and leaves the others', () => {
    const errors = ref<Record<string, string>>({ 'wakilOpd.nama': 'Isi nama.', 'wakilOpd.telepon': 'Nomor salah.', wakilOpdX: 'lain', tanggal: 'Isi tanggal.' })
    const clear = useClearErrors(errors)
    clear('wakilOpd')
    expect(errors.value).toEqual({ wakilOpdX: 'lain', tanggal: 'Isi tanggal.' })
    const before = errors.value
    clear('jam')
    // Nothing to clear: the same object, so no watcher of the messages fires.
    expect(errors.value).toBe(before)
  })

  it('runs the work the pieces inside a frame registered, in order, and stops at the first refusal', async () => {
    const ran: string[] = []
    let frame: { runBeforeSubmit(): Promise<boolean> } | null = null
    const piece = (name: string, answer: boolean): Component => ({
      setup() {
        useBeforeSubmit(useStepFrame(), async () => {
          ran.push(name)
          return answer
        })
        return () => h('span')
      },
    })
    const First = piece('foto-8', true)
    const Second = piece('foto-tambahan', false)
    const Third = piece('tidak-dijalankan', true)
    const Frame: Component = {
      setup() {
        const errors = ref<Record<string, string>>({})
        frame = provideStepFrame({ errors, clear: useClearErrors(errors), photosChanged: () => undefined })
        return () => h('div', [h(First), h(Second), h(Third)])
      },
    }
    await renderToString(createSSRApp(Frame))
    expect(await frame!.runBeforeSubmit()).toBe(false)
    expect(ran).toEqual(['foto-8', 'foto-tambahan'])
  })

  it('gathers the field checks the pieces inside a frame registered, so the frame asks nothing of an input they refuse', async () => {
    let frame: { runChecks(): Record<string, string> } | null = null
    const photos = ref(0)
    const Photo: Component = {
      setup() {
        useFieldCheck(useStepFrame(), () => (photos.value ? {} : { foto: 'Unggah paling sedikit satu foto dokumentasi penarikan.' }))
        return () => h('span')
      },
    }
    const Frame: Component = {
      setup() {
        const errors = ref<Record<string, string>>({})
        frame = provideStepFrame({ errors, clear: useClearErrors(errors), photosChanged: () => undefined })
        return () => h('div', [h(Photo)])
      },
    }
    await renderToString(createSSRApp(Frame))
    expect(frame!.runChecks()).toEqual({ foto: 'Unggah paling sedikit satu foto dokumentasi penarikan.' })
    photos.value = 1
    expect(frame!.runChecks()).toEqual({})
  })

  it('tells the frame when a piece holds input the step\'s input does not show (a photo still waiting)', async () => {
    let frame: { piecesUnsaved(): boolean } | null = null
    const waiting = ref(0)
    const Photo: Component = {
      setup() {
        useUnsavedPiece(useStepFrame(), () => waiting.value > 0)
        return () => h('span')
      },
    }
    const Frame: Component = {
      setup() {
        const errors = ref<Record<string, string>>({})
        frame = provideStepFrame({ errors, clear: useClearErrors(errors), photosChanged: () => undefined })
        return () => h('div', [h(Photo), h(Photo)])
      },
    }
    await renderToString(createSSRApp(Frame))
    expect(frame!.piecesUnsaved()).toBe(false)
    waiting.value = 1
    expect(frame!.piecesUnsaved()).toBe(true)
  })

  it('offers no frame to a form shown on its own', async () => {
    let seen: unknown = 'unset'
    const Alone: Component = {
      setup() {
        seen = useStepFrame()
        return () => h('span')
      },
    }
    await renderToString(createSSRApp(Alone))
    expect(seen).toBeNull()
  })
})
