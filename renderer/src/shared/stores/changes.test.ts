import { describe, expect, it, vi } from 'vitest'
import { followChanges } from './changes'

// The store itself polls the API from a window; the rules are tested through followChanges.
vi.mock('../../api', () => ({ api: {} }))


/** A reload that logs itself in `events` and settles only when `finish()` is called. */
function slowReload() {
  const events: string[] = []
  let done = () => {}
  const reload = () => {
    events.push('reload')
    return new Promise<void>((settle) => (done = settle))
  }
  return { events, reload, finish: () => done() }
}

describe('followChanges (onDataChanged)', () => {
  it('reloads on each move of the number, not on the first reading after sign-in', () => {
    const reload = vi.fn()
    const f = followChanges(null, reload, async () => null)
    f.number(40)
    expect(reload).not.toHaveBeenCalled()
    f.number(40)
    f.number(41)
    f.number(null)
    f.number(41)
    expect(reload).toHaveBeenCalledTimes(1)
  })

  it('a hidden kept screen reloads nothing; shown again it reloads once if the record moved meanwhile', async () => {
    const reload = vi.fn()
    let server = 7
    const f = followChanges(7, reload, async () => server)
    f.hidden()
    server = 9
    f.number(8)
    f.number(9)
    expect(reload).not.toHaveBeenCalled()
    await f.shown()
    expect(reload).toHaveBeenCalledTimes(1)
    // The feed's own tick with the same number afterwards is not another change.
    f.number(9)
    expect(reload).toHaveBeenCalledTimes(1)
  })

  it('shown again with the record unchanged: no reload (the rows on screen are current)', async () => {
    const reload = vi.fn()
    const f = followChanges(12, reload, async () => 12)
    f.hidden()
    await f.shown()
    expect(reload).not.toHaveBeenCalled()
    // A failed reading (null) decides nothing either; the next tick that moves does.
    const g = followChanges(12, reload, async () => null)
    g.hidden()
    await g.shown()
    g.number(13)
    expect(reload).toHaveBeenCalledTimes(1)
  })

  it('shown again: busy until the number is read and, when it moved, until the reload has settled', async () => {
    const { events, reload, finish } = slowReload()
    const f = followChanges(3, reload, async () => 4, (on) => events.push(on ? 'busy' : 'free'))
    f.hidden()
    const shown = f.shown()
    await new Promise((r) => setTimeout(r, 0))
    expect(events).toEqual(['busy', 'reload'])
    finish()
    await shown
    expect(events).toEqual(['busy', 'reload', 'free'])
    // Unchanged: busy only for the reading.
    const g = followChanges(4, reload, async () => 4, (on) => events.push(on ? 'busy2' : 'free2'))
    g.hidden()
    await g.shown()
    expect(events.slice(3)).toEqual(['busy2', 'free2'])
  })

  it('shown again: busy until the reload has settled also when the reading reached `number` first', async () => {
    // The store's pollNow sets the number before it answers; its watch then calls `number` before `shown` goes on.
    const { events, reload, finish } = slowReload()
    const pollNow = async () => {
      f.number(6)
      return 6
    }
    const f = followChanges(5, reload, pollNow, (on) => events.push(on ? 'busy' : 'free'))
    f.hidden()
    const shown = f.shown()
    await new Promise((r) => setTimeout(r, 0))
    expect(events).toEqual(['busy', 'reload'])
    finish()
    await shown
    expect(events).toEqual(['busy', 'reload', 'free'])
  })
})
