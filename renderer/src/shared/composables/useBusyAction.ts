import { ref, type Ref } from 'vue'
import { useNotifyStore } from '../stores/notify'

/** What useBusyAction hands a component: which button is working, and the way to run its work. */
export interface BusyAction<K> {
  /** The key of the work under way (a row's id, a document's kind), null when none: the button shows its spinner. */
  busy: Ref<K | null>
  /** Runs `work` marked with `key`; a thrown error becomes the snackbar's Indonesian message. True when it succeeded. */
  run: (key: K, work: () => Promise<unknown>) => Promise<boolean>
}

/**
 * A button's work whose failure is only a notice, nothing to keep on screen (open a file, download a document): the
 * button is marked busy while it runs and its error goes to the snackbar (notify store), instead of each place writing
 * the same try/catch/finally.
 */
export function useBusyAction<K>(): BusyAction<K> {
  const notify = useNotifyStore()
  const busy = ref(null) as Ref<K | null>

  async function run(key: K, work: () => Promise<unknown>): Promise<boolean> {
    busy.value = key
    try {
      await work()
      return true
    } catch (e) {
      notify.error(e)
      return false
    } finally {
      busy.value = null
    }
  }

  return { busy, run }
}
