import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { BrowserWindow as ElectronWindow } from 'electron'
import { appPaths } from './app-paths'
import * as fake from './testing/fake-electron'
import { createMainWindow, focusWindow, loadRenderer, mainWindowOptions } from './window'

vi.mock('electron', () => import('./testing/fake-electron'))

const paths = appPaths('/opt/Sidara/resources/app.asar')

beforeEach(() => {
  fake.BrowserWindow.instances.length = 0
})

describe('mainWindowOptions', () => {
  const options = mainWindowOptions(paths)

  it('locks the renderer down per the Electron security checklist', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    })
  })

  it('loads the built preload and the window icon from the app', () => {
    expect(options.webPreferences?.preload).toBe(join('/opt/Sidara/resources/app.asar', 'out', 'preload', 'index.js'))
    expect(options.icon).toBe(join('/opt/Sidara/resources/app.asar', 'resources', 'icon.png'))
  })

  it('is titled Sidara, 1280x800, at least 1024x640, hidden until ready', () => {
    expect(options).toMatchObject({ title: 'Sidara', width: 1280, height: 800, minWidth: 1024, minHeight: 640, show: false })
  })
})

describe('createMainWindow', () => {
  it('shows the window only when it is ready to show', () => {
    createMainWindow(paths)
    const win = fake.BrowserWindow.instances[0]
    expect(win.options).toEqual(mainWindowOptions(paths))
    expect(win.visible).toBe(false)
    win.emit('ready-to-show')
    expect(win.visible).toBe(true)
  })

  it('asks in Indonesian before a reload or close throws away unsaved input, and unloads only on Tinggalkan', () => {
    createMainWindow(paths)
    const win = fake.BrowserWindow.instances[0]
    fake.dialog.showMessageBoxSync.mockReturnValueOnce(0)
    const stay = fake.fakeEvent()
    win.webContents.emit('will-prevent-unload', stay)
    expect(stay.prevented).toBe(false)
    const [, options] = fake.dialog.showMessageBoxSync.mock.calls.at(-1) as [unknown, { buttons: string[]; detail: string; cancelId: number }]
    expect(options.buttons).toEqual(['Tetap di Sini', 'Tinggalkan'])
    expect(options.cancelId).toBe(0)
    expect(options.detail).toBe('Isian yang belum disimpan akan hilang.')

    fake.dialog.showMessageBoxSync.mockReturnValueOnce(1)
    const leave = fake.fakeEvent()
    win.webContents.emit('will-prevent-unload', leave)
    // preventDefault on will-prevent-unload is Electron's way to let the unload go ahead.
    expect(leave.prevented).toBe(true)
  })
})

describe('loadRenderer', () => {
  it('loads the app protocol, or the dev server when given', async () => {
    const win = new fake.BrowserWindow({})
    await loadRenderer(win as unknown as ElectronWindow)
    expect(win.loadURL).toHaveBeenLastCalledWith('sidara://app/index.html')
    await loadRenderer(win as unknown as ElectronWindow, 'http://localhost:5173')
    expect(win.loadURL).toHaveBeenLastCalledWith('http://localhost:5173')
  })

  it('shows the window even when loading fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const win = new fake.BrowserWindow({})
    win.loadURL.mockRejectedValueOnce(new Error('ERR_FAILED'))
    await loadRenderer(win as unknown as ElectronWindow)
    expect(win.visible).toBe(true)
  })
})

describe('focusWindow', () => {
  it('restores a minimised window and focuses it', () => {
    const win = new fake.BrowserWindow({})
    win.minimized = true
    focusWindow(win as unknown as ElectronWindow)
    expect(win.restore).toHaveBeenCalled()
    expect(win.focus).toHaveBeenCalled()
  })

  it('ignores a closed window', () => {
    const win = new fake.BrowserWindow({})
    win.close()
    focusWindow(win as unknown as ElectronWindow)
    expect(win.focus).not.toHaveBeenCalled()
    expect(() => focusWindow(null)).not.toThrow()
  })
})
