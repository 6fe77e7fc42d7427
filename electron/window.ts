import { BrowserWindow, dialog, type BrowserWindowConstructorOptions } from 'electron'
import { APP_ENTRY_URL } from './app-origin'
import type { AppPaths } from './app-paths'

/** The one window's options, per Electron's security checklist. Exported so tests can assert them. */
export function mainWindowOptions(paths: Pick<AppPaths, 'preloadFile' | 'windowIcon'>): BrowserWindowConstructorOptions {
  return {
    title: 'Sidara',
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    icon: paths.windowIcon,
    webPreferences: {
      preload: paths.preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  }
}

export function createMainWindow(paths: Pick<AppPaths, 'preloadFile' | 'windowIcon'>): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(paths))
  win.once('ready-to-show', () => win.show())
  // The page refused to unload (a form holds unsaved input, renderer useUnloadGuard): Electron would silently keep the
  // page, so ask in the words of the in-app leave dialog. Sync: the unload waits for the answer.
  win.webContents.on('will-prevent-unload', (event) => {
    if (confirmUnsavedUnload(win)) event.preventDefault()
  })
  win.webContents.on('render-process-gone', (_event, details) => {
    console.error('[jendela] Proses tampilan berhenti:', details.reason, details.exitCode)
  })
  return win
}

/**
 * Asks whether to reload or close the window although a form holds unsaved input. Returns true to go ahead (the input
 * is lost), false to stay. Button order and wording follow ConfirmLeaveDialog.vue.
 */
export function confirmUnsavedUnload(win: BrowserWindow): boolean {
  const choice = dialog.showMessageBoxSync(win, {
    type: 'question',
    title: 'Tinggalkan formulir?',
    message: 'Tinggalkan formulir?',
    detail: 'Isian yang belum disimpan akan hilang.',
    buttons: ['Tetap di Sini', 'Tinggalkan'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  })
  return choice === 1
}

/** The app protocol in production; the Vite dev server (hot reload) during `electron-vite dev`. */
export async function loadRenderer(win: BrowserWindow, devServerUrl?: string): Promise<void> {
  try {
    await win.loadURL(devServerUrl ?? APP_ENTRY_URL)
  } catch (error) {
    // A failed load leaves the window showing an error page; the user can still use Tampilan > Muat Ulang.
    console.error('[jendela] Tampilan gagal dimuat:', error)
    win.show()
  }
}

/** Brings the window to the front (a second launch of Sidara lands here). */
export function focusWindow(win: BrowserWindow | null): void {
  if (!win || win.isDestroyed()) return
  if (win.isMinimized()) win.restore()
  win.show()
  win.focus()
}
