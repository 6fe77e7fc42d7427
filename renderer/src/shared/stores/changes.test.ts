import { describe, expect, it, vi } from 'vitest'
import { changeReadings, followChanges } from './changes'

// The store itself polls the API from a window; the rules are tested through followChanges.
vi.mock('../../api', () => ({ api: {}, onOwnChange: () => undefined }))


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

describe('changeReadings (the feed after one\'s own save)', () => {
  /** A read whose answers are given by hand, in the order the test chooses; logs when each reading starts. */
  function handRead() {
    const started: number[] = []
    const answers: ((n: number) => void)[] = []
    const read = () => {
      started.push(started.length + 1)
      return new Promise<number | null>((answer) => answers.push(answer))
    }
    return { started, answers, read }
  }

  it('readings asked at the same moment share one question', async () => {
    const { started, answers, read } = handRead()
    const r = changeReadings(read)
    const a = r.now()
    const b = r.now()
    expect(started).toEqual([1])
    answers[0](5)
    expect(await a).toBe(5)
    expect(await b).toBe(5)
    // Once answered, the next asks again.
    void r.now()
    expect(started).toEqual([1, 2])
  })

  it('a reading after a save waits for the one under way (asked before the save) and is not shared with it', async () => {
    const { started, answers, read } = handRead()
    const r = changeReadings(read)
    const before = r.now()
    const after = r.fresh()
    // Not two at a time: the older answer cannot land after the newer one.
    expect(started).toEqual([1])
    answers[0](7)
    expect(await before).toBe(7)
    await vi.waitFor(() => expect(started).toEqual([1, 2]))
    // A poll meanwhile shares the fresh reading rather than starting a third.
    const poll = r.now()
    answers[1](8)
    expect(await after).toBe(8)
    expect(await poll).toBe(8)
    expect(started).toEqual([1, 2])
  })

  it('a failed reading does not hold the next one back', async () => {
    let calls = 0
    const r = changeReadings(() => (++calls === 1 ? Promise.reject(new Error('putus')) : Promise.resolve(3)))
    const first = r.now()
    const fresh = r.fresh()
    await expect(first).rejects.toThrow('putus')
    expect(await fresh).toBe(3)
  })
})
