import { ref, type Ref } from 'vue'
import { errorMessage, isAppError } from './errors'

/**
 * Loads the latest data after a CONFLICT; false when nothing is left to do (the record is gone), so the dialog closes.
 */
export type ReloadAfterConflict = () => Promise<boolean | void>

/** What useConflict gives: the CONFLICT's message (empty when none), the reload running, and the reload. */
export interface ConflictState {
  conflict: Ref<string>
  reloading: Ref<boolean>
  muatUlang: () => Promise<void>
}

/**
 * The stale-screen state of a dialog (issue 11, item 4): `caught(e)` takes a CONFLICT when the dialog can reload,
 * `muatUlang()` runs the reload, clears the state and tells the dialog to close when nothing is left or to show an error.
 */
export function useConflict(options: { reload: () => ReloadAfterConflict | undefined; close: () => void; failed: (message: string) => void; reloaded?: () => void }) {
  const conflict = ref('')
  const reloading = ref(false)

  function caught(e: unknown): boolean {
    if (!options.reload() || !isAppError(e, 'CONFLICT')) return false
    conflict.value = e.message
    return true
  }

  async function muatUlang(): Promise<void> {
    const reload = options.reload()
    if (!reload) return
    reloading.value = true
    try {
      const more = await reload()
      conflict.value = ''
      options.reloaded?.()
      if (more === false) options.close()
    } catch (e) {
      conflict.value = ''
      options.failed(errorMessage(e))
    } finally {
      reloading.value = false
    }
  }

  return { conflict, reloading, caught, muatUlang }
}
