import { ref, type Ref } from 'vue'
import { errorMessage } from '../lib/errors'

/** A request runner whose answers land only when they answer the newest call (see `useLatestRun`). */
export interface LatestRun {
  /** True while the newest call is waiting for its answer. */
  loading: Ref<boolean>
  /** The newest call's failure in Indonesian (errorMessage); '' when it succeeded or is still waiting. */
  error: Ref<string>
  /**
   * Starts `request`; `apply` receives its answer only when no later `run` (or `drop`) came in the meantime, so a
   * slow answer to an older filter never overwrites a newer one. Never throws: a failure lands in `error`.
   * `quiet`: a refresh nobody asked for on this screen (the change feed): `loading` and the last error stay as they
   * are while it waits, so the screen does not flash a progress bar or re-render for it.
   */
  run<T>(request: () => Promise<T>, apply: (answer: T) => void, options?: { quiet?: boolean }): Promise<void>
  /** Forgets the call in flight (its answer is dropped) and stops `loading`, e.g. when the user signs out. */
  drop(): void
}

/**
 * The stale-response guard every loading screen needs: typing in a search or paging quickly sends several requests
 * whose answers may come back out of order; only the last one asked for may fill the screen.
 * `startLoading`: true for a screen that loads as it opens, so its first paint shows the spinner, not empty fields.
 */
export function useLatestRun(startLoading = false): LatestRun {
  const loading = ref(startLoading)
  const error = ref('')
  let latest = 0

  async function run<T>(request: () => Promise<T>, apply: (answer: T) => void, options: { quiet?: boolean } = {}): Promise<void> {
    const mine = ++latest
    if (!options.quiet) {
      loading.value = true
      error.value = ''
    }
    try {
      const answer = await request()
      if (mine === latest) {
        error.value = ''
        apply(answer)
      }
    } catch (e) {
      if (mine === latest) error.value = errorMessage(e)
    } finally {
      if (mine === latest) loading.value = false
    }
  }

  function drop(): void {
    latest++
    loading.value = false
  }

  return { loading, error, run, drop }
}
