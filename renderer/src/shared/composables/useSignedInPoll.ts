import { watch } from 'vue'

/**
 * Polls while someone is signed in (`userId`: the session's user id, or null): on every change of user (sign-in,
 * sign-out, another account) `reset` clears what the last user saw; then, with a user, `tick` runs at once and every
 * `everyMs` milliseconds while the window is visible (a hidden window asks nothing). For stores (the Tugas Saya badge,
 * the Nomor Perubahan): the poll lives as long as the app.
 */
export function useSignedInPoll(userId: () => number | null, everyMs: number, reset: () => void, tick: () => Promise<void>): void {
  let timer: ReturnType<typeof setInterval> | null = null
  watch(
    userId,
    (id) => {
      if (timer) clearInterval(timer)
      timer = null
      reset()
      if (id === null) return
      void tick()
      timer = setInterval(() => {
        if (document.visibilityState === 'visible') void tick()
      }, everyMs)
    },
    { immediate: true },
  )
}
