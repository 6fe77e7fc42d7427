import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BrowserWindow as ElectronWindow } from 'electron'
import type { DaftarPengingat, Pengingat } from '../src/contract/tugas'
import { createTestCore } from '../src/testing/core'
import { APP_ORIGIN, trustedOrigins } from './app-origin'
import { INVOKE_CHANNEL } from './channel'
import { registerIpc } from './ipc'
import { electronNotifier, fetchPengingat, isAppPath, notesFor, ReminderScheduler, ShownToday, shownFile } from './reminders'
import * as fake from './testing/fake-electron'

vi.mock('electron', () => import('./testing/fake-electron'))

const dir = mkdtempSync(join(tmpdir(), 'sidara-pengingat-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
beforeEach(() => fake.resetFakeElectron())
afterEach(() => vi.useRealTimers())

const item = (n: number, over: Partial<Pengingat> = {}): Pengingat => ({
  kunci: `disposisi:${n}`, jenis: 'disposisi', judul: `Disposisi dari Kepala Dinas: surat 000${n}/2026`, keterangan: `Hal ${n} · dari Dinas Pendidikan`,
  sifat: 'Segera', sejak: '2026-11-24', batasWaktu: '2026-11-26', tanpaLibur: null, terlambat: false, tautan: `/disposisi?buka=${n}`, ...over,
})

const daftar = (items: Pengingat[], over: Partial<DaftarPengingat> = {}): DaftarPengingat => ({
  tanggal: '2026-11-26', jamKerja: true, pengaturan: { intervalMenit: 60, jamMulai: '07:30', jamSelesai: '16:00', versi: 0 }, items, ...over,
})

/** A scheduler whose core answers whatever `answer` holds now, with Electron's (fake) notifications. */
function setup(file: string | null = null) {
  const state: { answer: DaftarPengingat | null } = { answer: daftar([]) }
  const fetch = vi.fn(async () => (state.answer ? { userId: 7, daftar: state.answer } : null))
  const scheduler = new ReminderScheduler({ fetch, notifier: electronNotifier(), shown: new ShownToday(file) })
  const win = new fake.BrowserWindow({})
  return { state, fetch, scheduler, win, electronWin: win as unknown as ElectronWindow }
}

const shownTitles = () => fake.Notification.instances.filter((n) => n.shown).map((n) => n.options.title)

describe('desktop reminders', () => {
  it('at sign-in shows what is due, even outside office hours; clicking one focuses the window and opens the item', async () => {
    const { state, scheduler, win, electronWin } = setup()
    state.answer = daftar([item(1, { terlambat: true }), item(2)], { jamKerja: false })
    win.minimized = true
    await scheduler.signedIn(electronWin)
    expect(shownTitles()).toEqual(['Terlambat: Disposisi dari Kepala Dinas: surat 0001/2026', 'Jatuh tempo hari ini: Disposisi dari Kepala Dinas: surat 0002/2026'])
    expect(fake.Notification.instances[0].options.body).toBe('Hal 1 · dari Dinas Pendidikan')
    fake.Notification.instances[1].emit('click')
    expect(win.restore).toHaveBeenCalled()
    expect(win.focus).toHaveBeenCalled()
    expect(win.webContents.send).toHaveBeenCalledWith('sidara:buka', '/disposisi?buka=2')
    scheduler.dispose()
  })

  it('on the timer (the setting, default 60 minutes) shows only new reminders, within office hours only, never one twice a day', async () => {
    vi.useFakeTimers()
    const { state, fetch, scheduler, electronWin } = setup()
    state.answer = daftar([item(1)])
    await scheduler.signedIn(electronWin)
    expect(shownTitles()).toHaveLength(1)

    state.answer = daftar([item(1), item(2)], { jamKerja: false })
    await vi.advanceTimersByTimeAsync(59 * 60_000)
    expect(fetch).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(fetch).toHaveBeenCalledTimes(2)
    // Outside office hours: nothing shown, and item 2 is not marked as shown.
    expect(shownTitles()).toHaveLength(1)

    state.answer = daftar([item(1), item(2)], { pengaturan: { intervalMenit: 30, jamMulai: '07:30', jamSelesai: '16:00', versi: 3 } })
    await vi.advanceTimersByTimeAsync(60 * 60_000)
    expect(shownTitles()).toEqual([expect.stringContaining('0001/2026'), expect.stringContaining('0002/2026')])
    // The new setting (30 minutes) applies from this round on; the same reminders are not shown again that day.
    await vi.advanceTimersByTimeAsync(30 * 60_000)
    expect(fetch).toHaveBeenCalledTimes(4)
    expect(shownTitles()).toHaveLength(2)
    // The next day they are reminders again.
    state.answer = daftar([item(1), item(2)], { tanggal: '2026-11-27', pengaturan: { intervalMenit: 30, jamMulai: '07:30', jamSelesai: '16:00', versi: 3 } })
    await vi.advanceTimersByTimeAsync(30 * 60_000)
    expect(shownTitles()).toHaveLength(4)
    scheduler.dispose()
  })

  it('remembers what was shown today across a restart of the app', async () => {
    const file = shownFile(join(dir, 'restart'))
    const first = setup(file)
    first.state.answer = daftar([item(1)])
    await first.scheduler.signedIn(first.electronWin)
    first.scheduler.dispose()
    expect(shownTitles()).toHaveLength(1)
    const again = setup(file)
    again.state.answer = daftar([item(1), item(5)])
    await again.scheduler.signedIn(again.electronWin)
    again.scheduler.dispose()
    expect(shownTitles()).toEqual([expect.stringContaining('0001/2026'), expect.stringContaining('0005/2026')])
  })

  it('sums up a long list in one notification that opens Tugas Saya', () => {
    const open = vi.fn()
    const notes = notesFor([item(1), item(2), item(3, { terlambat: true }), item(4, { terlambat: true }), item(5)], open)
    expect(notes.map((n) => n.title)).toEqual([expect.stringContaining('0001/2026'), expect.stringContaining('0002/2026'), '3 pengingat lainnya'])
    expect(notes[2].body).toBe('2 di antaranya terlambat. Buka Tugas Saya untuk melihat semuanya.')
    notes[2].onClick()
    expect(open).toHaveBeenCalledWith('/tugas')
  })

  it('shows nothing when nobody is signed in, the desktop has no notifications, or the window is closed; stops with the window', async () => {
    vi.useFakeTimers()
    const { state, fetch, scheduler, win, electronWin } = setup()
    state.answer = null
    await scheduler.signedIn(electronWin)
    fake.Notification.supported = false
    state.answer = daftar([item(1)])
    await vi.advanceTimersByTimeAsync(60 * 60_000)
    expect(fake.Notification.instances).toHaveLength(0)
    win.close()
    scheduler.clear(electronWin)
    await vi.advanceTimersByTimeAsync(5 * 60 * 60_000)
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('opens only paths of the app', () => {
    expect(isAppPath('/surat-masuk/12')).toBe(true)
    expect(isAppPath('/disposisi?buka=4')).toBe(true)
    expect(isAppPath('//evil.example/x')).toBe(false)
    expect(isAppPath('https://evil.example')).toBe(false)
    expect(isAppPath('/\\evil')).toBe(false)
  })
})

describe('with the real core and IPC', () => {
  it('a sign-in in a window starts a round; the background call leaves the idle clock alone', async () => {
    const t = await createTestCore({ now: () => new Date('2026-11-26T03:00:00Z') })
    try {
      const signedIn = vi.fn()
      const bridge = registerIpc({ core: t.core, origins: trustedOrigins(false, undefined), onSignedIn: signedIn })
      const win = new fake.BrowserWindow({})
      win.webContents.mainFrame.url = `${APP_ORIGIN}/index.html`
      bridge.trackWindow(win as unknown as ElectronWindow)
      const electronWin = win as unknown as ElectronWindow
      expect(await fetchPengingat(t.core, bridge.sessionOf(electronWin))).toBeNull()
      await t.signIn(['kadis'], 'kadis')
      const wrong = (await fake.invokeFrom(win.webContents, win.webContents.mainFrame, INVOKE_CHANNEL, 'session.login', { username: 'kadis', password: 'salah-sekali-123' })) as { ok: boolean }
      expect(wrong.ok).toBe(false)
      expect(signedIn).not.toHaveBeenCalled()
      const ok = (await fake.invokeFrom(win.webContents, win.webContents.mainFrame, INVOKE_CHANNEL, 'session.login', { username: 'kadis', password: 'rahasia-uji-123' })) as { ok: boolean }
      expect(ok.ok).toBe(true)
      expect(signedIn).toHaveBeenCalledWith(win)

      const session = bridge.sessionOf(electronWin)!
      // Last touched ten minutes ago: the reminder round must not make that "now".
      const tenMinutesAgo = t.core.clock().getTime() - 10 * 60_000
      session.lastActivity = tenMinutesAgo
      const answer = await fetchPengingat(t.core, session)
      expect(answer?.daftar).toMatchObject({ tanggal: '2026-11-26', jamKerja: true, items: [] })
      expect(session.lastActivity).toBe(tenMinutesAgo)
      // Idle past the timeout (30 minutes): the round finds nobody and shows nothing.
      session.lastActivity = t.core.clock().getTime() - 31 * 60_000
      expect(await fetchPengingat(t.core, session)).toBeNull()
      bridge.dispose()
    } finally {
      await t.close()
    }
  })
})
