import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Role } from '@core/contract/roles'
import type { SessionInfo } from '@core/contract/session'
import { api, onSessionEnded } from '../../api'

/** Who is signed in, over `session.current/login/logout`. */
export const useSessionStore = defineStore('session', () => {
  const info = ref<SessionInfo | null>(null)
  /** Why the last user is no longer signed in: they chose Keluar, or the server ended the session. */
  const signedOut = ref<'keluar' | 'berakhir' | null>(null)
  let loading: Promise<void> | null = null

  const user = computed(() => info.value?.user ?? null)
  const demo = computed(() => info.value?.demo ?? false)
  const setupNeeded = computed(() => info.value?.setupNeeded ?? false)
  /** An Admin set this user's password: they choose their own before anything else. */
  const mustChangePassword = computed(() => info.value?.user?.mustChangePassword ?? false)
  const namaKantor = computed(() => info.value?.namaKantor ?? 'Dinas Komunikasi dan Informatika Kota Batam')

  function hasRole(...roles: Role[]): boolean {
    return !!user.value && roles.some((r) => user.value!.roles.includes(r))
  }
  /** Sekretariat and Admin register, edit and void letters and manage their files. */
  const canManageLetters = computed(() => hasRole('sekretariat', 'admin'))

  async function refresh(): Promise<void> {
    info.value = await api.session.current()
  }

  /** Loads the session once; later calls reuse it. */
  function ensureLoaded(): Promise<void> {
    if (info.value) return Promise.resolve()
    loading ??= refresh().finally(() => {
      loading = null
    })
    return loading
  }

  async function login(username: string, password: string): Promise<void> {
    await api.session.login({ username, password })
    await refresh()
    signedOut.value = null
  }

  // While Keluar is on its way, an answer to an earlier call saying nobody is signed in is this sign-out's, not a
  // session that ended under the user: it must not open the sign-in-again dialog over the sign-in page (a Chromium run
  // found that dialog's read-only Nama Pengguna beside the sign-in page's own).
  let signingOut = false
  async function logout(): Promise<void> {
    signingOut = true
    try {
      await api.session.logout()
    } finally {
      signingOut = false
      signedOut.value = 'keluar'
      reauth.value = null
      if (info.value) info.value = { ...info.value, user: null }
    }
  }

  /** The signed-in user's own password; afterwards nothing is held back any more. */
  async function changePassword(input: { passwordLama: string; passwordBaru: string; ulangi: string }): Promise<void> {
    await api.users.changePassword(input)
    await refresh()
  }

  /** The server said the session is over (signed out elsewhere, user deactivated). */
  function forget(): void {
    if (!info.value?.user) return
    reauth.value = null
    signedOut.value = 'berakhir'
    info.value = { ...info.value, user: null }
  }

  /**
   * The session ended under a signed-in user (idle timeout, password changed elsewhere): the page stays as it is,
   * with any unsaved form, and a sign-in dialog opens over it (`reauth`). Keluar from there goes to the sign-in page.
   */
  const reauth = ref<{ username: string; pesan: string } | null>(null)
  function sessionEndedUnder(message: string): void {
    if (!info.value?.user || signingOut) return
    reauth.value ??= { username: info.value.user.username, pesan: message }
  }

  /** Signs the same user in again from the dialog; the page and its form are untouched. */
  async function signInAgain(password: string): Promise<void> {
    await api.session.login({ username: reauth.value!.username, password })
    await refresh()
    reauth.value = null
  }

  onSessionEnded(sessionEndedUnder)

  return { info, signedOut, reauth, signInAgain, user, demo, setupNeeded, mustChangePassword, namaKantor, hasRole, canManageLetters, refresh, ensureLoaded, login, logout, changePassword, forget }
})
