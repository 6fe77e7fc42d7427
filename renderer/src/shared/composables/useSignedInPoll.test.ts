import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick, ref } from 'vue'
import { useSignedInPoll } from './useSignedInPoll'

describe('useSignedInPoll', () => {
  const page = { visibilityState: 'visible' }
  beforeEach(() => {
    vi.useFakeTimers()
    vi.stubGlobal('document', page)
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('asks at sign-in and on each interval while visible, resets on every change of user, stops at sign-out', async () => {
    const user = ref<number | null>(null)
    const seen: string[] = []
    useSignedInPoll(() => user.value, 1000, () => seen.push('reset'), async () => void seen.push(`tick ${user.value}`))
    expect(seen).toEqual(['reset'])
    vi.advanceTimersByTime(3000)
    expect(seen).toEqual(['reset'])

    user.value = 7
    await nextTick()
    expect(seen).toEqual(['reset', 'reset', 'tick 7'])
    vi.advanceTimersByTime(1000)
    expect(seen.at(-1)).toBe('tick 7')
    expect(seen).toHaveLength(4)

    // A hidden window asks nothing.
    page.visibilityState = 'hidden'
    vi.advanceTimersByTime(2000)
    expect(seen).toHaveLength(4)
    page.visibilityState = 'visible'

    user.value = 8
    await nextTick()
    expect(seen.slice(4)).toEqual(['reset', 'tick 8'])

    user.value = null
    await nextTick()
    vi.advanceTimersByTime(5000)
    expect(seen.slice(6)).toEqual(['reset'])
  })
})
