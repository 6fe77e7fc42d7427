import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import type { InboxCount } from '@core/contract/dispositions'
import { api } from '../../../api'
import { onDataChanged } from '../../../shared/stores/changes'
import { useSessionStore } from '../../../shared/stores/session'

/** How often the navigation asks what waits in the Kotak Masuk Disposisi. */
export const INBOX_POLL_MS = 60_000

/**
 * The counts behind the badge on "Disposisi": polled while someone is signed in (and the window is visible),
 * refreshed at once after every action on a disposition, and whenever the record changed on any PC (changes.ts).
 */
export const useInboxStore = defineStore('inbox', () => {
  const session = useSessionStore()
  const count = ref<InboxCount>({ belumDibaca: 0, aktif: 0, terlambat: 0 })
  let timer: ReturnType<typeof setInterval> | null = null
  let requestNo = 0

  /** The badge: unread items, or, when all are read, the late ones. */
  const badge = computed(() => {
    const { belumDibaca, terlambat } = count.value
    const parts = [belumDibaca ? `${belumDibaca} belum dibaca` : '', terlambat ? `${terlambat} terlambat` : ''].filter(Boolean)
    return { jumlah: belumDibaca || terlambat, color: terlambat ? 'error' : 'primary', label: parts.join(', ') }
  })

  async function refresh(): Promise<void> {
    if (!session.user) return
    const mine = ++requestNo
    try {
      const next = await api.disposisi.inboxCount()
      if (mine === requestNo && session.user) count.value = next
    } catch {
      // A badge is a hint: a failed poll keeps the last count and tries again at the next tick.
    }
  }

  function onVisible(): void {
    if (document.visibilityState === 'visible') void refresh()
  }

  function start(): void {
    if (timer) return
    void refresh()
    timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refresh()
    }, INBOX_POLL_MS)
    document.addEventListener('visibilitychange', onVisible)
  }

  function stop(): void {
    if (timer) clearInterval(timer)
    timer = null
    document.removeEventListener('visibilitychange', onVisible)
    requestNo++
    count.value = { belumDibaca: 0, aktif: 0, terlambat: 0 }
  }

  // Polls for whoever is signed in; a new user starts from their own counts.
  watch(
    () => session.user?.id ?? null,
    (id) => {
      stop()
      if (id !== null) start()
    },
    { immediate: true },
  )

  // A disposition made on another PC reaches this badge within seconds, not at the next minute's poll.
  onDataChanged(() => void refresh())

  return { count, badge, refresh }
})
