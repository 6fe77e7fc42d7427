import { defineStore } from 'pinia'
import { ref } from 'vue'
import { errorMessage, isAppError } from '../lib/errors'
import { useSessionStore } from './session'

export interface Notice {
  id: number
  text: string
  color: 'success' | 'error' | 'info' | 'warning'
}

/** Short messages in the snackbar; they survive a route change (e.g. "saved" then open the detail). */
export const useNotifyStore = defineStore('notify', () => {
  const current = ref<Notice | null>(null)
  let next = 1

  function show(text: string, color: Notice['color'] = 'success'): void {
    current.value = { id: next++, text, color }
  }

  /** Shows an error's Indonesian message; an ended session sends the user back to the sign-in page. */
  function error(e: unknown): void {
    if (isAppError(e, 'UNAUTHENTICATED')) useSessionStore().forget()
    show(errorMessage(e), 'error')
  }

  function dismiss(): void {
    current.value = null
  }

  return { current, show, error, dismiss }
})
