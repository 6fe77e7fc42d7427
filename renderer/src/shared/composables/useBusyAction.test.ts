import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { AppError } from '@core/contract/errors'
import { useNotifyStore } from '../stores/notify'
import { useBusyAction } from './useBusyAction'

describe('useBusyAction', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('marks the key busy while the work runs and clears it after', async () => {
    const { busy, run } = useBusyAction<number>()
    let seen: number | null = null
    const ok = await run(7, async () => {
      seen = busy.value
    })
    expect(ok).toBe(true)
    expect(seen).toBe(7)
    expect(busy.value).toBeNull()
    expect(useNotifyStore().current).toBeNull()
  })

  it('shows a failure in the snackbar and clears the busy mark', async () => {
    const { busy, run } = useBusyAction<string>()
    const ok = await run('ba-penarikan', () => Promise.reject(new AppError('NOT_FOUND', 'Berkas tidak ditemukan.')))
    expect(ok).toBe(false)
    expect(busy.value).toBeNull()
    expect(useNotifyStore().current).toMatchObject({ text: 'Berkas tidak ditemukan.', color: 'error' })
  })
})
