import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { ROLE_LABELS } from '@core/contract/roles'
import type { SessionInfo } from '@core/contract/session'
import { useSessionStore } from '../stores/session'
import { useAkun } from './useAkun'

// The session store's transport (window-bound) is not needed: the test sets who is signed in.
vi.mock('../../api', () => ({ api: {}, onSessionEnded: () => undefined }))

function signedIn(nama: string): ReturnType<typeof useAkun> {
  setActivePinia(createPinia())
  const user = { id: 1, username: 'aarif', nama, roles: ['admin', 'kabid'], pegawaiId: null, mustChangePassword: false }
  useSessionStore().info = { user } as unknown as SessionInfo
  return useAkun()
}

describe('useAkun', () => {
  it('gives the initials of the name without its titles, and the roles in words', () => {
    const akun = signedIn('Aarif Apriansyah, S.T., M.T.')
    expect(akun.initials.value).toBe('AA')
    expect(akun.roleLabels.value).toBe(`${ROLE_LABELS.admin}, ${ROLE_LABELS.kabid}`)
  })

  it('skips words that do not start with a letter (a leading title in brackets, a number)', () => {
    expect(signedIn('(Plt.) 2 Budi').initials.value).toBe('B')
  })
})
