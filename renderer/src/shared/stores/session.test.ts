import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'

// The API as the store sees it: the test answers each call and plays the transport's "nobody is signed in" report.
const calls = vi.hoisted(() => ({ ended: null as ((message: string) => void) | null, logout: null as (() => Promise<void>) | null }))
vi.mock('../../api', () => ({
  api: {
    session: {
      current: async () => ({ user: { id: 1, username: 'sekretariat', nama: 'Rina', roles: ['sekretariat'], mustChangePassword: false }, demo: false, setupNeeded: false }),
      logout: () => calls.logout!(),
    },
  },
  onSessionEnded: (listener: (message: string) => void) => (calls.ended = listener),
}))

const { useSessionStore } = await import('./session')

describe('session store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('opens the sign-in-again dialog when the session ends under the user', async () => {
    const session = useSessionStore()
    await session.refresh()
    calls.ended!('Sesi Anda berakhir.')
    expect(session.reauth).toEqual({ username: 'sekretariat', pesan: 'Sesi Anda berakhir.' })
  })

  it('does not open it for an answer that arrives while Keluar is on its way, and Keluar closes one already open', async () => {
    const session = useSessionStore()
    await session.refresh()
    // An earlier call (the change feed's poll) is answered "not signed in" after the server ended the session and
    // before Keluar's own answer.
    calls.logout = async () => calls.ended!('Anda belum masuk.')
    await session.logout()
    expect([session.reauth, session.user, session.signedOut]).toEqual([null, null, 'keluar'])

    await session.refresh()
    calls.ended!('Sesi Anda berakhir.')
    calls.logout = async () => {}
    await session.logout()
    expect(session.reauth).toBeNull()
  })
})
