import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { TugasJumlah } from '@core/contract/tugas'
import { api } from '../../../api'
import { tugasBadge } from '../badge'
import { router } from '../../../router'
import { onPageChange } from '../../../shared/lib/pageChange'
import { useSignedInPoll } from '../../../shared/composables/useSignedInPoll'
import { onDataChanged, useChangesStore } from '../../../shared/stores/changes'
import { useSessionStore } from '../../../shared/stores/session'

/** How often the navigation asks how much work waits (besides after every page change). */
export const TUGAS_POLL_MS = 60_000
/** How long after a page change the badge asks again (the page loads first). */
export const TUGAS_AFTER_NAV_MS = 1_500

/**
 * The badge on "Tugas Saya": every item waiting for action (unread or not), polled while someone is signed in,
 * refreshed after a move to another page when something was saved since, and whenever the record changed on any desk
 * (the Nomor Perubahan moved), one's own save included: the change feed reads the number right after it (changes.ts,
 * onOwnChange).
 */
export const useTugasStore = defineStore('tugas', () => {
  const session = useSessionStore()
  const count = ref<TugasJumlah>({ jumlah: 0, terlambat: 0, jatuhTempo: 0 })
  const changes = useChangesStore()
  let requestNo = 0
  /** The Nomor Perubahan when the count was last read: waiting work moves only with a saved change (or the clock). */
  let countNomor: number | null = null

  const badge = computed(() => tugasBadge(count.value))

  /** Set from a fuller answer (the Tugas Saya list) without asking again. */
  function set(next: Pick<TugasJumlah, 'jumlah' | 'terlambat' | 'lebih'>): void {
    requestNo++
    countNomor = changes.nomor
    count.value = { ...count.value, lebih: undefined, ...next }
  }

  async function refresh(): Promise<void> {
    if (!session.user || session.mustChangePassword) return
    const mine = ++requestNo
    const nomor = changes.nomor
    try {
      const next = await api.tugas.jumlah()
      if (mine === requestNo && session.user) {
        count.value = next
        countNomor = nomor
      }
    } catch {
      // A badge is a hint: a failed poll keeps the last count.
    }
  }

  useSignedInPoll(
    () => session.user?.id ?? null,
    TUGAS_POLL_MS,
    () => {
      requestNo++
      count.value = { jumlah: 0, terlambat: 0, jatuhTempo: 0 }
    },
    refresh,
  )
  // After a move to another page, once the new page's own requests are in (the core answers one call at a time, and
  // counting 100,000 waiting letters before the page's list made every click wait for the badge, npm run bench:ui),
  // and only when something was saved since the count was read: Tugas Saya and the Dasbor set it from their own
  // answer, and a screen shown again unchanged, a search typed in a list (its query) or a plain visit moves no work.
  // The clock's share (due today, late) is the minute's poll.
  let afterNav: ReturnType<typeof setTimeout> | undefined
  onPageChange(router, () => {
    clearTimeout(afterNav)
    afterNav = setTimeout(() => {
      if (changes.nomor === null || changes.nomor !== countNomor) void refresh()
    }, TUGAS_AFTER_NAV_MS)
  })

  // Work routed to this person from another desk (or another PC on the shared server) shows without waiting for the
  // minute's poll: the Nomor Perubahan moved, so the count is asked again.
  // A Tugas Saya list on screen reloads itself on the same change and sets the count: asking here too would run the
  // waiting-work query twice. A kept list behind another page does not count (TugasList: it reloads only when shown).
  let listsOpen = 0
  const listOpened = (): number => ++listsOpen
  const listClosed = (): number => --listsOpen
  onDataChanged(() => {
    if (listsOpen === 0) void refresh()
  })

  return { count, badge, refresh, set, listOpened, listClosed }
})
