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
    // Sets busy, lets the watcher run, then lets `ms` of time pass; returns what the indicator shows.
    const after = async (value: boolean, ms: number) => {
      busy.value = value
      await nextTick()
      vi.advanceTimersByTime(ms)
      return shown.value
    }
    expect(await after(true, 150)).toBe(false)
    expect(await after(false, 100)).toBe(false)
    expect(await after(true, 200)).toBe(true)
    expect(await after(false, 0)).toBe(false)
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
