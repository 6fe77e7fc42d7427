import { computed, ref, type ComputedRef, type Ref } from 'vue'
import { ROLE_LABELS } from '@core/contract/roles'
import { useNotifyStore } from '../stores/notify'
import { useSessionStore } from '../stores/session'

/** The signed-in account as the header's account menu and the side menu show it, and its Keluar. */
export interface Akun {
  /** Up to two initials of the name without its titles ("Aarif Apriansyah, S.T." -> "AA"), for the avatar. */
  initials: ComputedRef<string>
  /** The account's roles in words, comma-separated ("Admin, Kepala Bidang"). */
  roleLabels: ComputedRef<string>
  /** Ends the session; a failure is said in the notice. The sign-in page follows (App.vue, or the forced password page). */
  keluar: () => Promise<void>
  /** True while Keluar waits for the server. */
  signingOut: Ref<boolean>
}

/** The signed-in account (session store): its initials, its roles in words, and Keluar. Use inside a component's setup. */
export function useAkun(): Akun {
  const session = useSessionStore()
  const notify = useNotifyStore()
  const signingOut = ref(false)

  const initials = computed(() =>
    (session.user?.nama ?? '')
      .split(',')[0]
      .split(/\s+/)
      .filter((w) => /^\p{L}/u.test(w))
      .slice(0, 2)
      .map((w) => w[0].toUpperCase())
      .join(''),
  )
  const roleLabels = computed(() => session.user?.roles.map((r) => ROLE_LABELS[r]).join(', ') ?? '')

  async function keluar(): Promise<void> {
    signingOut.value = true
    try {
      await session.logout()
    } catch (e) {
      notify.error(e)
    } finally {
      signingOut.value = false
    }
  }

  return { initials, roleLabels, keluar, signingOut }
}
