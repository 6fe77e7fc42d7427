import { describe, expect, it } from 'vitest'
import { AppError } from '@core/contract/errors'
import { useLatestRun } from './useLatestRun'

/** A request the test answers (or fails) when it chooses. */
function deferred<T>() {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}

describe('useLatestRun', () => {
  it('applies only the newest answer, whatever order they come back in', async () => {
    const { run, loading } = useLatestRun()
    const shown: string[] = []
    const first = deferred<string>()
    const second = deferred<string>()
    const a = run(() => first.promise, (v) => shown.push(v))
    const b = run(() => second.promise, (v) => shown.push(v))
    second.resolve('baru')
    await b
    expect(loading.value).toBe(false)
    first.resolve('lama')
    await a
    expect(shown).toEqual(['baru'])
  })

  it('shows the newest failure in Indonesian and clears it on the next call', async () => {
    const { run, error, loading } = useLatestRun()
    await run(() => Promise.reject(new AppError('NOT_FOUND', 'Surat tidak ditemukan.')), () => {})
    expect(error.value).toBe('Surat tidak ditemukan.')
    expect(loading.value).toBe(false)
    const next = deferred<number>()
    const pending = run(() => next.promise, () => {})
    expect(error.value).toBe('')
    expect(loading.value).toBe(true)
    next.resolve(1)
    await pending
  })

  it('drops the call in flight (e.g. another person signed in)', async () => {
    const { run, drop, loading } = useLatestRun()
    const shown: number[] = []
    const late = deferred<number>()
    const pending = run(() => late.promise, (v) => shown.push(v))
    drop()
    expect(loading.value).toBe(false)
    late.resolve(7)
    await pending
    expect(shown).toEqual([])
  })
})
