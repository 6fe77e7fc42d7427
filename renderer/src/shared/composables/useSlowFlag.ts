import { computed, onScopeDispose, ref, watch, type ComputedRef } from 'vue'

/**
 * `busy` as a progress indicator should show it: true only once it has stayed true for `delayMs` (a 30-50 ms answer
 * raises no bar, so nothing flashes and nothing is drawn twice), or at once while `immediate()` holds (e.g. a list
 * with no rows yet, whose only content is "Memuat …"). Use inside a component's setup or an effect scope.
 */
export function useSlowFlag(busy: () => boolean, delayMs: number, immediate: () => boolean = () => false): ComputedRef<boolean> {
  const slow = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  watch(
    busy,
    (now) => {
      clearTimeout(timer)
      slow.value = false
      if (now) timer = setTimeout(() => (slow.value = true), delayMs)
    },
    { immediate: true },
  )
  onScopeDispose(() => clearTimeout(timer))
  return computed(() => busy() && (slow.value || immediate()))
}
