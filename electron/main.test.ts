import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('./testing/fake-electron'))

type Fake = typeof import('./testing/fake-electron')

const dir = mkdtempSync(join(tmpdir(), 'sidara-main-'))
const argv = process.argv
const devUrl = process.env.ELECTRON_RENDERER_URL

/** Starts main.ts afresh (it runs on import) with these command-line arguments. */
async function launch(args: string[], setup: (fake: Fake) => void = () => undefined): Promise<Fake> {
  vi.resetModules()
  // The module main.ts will see: vi.mock keeps one fake across resetModules, so it is reset by hand.
  const fake = (await import('electron')) as unknown as Fake
  fake.resetFakeElectron()
  setup(fake)
  process.argv = ['/opt/Sidara/sidara', ...args]
  await import('./main')
  return fake
}

/** Quits the fake app and waits until the core has closed and the quit went through. */
async function quit(fake: Fake): Promise<void> {
  fake.app.quit()
  await vi.waitFor(() => expect(fake.app.quitted).toBe(true))
}

beforeEach(() => {
  for (const level of ['log', 'warn', 'error'] as const) vi.spyOn(console, level).mockImplementation(() => undefined)
})
afterEach(() => {
  process.argv = argv
  if (devUrl === undefined) delete process.env.ELECTRON_RENDERER_URL
  else process.env.ELECTRON_RENDERER_URL = devUrl
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('a normal start', () => {
  let fake: Fake
  let win: InstanceType<Fake['BrowserWindow']>
  const dbFile = join(dir, 'normal', 'sidara.sqlite')

  it('opens one window on the app protocol, with the database given by --db', async () => {
    fake = await launch(['--db', dbFile])
    await vi.waitFor(() => expect(fake.BrowserWindow.instances[0]?.loadURL).toHaveBeenCalled())
    expect(fake.BrowserWindow.instances).toHaveLength(1)
    win = fake.BrowserWindow.instances[0]
    expect(win.loadURL).toHaveBeenCalledWith('sidara://app/index.html')
    expect(existsSync(dbFile)).toBe(true)
  })

  it('creates the window with the secure options and the built preload', () => {
    expect(win.options).toMatchObject({
      title: 'Sidara',
      width: 1280,
      height: 800,
      minWidth: 1024,
      minHeight: 640,
      show: false,
      icon: join(process.cwd(), 'resources', 'icon.png'),
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
        spellcheck: false,
        preload: join(process.cwd(), 'out', 'preload', 'index.js'),
      },
    })
    win.emit('ready-to-show')
    expect(win.visible).toBe(true)
  })

  it('runs in Indonesian whatever the system language', () => {
    expect(fake.app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'id-ID')
  })

  it('registers the privileged scheme before ready, then serves it', () => {
    expect(fake.app.enableSandbox).toHaveBeenCalled()
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1)
    expect(fake.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(fake.app.whenReady.mock.invocationCallOrder[0])
    expect([...fake.protocolHandlers.keys()]).toEqual(['sidara'])
  })

  it('registers the one IPC channel once, the menu and the session guards', () => {
    expect(fake.ipcMain.handle).toHaveBeenCalledTimes(1)
    expect(fake.ipcMain.handle.mock.calls[0][0]).toBe('sidara:invoke')
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(1)
    expect(fake.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled()
  })

  it('hardens the window: foreign navigation blocked, new windows denied', () => {
    expect(win.webContents.navigate('will-navigate', 'https://evil.example/').prevented).toBe(true)
    expect(win.webContents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
  })

  it('answers the window through the core, and refuses a foreign page', async () => {
    const ok = await fake.invokeFrom(win.webContents, win.webContents.mainFrame, 'sidara:invoke', 'session.current', {})
    expect(ok).toMatchObject({ ok: true, data: { setupNeeded: true, demo: false } })
    win.webContents.mainFrame.url = 'https://evil.example/'
    const refused = await fake.invokeFrom(win.webContents, win.webContents.mainFrame, 'sidara:invoke', 'session.current', {})
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    win.webContents.mainFrame.url = 'sidara://app/index.html'
  })

  it('focuses the existing window on a second launch', () => {
    win.minimized = true
    fake.app.emit('second-instance', fake.fakeEvent(), [], process.cwd())
    expect(win.restore).toHaveBeenCalled()
    expect(win.focus).toHaveBeenCalled()
  })

  it('closes the core before quitting', async () => {
    await quit(fake)
    expect(fake.app.quit).toHaveBeenCalledTimes(2)
    const after = await fake.invokeFrom(win.webContents, win.webContents.mainFrame, 'sidara:invoke', 'session.current', {})
    expect(after).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  })
})

it('quits at once when another Sidara holds the lock', async () => {
  const fake = await launch(['--db', join(dir, 'kedua.sqlite')], (f) => {
    f.app.hasSingleInstanceLock = false
  })
  expect(fake.app.quit).toHaveBeenCalled()
  expect(fake.app.whenReady).not.toHaveBeenCalled()
  expect(fake.BrowserWindow.instances).toHaveLength(0)
})

it('--data-dir moves userData (and so the database) before the lock is taken', async () => {
  const dataDir = join(dir, 'data-lain')
  const fake = await launch(['--data-dir', dataDir])
  await vi.waitFor(() => expect(fake.BrowserWindow.instances[0]?.loadURL).toHaveBeenCalled())
  expect(fake.app.setPath).toHaveBeenCalledWith('userData', resolve(dataDir))
  expect(fake.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(fake.app.requestSingleInstanceLock.mock.invocationCallOrder[0])
  expect(existsSync(join(dataDir, 'sidara.sqlite'))).toBe(true)
  await quit(fake)
})

describe('the dev server', () => {
  it('is loaded in development', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173'
    const fake = await launch(['--db', join(dir, 'dev.sqlite')])
    await vi.waitFor(() => expect(fake.BrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173'))
    await quit(fake)
  })

  it('is ignored by a packaged app', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173'
    const fake = await launch(['--db', join(dir, 'packaged.sqlite')], (f) => {
      f.app.isPackaged = true
    })
    await vi.waitFor(() => expect(fake.BrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith('sidara://app/index.html'))
    await quit(fake)
  })
})

it('explains in Indonesian when the database cannot be opened, and exits', async () => {
  const fake = await launch(['--db', '/dev/null/tidak-bisa/sidara.sqlite'])
  await vi.waitFor(() => expect(fake.app.exit).toHaveBeenCalledWith(1))
  const [title, text] = fake.dialog.showErrorBox.mock.calls[0] as [string, string]
  expect(title).toBe('Sidara tidak dapat dijalankan')
  expect(text).toContain('/dev/null/tidak-bisa/sidara.sqlite')
  expect(fake.BrowserWindow.instances).toHaveLength(0)
})

it('reads --database as the PostgreSQL server and says in Indonesian when it cannot be reached', async () => {
  const fake = await launch(['--database', 'postgres://sidara:rahasia@127.0.0.1:1/sidara'])
  await vi.waitFor(() => expect(fake.app.exit).toHaveBeenCalledWith(1))
  const [title, text] = fake.dialog.showErrorBox.mock.calls[0] as [string, string]
  expect(title).toBe('Sidara tidak dapat dijalankan')
  expect(text).toContain('Server basis data 127.0.0.1:1 tidak dapat dihubungi.')
  expect(text).toContain('Basis data: postgres://sidara@127.0.0.1:1/sidara')
  expect(text).not.toContain('rahasia')
  expect(fake.BrowserWindow.instances).toHaveLength(0)
})
