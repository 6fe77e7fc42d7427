import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, reactive, ref, watch } from 'vue'
import { followToday, msUntilNextOfficeDay, rollDefault, useToday } from './today'

// The page's window and document as plain event targets (no DOM library needed for focus and visibility events).
beforeEach(() => {
  vi.stubGlobal('window', new EventTarget())
  vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }))
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('the office date while a screen stays open', () => {
  it('knows how long until midnight in Batam', () => {
    expect(msUntilNextOfficeDay(new Date('2026-11-30T16:59:00Z'))).toBe(60_000) // 23.59 WIB
    expect(msUntilNextOfficeDay(new Date('2026-11-30T17:00:00Z'))).toBe(24 * 3600_000) // 00.00 WIB
  })

  it('moves on at midnight (fake clock), and a default date still holding yesterday rolls with it', async () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-11-30T16:58:00Z')) // Senin 30 November, 23.58 WIB
    const scope = effectScope()
    const today = scope.run(() => useToday())!
    expect(today.value).toBe('2026-11-30')
    let tanggalDiterima = today.value
    const chosen = '2026-11-27'
    scope.run(() => watch(today, (next, prev) => (tanggalDiterima = rollDefault(tanggalDiterima, prev, next))))
    await vi.advanceTimersByTimeAsync(60_000)
    expect(today.value).toBe('2026-11-30')
    await vi.advanceTimersByTimeAsync(61_000)
    expect(today.value).toBe('2026-12-01')
    expect(tanggalDiterima).toBe('2026-12-01')
    expect(rollDefault(chosen, '2026-11-30', '2026-12-01')).toBe(chosen)
    scope.stop()
  })

  it('catches up when the window gets focus after the PC slept through midnight', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-30T10:00:00Z'))
    const scope = effectScope()
    const today = scope.run(() => useToday())!
    vi.setSystemTime(new Date('2026-12-01T01:00:00Z'))
    window.dispatchEvent(new Event('focus'))
    expect(today.value).toBe('2026-12-01')
    scope.stop()
  })

  it('moves every form default that still holds today, keeps a chosen date (followToday)', async () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-11-30T16:59:30Z')) // 23.59.30 WIB
    const scope = effectScope()
    const today = scope.run(() => useToday())!
    const disposisi = reactive({ tanggal: today.value, batasWaktu: '' })
    const dipilih = reactive({ tanggal: '2026-11-27' })
    const rekap = ref(today.value)
    let dialog = { dari: today.value }
    scope.run(() => {
      followToday(today, disposisi, 'tanggal')
      followToday(today, dipilih, 'tanggal')
      followToday(today, rekap, 'value')
      followToday(today, () => dialog, 'dari')
    })
    dialog = { dari: today.value } // a dialog's form object made anew at its opening is followed too
    await vi.advanceTimersByTimeAsync(31_000)
    expect(today.value).toBe('2026-12-01')
    expect(disposisi.tanggal).toBe('2026-12-01')
    expect(dipilih.tanggal).toBe('2026-11-27')
    expect(rekap.value).toBe('2026-12-01')
    expect(dialog.dari).toBe('2026-12-01')
    scope.stop()
  })
})
