import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BrowserWindow as ElectronWindow } from 'electron'
import { dispatch } from '../src/api/dispatch'
import type { Session } from '../src/runtime/session'
import { createTestCore, type TestCore } from '../src/testing/core'
import { APP_ORIGIN, trustedOrigins } from './app-origin'
import { INVOKE_CHANNEL } from './channel'
import { REFUSED, registerIpc, type IpcBridge } from './ipc'
import * as fake from './testing/fake-electron'

vi.mock('electron', () => import('./testing/fake-electron'))
// The real dispatch, watched: refused messages must never reach it.
vi.mock('../src/api/dispatch', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/api/dispatch')>()
  return { ...real, dispatch: vi.fn(real.dispatch) }
})

const DEV = 'http://localhost:5173'
let t: TestCore
let bridge: IpcBridge

beforeAll(async () => {
  t = await createTestCore()
  bridge = registerIpc({ core: t.core, origins: trustedOrigins(false, DEV) })
})
afterAll(async () => {
  bridge.dispose()
  await t.close()
})
beforeEach(() => {
  vi.mocked(dispatch).mockClear()
  fake.dialog.showSaveDialog.mockClear()
  fake.shell.openExternal.mockClear()
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})

/** A window we opened and track, showing `url` in its main frame. */
function openWindow(url = `${APP_ORIGIN}/index.html`): fake.BrowserWindow {
  const win = new fake.BrowserWindow({})
  win.webContents.mainFrame.url = url
  bridge.trackWindow(win as unknown as ElectronWindow)
  return win
}

const invoke = (win: fake.BrowserWindow, name: unknown, input: unknown = {}, frame: fake.FakeFrame | null = win.webContents.mainFrame) =>
  fake.invokeFrom(win.webContents, frame, INVOKE_CHANNEL, name, input)

it('registers exactly one handler, on sidara:invoke', () => {
  expect(fake.ipcMain.handle).toHaveBeenCalledTimes(1)
  expect(fake.ipcMain.handle.mock.calls[0][0]).toBe('sidara:invoke')
  expect([...fake.ipcHandlers.keys()]).toEqual(['sidara:invoke'])
})

describe('from the app origin', () => {
  it('reaches dispatch and answers with its envelope', async () => {
    const win = openWindow()
    const env = await invoke(win, 'session.current')
    expect(env).toMatchObject({ ok: true, data: { user: null, setupNeeded: true } })
    expect(dispatch).toHaveBeenCalledTimes(1)
    expect(vi.mocked(dispatch).mock.calls[0][2]).toBe('session.current')
  })

  it('passes the input through and returns validation errors from the core', async () => {
    const win = openWindow()
    const env = await invoke(win, 'session.login', { username: '', password: '' })
    expect(env).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })

  it('accepts the dev server origin when it is trusted', async () => {
    const win = openWindow(`${DEV}/`)
    expect(await invoke(win, 'session.current')).toMatchObject({ ok: true })
  })

  it('answers an unknown or malformed operation name with NOT_FOUND', async () => {
    const win = openWindow()
    expect(await invoke(win, 'tidak.ada')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await invoke(win, 42)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await invoke(win, 'x'.repeat(500))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('sessions', () => {
  it('keeps one session per window, the same across calls', async () => {
    const a = openWindow()
    const b = openWindow()
    await invoke(a, 'session.current')
    await invoke(a, 'session.current')
    await invoke(b, 'session.current')
    const sessions = vi.mocked(dispatch).mock.calls.map((call) => call[1] as Session)
    expect(sessions[0]).toBe(sessions[1])
    expect(sessions[2]).not.toBe(sessions[0])
    expect(sessions[0].shell).toBe('electron')
  })

  it('drops the session when the window closes', async () => {
    const win = openWindow()
    win.close()
    expect(await invoke(win, 'session.current')).toEqual(REFUSED)
    expect(dispatch).not.toHaveBeenCalled()
  })
})

describe('refused without reaching dispatch', () => {
  it.each([
    ['a foreign https origin', 'https://evil.example/'],
    ['a file: page', 'file:///C:/Users/x/Downloads/evil.html'],
    ['a look-alike custom host', 'sidara://app.evil.example/'],
    ['another dev port', 'http://localhost:5174/'],
    ['a blank page', 'about:blank'],
  ])('%s', async (_label, url) => {
    const win = openWindow(url)
    expect(await invoke(win, 'session.current')).toEqual(REFUSED)
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('a sub-frame, even one on the app origin', async () => {
    const win = openWindow()
    const env = await invoke(win, 'session.current', {}, win.webContents.subFrame(`${APP_ORIGIN}/index.html`))
    expect(env).toEqual(REFUSED)
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('a frame that is gone (senderFrame null)', async () => {
    const win = openWindow()
    expect(await invoke(win, 'session.current', {}, null)).toEqual(REFUSED)
  })

  it('a window that Sidara does not track', async () => {
    const stray = new fake.BrowserWindow({})
    stray.webContents.mainFrame.url = `${APP_ORIGIN}/index.html`
    expect(await invoke(stray, 'session.current')).toEqual(REFUSED)
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('shell operations from a foreign origin', async () => {
    const win = openWindow('https://evil.example/')
    const env = await invoke(win, 'shell.saveDocument', { operation: 'documents.lembarDisposisi', input: { suratId: 1 }, open: true })
    expect(env).toEqual(REFUSED)
    expect(dispatch).not.toHaveBeenCalled()
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled()
  })
})

describe('shell operations', () => {
  it("shell.saveDocument asks the core as the window's user: signed out, the core refuses and no dialog opens", async () => {
    const win = openWindow()
    const env = await invoke(win, 'shell.saveDocument', { operation: 'documents.lembarDisposisi', input: { suratId: 1 }, open: false })
    expect(env).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect(vi.mocked(dispatch).mock.calls[0][2]).toBe('documents.lembarDisposisi')
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled()
  })

  it('shell.openExternal refuses a javascript: link', async () => {
    const win = openWindow()
    const env = await invoke(win, 'shell.openExternal', { url: 'javascript:alert(1)' })
    expect(env).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(fake.shell.openExternal).not.toHaveBeenCalled()
  })
})

it('turns an unexpected failure into a generic Indonesian error', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  const win = openWindow()
  vi.mocked(dispatch).mockRejectedValueOnce(new Error('core crashed'))
  const env = await invoke(win, 'session.current')
  expect(env).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/Terjadi kesalahan/) } })
})
