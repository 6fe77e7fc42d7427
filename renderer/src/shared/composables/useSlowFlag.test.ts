import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { useSlowFlag } from './useSlowFlag'

describe('useSlowFlag', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('a short busy spell raises nothing; a long one raises the flag after the delay and drops it at the end', async () => {
    const busy = ref(false)
    const scope = effectScope()
    const shown = scope.run(() => useSlowFlag(() => busy.value, 200))!
    busy.value = true
    await nextTick()
    vi.advanceTimersByTime(150)
    expect(shown.value).toBe(false)
    busy.value = false
    await nextTick()
    vi.advanceTimersByTime(100)
    expect(shown.value).toBe(false)

    busy.value = true
    await nextTick()
    vi.advanceTimersByTime(200)
    expect(shown.value).toBe(true)
    busy.value = false
    await nextTick()
    expect(shown.value).toBe(false)
    scope.stop()
  })

  it('shows at once while immediate() holds (nothing on screen yet)', async () => {
    const busy = ref(true)
    const empty = ref(true)
    const scope = effectScope()
    const shown = scope.run(() => useSlowFlag(() => busy.value, 200, () => empty.value))!
    expect(shown.value).toBe(true)
    empty.value = false
    expect(shown.value).toBe(false)
    scope.stop()
  })
})
