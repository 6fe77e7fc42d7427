import { defineStore } from 'pinia'
import { getCurrentInstance, onActivated, onDeactivated, onScopeDispose, ref, watch } from 'vue'
import { api, onOwnChange } from '../../api'
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

  const readings = changeReadings(async () => {
    try {
      nomor.value = (await api.perubahan.nomor()).nomor
    } catch {
      // A missed reading is caught up at the next tick.
    }
    return nomor.value
  })

  /**
   * The number now, read from the app's Sidara (which counts this window's own saves at once); calls made while one
   * is under way share it, so a screen of several parts shown again asks once. Null before sign-in or on failure.
   */
  function pollNow(): Promise<number | null> {
    return session.user ? readings.now() : Promise.resolve(null)
  }

  async function poll(): Promise<void> {
    if (document.visibilityState === 'visible') await pollNow()
  }

  useSignedInPoll(() => session.user?.id ?? null, CHANGES_POLL_MS, () => (nomor.value = null), poll)
  // One's own save moves the number at once: read it now (one reading, after any already on its way), so the badges
  // and the lists on screen follow without waiting up to CHANGES_POLL_MS.
  onOwnChange(() => {
    if (session.user) void readings.fresh()
  })

  /** Kept screens being checked or read again as they are shown (App.vue dims them and blocks clicks meanwhile). */
  const menyegarkan = ref(0)

  return { nomor, poll, pollNow, menyegarkan }
})

/** The feed's readings of the number, one at a time; see `changeReadings`. */
export interface ChangeReadings {
  /** The reading under way, or a new one: callers at the same moment share one question. */
  now(): Promise<number | null>
  /** A reading that starts after the one under way (if any) has answered: that one may have been asked before a save. */
  fresh(): Promise<number | null>
}

/**
 * Readings of the Nomor Perubahan by `read` (which also stores the number), never two at a time: a reading asked for
 * after one's own save waits for the one under way instead of racing it, so an older answer cannot land last and move
 * the number back (which would reload every list twice).
 */
export function changeReadings(read: () => Promise<number | null>): ChangeReadings {
  let asking: Promise<number | null> | null = null
  function keep(reading: Promise<number | null>): Promise<number | null> {
    const kept: Promise<number | null> = reading.finally(() => {
      if (asking === kept) asking = null
    })
    asking = kept
    return kept
  }
  return {
    now: () => asking ?? keep(read()),
    fresh: () => keep(asking ? asking.then(read, read) : read()),
  }
}

/** What a screen following the change feed does with each event; see `followChanges`. */
export interface ChangeFollower {
  /** The feed read `now` (null: not known, e.g. signed out). */
  number(now: number | null): void
  /** The screen was hidden (a kept page left): moves of the number wait until it is shown again. */
  hidden(): void
  /**
   * The screen is shown again: asks for the number now (`pollNow`) and reloads when it moved since the data was read;
   * `busy(true)` until the answer (and the reload) are in, so stale rows are not acted on meanwhile.
   */
  shown(): Promise<void>
}

/**
 * The rules of `onDataChanged`, apart from Vue so they are tested alone. `seen` is the number the screen's data is
 * at least as new as (null: not known yet); the first reading after sign-in is not a change (the data was just read).
 * While hidden nothing is reloaded; when shown again one reading decides, so an unchanged screen costs no query.
 */
export function followChanges(
  seen: number | null,
  reload: () => unknown,
  pollNow: () => Promise<number | null>,
  busy: (on: boolean) => void = () => {},
): ChangeFollower {
  let shownNow = true
  // The last reload started (its promise, when `reload` returns one): a showing waits for it too.
  let reloading: unknown
  const moved = (now: number | null): unknown => {
    if (now === null || now === seen) return undefined
    seen = now
    return (reloading = reload())
  }
  return {
    number(now) {
      if (now === null) return
      if (seen === null) seen = now
      if (shownNow) moved(now)
    },
    hidden() {
      shownNow = false
    },
    async shown() {
      shownNow = true
      busy(true)
      try {
        moved(await pollNow())
        // The reading also moves the store's number, whose watch (`number`) may take it first and start the reload
        // itself: busy until that one has settled too, or the stale rows would show as current meanwhile. (Its failure is
        // the reload's own to show; an earlier showing's must not fail this one.)
        await Promise.resolve(reloading).catch(() => undefined)
      } finally {
        busy(false)
      }
    },
  }
}

/**
 * Runs `reload` whenever another PC (or another window) changed the record: for open lists and badges. The first
 * reading after sign-in is not a change. Use inside a component's setup (stops with it).
 *
 * A screen kept between visits (App.vue's KeepAlive) asks nothing while it is hidden; when it is shown again it asks
 * for the number at once and runs `reload` only if the record changed since its data was read, so an unchanged
 * screen shows again without a single query and a changed one shows its last rows, dimmed and not clickable, until
 * the new ones land (`reload` may return a promise: the screen counts as refreshed when it settles).
 */
export function onDataChanged(reload: () => unknown): void {
  const changes = useChangesStore()
  const follower = followChanges(changes.nomor, reload, changes.pollNow, (on) => (changes.menyegarkan += on ? 1 : -1))
  onScopeDispose(watch(() => changes.nomor, (now) => follower.number(now)))
  if (!getCurrentInstance()) return
  // onActivated also runs when the component is first mounted: that visit's data is being read already.
  let mounted = false
  onActivated(() => {
    if (mounted) void follower.shown()
    mounted = true
  })
  onDeactivated(() => follower.hidden())
}
