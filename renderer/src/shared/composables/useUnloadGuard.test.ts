import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { createHeadlessApp as createApp } from '../testing/headlessApp'
import { useUnloadGuard } from './useUnloadGuard'

/** A window stand-in that dispatches real, cancellable events. */
function fakeWindow(): EventTarget {
  const target = new EventTarget()
  vi.stubGlobal('window', target)
  return target
}

function unload(target: EventTarget): Event & { returnValue?: unknown } {
  const event = new Event('beforeunload', { cancelable: true })
  // A browser's BeforeUnloadEvent lets the page set returnValue; Node's plain Event does not.
  Object.defineProperty(event, 'returnValue', { value: undefined, writable: true })
  target.dispatchEvent(event)
  return event
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('useUnloadGuard', () => {
  it('refuses a reload or close while the form holds unsaved input, and only then', () => {
    const win = fakeWindow()
    let unsaved = false
    const app = createApp(defineComponent({ setup: () => (useUnloadGuard(() => unsaved), () => h('div')) }))
    app.mount({})
    expect(unload(win).defaultPrevented).toBe(false)
    unsaved = true
    const refused = unload(win)
    expect(refused.defaultPrevented).toBe(true)
    expect(refused.returnValue).toBe('')
    // Gone with its component: a later page does not inherit the refusal.
    app.unmount()
    expect(unload(win).defaultPrevented).toBe(false)
  })
})
