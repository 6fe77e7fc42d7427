import { defineStore } from 'pinia'
import { onScopeDispose, ref, watch } from 'vue'
import { api } from '../../api'
import { useSignedInPoll } from '../composables/useSignedInPoll'
import { useSessionStore } from './session'

/**
 * How often the window asks its Sidara for the Nomor Perubahan. The main process keeps that number fresh (on
 * PostgreSQL at once by NOTIFY, otherwise by its own 2 s poll), so a change made on another PC shows here within
 * about 2 s with NOTIFY and 4 s without (issue 9: within 5 s). One tiny read per tick, no database query.
 */
export const CHANGES_POLL_MS = 2000

/** The Nomor Perubahan (src/db/change-feed.ts) as last seen: moves whenever any PC commits a change. */
export const useChangesStore = defineStore('changes', () => {
  const session = useSessionStore()
  const nomor = ref<number | null>(null)

  async function poll(): Promise<void> {
    if (!session.user || document.visibilityState !== 'visible') return
    try {
      nomor.value = (await api.perubahan.nomor()).nomor
    } catch {
      // A missed tick is caught up at the next one.
    }
  }

  useSignedInPoll(() => session.user?.id ?? null, CHANGES_POLL_MS, () => (nomor.value = null), poll)

  return { nomor, poll }
})

/**
 * Runs `reload` whenever another PC (or another window) changed the record: for open lists and badges. The first
 * reading after sign-in is not a change. Use inside a component's setup (stops with it).
 */
export function onDataChanged(reload: () => void): void {
  const changes = useChangesStore()
  const stop = watch(
    () => changes.nomor,
    (now, before) => {
      if (now !== null && before !== null && now !== before) reload()
    },
  )
  onScopeDispose(stop)
}
