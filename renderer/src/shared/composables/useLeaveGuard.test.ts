import { describe, expect, it } from 'vitest'
import { mayLeaveForm } from './useLeaveGuard'

describe('mayLeaveForm', () => {
  it('leaves a form without unsaved input at once, without asking', async () => {
    let asked = 0
    expect(await mayLeaveForm(false, { ask: async () => (asked++, false) })).toBe(true)
    expect(asked).toBe(0)
  })

  it('asks for a form with unsaved input and follows the answer (Tetap di Sini: stay, Tinggalkan: leave)', async () => {
    expect(await mayLeaveForm(true, { ask: async () => false })).toBe(false)
    expect(await mayLeaveForm(true, { ask: async () => true })).toBe(true)
    // No dialog on screen (the form is being taken down): nothing to ask with.
    expect(await mayLeaveForm(true, null)).toBe(true)
  })
})
