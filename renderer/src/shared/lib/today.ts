import { getCurrentScope, onScopeDispose, readonly, ref, watch, type Ref } from 'vue'
import { addDays, todayInOffice } from '@core/domain/dates'

/** Milliseconds from `now` until the office's next day begins (00:00 WIB = 17:00 UTC; Jakarta has no daylight saving). */
export function msUntilNextOfficeDay(now: Date): number {
  const next = new Date(`${addDays(todayInOffice(now), 1)}T00:00:00+07:00`)
  return Math.max(1, next.getTime() - now.getTime())
}

/**
 * The office's date ('YYYY-MM-DD') as a ref that moves on at midnight while a screen stays open (issue 10 item 7:
 * a form left open across midnight must accept the new day's date). A timer set for midnight may fire late after
 * the PC slept, so the date is also checked when the window gets focus or becomes visible again.
 */
export function useToday(): Readonly<Ref<string>> {
  const today = ref(todayInOffice())
  let timer: ReturnType<typeof setTimeout> | undefined
  const check = () => {
    const now = new Date()
    const current = todayInOffice(now)
    if (current !== today.value) today.value = current
    clearTimeout(timer)
    timer = setTimeout(check, msUntilNextOfficeDay(now) + 50)
  }
  check()
  const onVisible = () => {
    if (document.visibilityState === 'visible') check()
  }
  window.addEventListener('focus', check)
  document.addEventListener('visibilitychange', onVisible)
  if (getCurrentScope()) {
    onScopeDispose(() => {
      clearTimeout(timer)
      window.removeEventListener('focus', check)
      document.removeEventListener('visibilitychange', onVisible)
    })
  }
  return readonly(today)
}

/**
 * Keeps a default date in step with `today`: a field still holding yesterday's default moves to the new day; a date
 * the user chose stays. Returns the value the field should hold.
 */
export function rollDefault(value: string, previousToday: string, newToday: string): string {
  return value === previousToday ? newToday : value
}

/**
 * A form's date field that defaulted to today follows the clock (issue 10): still holding yesterday's default at
 * midnight, it takes the new day; a date the user chose stays. `target` may be a getter for a form object replaced
 * on every opening.
 */
export function followToday<T extends object>(today: Readonly<Ref<string>>, target: T | (() => T), key: keyof T & string): void {
  watch(today, (now, before) => {
    const object = typeof target === 'function' ? target() : target
    const value = object[key]
    if (typeof value === 'string') (object as Record<string, unknown>)[key] = rollDefault(value, before, now)
  })
}
