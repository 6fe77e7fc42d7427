// Desktop reminders (issue 10 item 4): at sign-in and then every few minutes (Pengaturan -> Pengguna, default 60,
// office hours only) the main process asks the core what is due today or overdue for the person signed in to a
// window, and shows what it has not shown them yet today. Clicking one focuses the window and opens the item.
import { Notification, type BrowserWindow } from 'electron'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { DaftarPengingat, Pengingat } from '../src/contract/tugas'
import type { Core } from '../src/runtime/core'
import { dispatch } from '../src/api/dispatch'
import type { Session } from '../src/runtime/session'
import { OPEN_CHANNEL } from './channel'
import { focusWindow } from './window'

/** What a reminder shows; `onClick` runs when the user clicks it. */
export interface DesktopNote {
  title: string
  body: string
  onClick(): void
}

/** The small shell interface behind which the desktop's notifications live (tests use the fake electron). */
export interface DesktopNotifier {
  isSupported(): boolean
  show(note: DesktopNote): void
}

/** Electron's Notification. A shown notification is kept referenced until closed, or its click would be lost to GC. */
export function electronNotifier(): DesktopNotifier {
  const alive = new Set<Notification>()
  return {
    isSupported: () => Notification.isSupported(),
    show(note) {
      const n = new Notification({ title: note.title, body: note.body })
      alive.add(n)
      n.on('click', () => note.onClick())
      n.on('close', () => alive.delete(n))
      n.show()
    },
  }
}

/**
 * Which reminders each user was already shown on the office's date: "never the same reminder twice a day", also
 * across a restart of the app that day. Kept as a small JSON file in the user-data folder; only today's entries.
 */
export class ShownToday {
  private tanggal = ''
  private shown = new Map<number, Set<string>>()

  constructor(private readonly file: string | null) {
    if (!file || !existsSync(file)) return
    try {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as { tanggal?: string; pengguna?: Record<string, string[]> }
      this.tanggal = saved.tanggal ?? ''
      for (const [id, keys] of Object.entries(saved.pengguna ?? {})) this.shown.set(Number(id), new Set(keys))
    } catch {
      // A damaged file only means a reminder may show once more today.
    }
  }

  /** The reminders of `items` not yet shown to `userId` on `tanggal`, now marked as shown. */
  takeNew(userId: number, tanggal: string, items: Pengingat[]): Pengingat[] {
    if (tanggal !== this.tanggal) {
      this.tanggal = tanggal
      this.shown.clear()
    }
    const seen = this.shown.get(userId) ?? new Set<string>()
    this.shown.set(userId, seen)
    const fresh = items.filter((i) => !seen.has(i.kunci))
    if (!fresh.length) return []
    for (const i of fresh) seen.add(i.kunci)
    this.save()
    return fresh
  }

  private save(): void {
    if (!this.file) return
    try {
      mkdirSync(dirname(this.file), { recursive: true })
      const pengguna = Object.fromEntries([...this.shown].map(([id, keys]) => [String(id), [...keys]]))
      writeFileSync(this.file, JSON.stringify({ tanggal: this.tanggal, pengguna }))
    } catch (error) {
      console.warn('[pengingat] Catatan pengingat tidak dapat disimpan:', error)
    }
  }
}

export const SHOWN_FILE = 'pengingat-terkirim.json'

/** At most this many reminders are shown one by one in a round; the rest become one "and N more" that opens Tugas Saya. */
export const MAX_NOTES_PER_ROUND = 3

/** The reminders of one round as desktop notes: the first few each, the rest summed up. */
export function notesFor(items: Pengingat[], open: (tautan: string) => void): DesktopNote[] {
  const note = (i: Pengingat): DesktopNote => ({
    title: i.terlambat ? `Terlambat: ${i.judul}` : `Jatuh tempo hari ini: ${i.judul}`,
    body: i.keterangan,
    onClick: () => open(i.tautan),
  })
  if (items.length <= MAX_NOTES_PER_ROUND) return items.map(note)
  const first = items.slice(0, MAX_NOTES_PER_ROUND - 1)
  const rest = items.length - first.length
  const late = items.slice(first.length).filter((i) => i.terlambat).length
  return [
    ...first.map(note),
    {
      title: `${rest} pengingat lainnya`,
      body: late ? `${late} di antaranya terlambat. Buka Tugas Saya untuk melihat semuanya.` : 'Jatuh tempo hari ini. Buka Tugas Saya untuk melihat semuanya.',
      onClick: () => open('/tugas'),
    },
  ]
}

/** A path of the app's router that a reminder may open: "/..." but not "//host" (no way out of the app). */
export function isAppPath(tautan: string): boolean {
  return /^\/(?![/\\])[^\s]*$/.test(tautan)
}

export interface ReminderOptions {
  /** Asks the core for the window's person's reminders; null when nobody is signed in there (or it failed). */
  fetch(win: BrowserWindow): Promise<{ userId: number; daftar: DaftarPengingat } | null>
  notifier: DesktopNotifier
  shown: ShownToday
  /** Used before the first answer says otherwise. */
  defaultIntervalMinutes?: number
}

/**
 * Reminder rounds per window: one right after a sign-in (whatever the hour: the person is there), then one every
 * `intervalMenit` of the setting, shown only within office hours on working days. Timers are per window and end with it.
 */
export class ReminderScheduler {
  private readonly timers = new Map<BrowserWindow, ReturnType<typeof setTimeout>>()

  constructor(private readonly options: ReminderOptions) {}

  /** After a successful sign-in in `win`: a round now, then the timer. */
  signedIn(win: BrowserWindow): Promise<void> {
    return this.round(win, true)
  }

  /** One round; `always` ignores office hours (sign-in). Never throws: a reminder is a hint. */
  async round(win: BrowserWindow, always = false): Promise<void> {
    this.clear(win)
    let interval = this.options.defaultIntervalMinutes ?? 60
    try {
      if (win.isDestroyed()) return
      const answer = await this.options.fetch(win)
      if (!answer) return
      interval = answer.daftar.pengaturan.intervalMenit
      if (!always && !answer.daftar.jamKerja) return
      if (!this.options.notifier.isSupported()) return
      const fresh = this.options.shown.takeNew(answer.userId, answer.daftar.tanggal, answer.daftar.items)
      for (const note of notesFor(fresh, (tautan) => openInWindow(win, tautan))) this.options.notifier.show(note)
    } catch (error) {
      console.warn('[pengingat] Pengingat tidak dapat diperiksa:', error)
    } finally {
      if (!win.isDestroyed()) this.schedule(win, interval)
    }
  }

  private schedule(win: BrowserWindow, minutes: number): void {
    this.clear(win)
    const timer = setTimeout(() => void this.round(win), minutes * 60_000)
    // A pending reminder must not keep the app from quitting.
    timer.unref?.()
    this.timers.set(win, timer)
  }

  /** Stops the window's timer (window closed, or signed out: the next round finds nobody anyway). */
  clear(win: BrowserWindow): void {
    const timer = this.timers.get(win)
    if (timer) clearTimeout(timer)
    this.timers.delete(win)
  }

  dispose(): void {
    for (const win of [...this.timers.keys()]) this.clear(win)
  }
}

/** Brings the window to the front and has its router open `tautan`. */
export function openInWindow(win: BrowserWindow, tautan: string): void {
  if (win.isDestroyed() || !isAppPath(tautan)) return
  focusWindow(win)
  win.webContents.send(OPEN_CHANNEL, tautan)
}

/** Where the shown-today file lives. */
export const shownFile = (userDataDir: string) => join(userDataDir, SHOWN_FILE)

/**
 * Asks the core for a session's reminders as the window's own person. A background check is not the person's
 * activity: the session's idle clock is put back, so reminders never keep an idle session alive.
 */
export async function fetchPengingat(core: Core, session: Session | null): Promise<{ userId: number; daftar: DaftarPengingat } | null> {
  if (!session || session.userId === null) return null
  const lastActivity = session.lastActivity
  const answer = await dispatch(core, session, 'tugas.pengingat', {})
  if (session.userId !== null) session.lastActivity = lastActivity
  if (!answer.ok || session.userId === null) return null
  return { userId: session.userId, daftar: answer.data as DaftarPengingat }
}
