import { useNotifyStore } from '../../../shared/stores/notify'
import { useSessionStore } from '../../../shared/stores/session'

/**
 * Keluar (the account menu, the forced password change): ends the session; a failure is said in the notice. App.vue
 * then goes to the sign-in page. Use inside a component's setup.
 */
export function useKeluar(): () => Promise<void> {
  const session = useSessionStore()
  const notify = useNotifyStore()
  return async () => {
    try {
      await session.logout()
    } catch (e) {
      notify.error(e)
    }
  }
}
