import { defineStore } from 'pinia'
import { ref } from 'vue'
import { errorMessage } from '../lib/errors'

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

  /** Shows an error's Indonesian message. */
  function error(e: unknown): void {
    show(errorMessage(e), 'error')
  }

  function dismiss(): void {
    current.value = null
  }

  return { current, show, error, dismiss }
})
