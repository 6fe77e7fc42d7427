// Sidara's Electron main process: one instance, one window, one IPC channel, the core on a local SQLite file.
// Options: --demo (sample database), --db FILE, --data-dir DIR, --database URL, --database-ca FILE (see src/server/args.ts).
import { app, BrowserWindow, dialog, session } from 'electron'
import { resolve } from 'node:path'
import type { Core } from '../src/runtime/core'
import { parseShellArgs } from '../src/server/args'
import { trustedOrigins } from './app-origin'
import { appPaths } from './app-paths'
import { registerAppScheme, serveAppProtocol } from './app-protocol'
import { registerIpc } from './ipc'
import { installMenu } from './menu'
import { electronNotifier, fetchPengingat, ReminderScheduler, ShownToday, shownFile } from './reminders'
import { describeTarget } from '../src/db/database-target'
import { safeStorageKeySource, safeStorageServerKeySource } from './audit-key'
import { offerKeyImport } from './key-import'
import { openAppCore, resolveAppDatabase } from './open-core'
import { hardenSession, hardenWebContents } from './security'
import { createMainWindow, focusWindow, loadRenderer } from './window'

const args = parseShellArgs(process.argv.slice(1))
// Before anything reads userData: the single-instance lock and Chromium's profile live there too.
if (args.dataDir) app.setPath('userData', resolve(args.dataDir))

const origins = trustedOrigins(app.isPackaged, process.env.ELECTRON_RENDERER_URL)
const devServerUrl = origins.length > 1 ? process.env.ELECTRON_RENDERER_URL : undefined

let mainWindow: BrowserWindow | null = null
let core: Core | null = null

async function start(): Promise<void> {
  hardenSession(session.defaultSession)
  const paths = appPaths(app.getAppPath())
  serveAppProtocol(paths.rendererDir)
  const userData = app.getPath('userData')
  const opened = await openAppCore(args, userData, { auditKey: safeStorageKeySource, serverKey: (server) => safeStorageServerKeySource(userData, server) })
  core = opened.core
  console.log(`Sidara ${app.getVersion()}${args.demo ? ' (data contoh)' : ''}; basis data: ${opened.where}`)
  const openedCore = core
  let reminders: ReminderScheduler | null = null
  const ipc = registerIpc({
    core, origins, userDataDir: app.getPath('userData'), activeDatabase: opened.where, sqliteFile: opened.dbFile,
    onSignedIn: (win) => void reminders?.signedIn(win),
  })
  reminders = new ReminderScheduler({
    fetch: (win) => fetchPengingat(openedCore, ipc.sessionOf(win)),
    notifier: electronNotifier(),
    shown: new ShownToday(shownFile(app.getPath('userData'))),
  })
  installMenu()
  mainWindow = createMainWindow(paths)
  ipc.trackWindow(mainWindow)
  const win = mainWindow
  mainWindow.on('closed', () => {
    reminders?.clear(win)
    mainWindow = null
  })
  await loadRenderer(mainWindow, devServerUrl)
}

function failStartup(error: unknown): void {
  console.error('Sidara gagal dijalankan:', error)
  // A desk without the server's Kunci Segel Audit: offer the import right here (no window can open without it).
  if (error instanceof Error && /^AuditKey\w*Error$/.test(error.name)) {
    void offerKeyImport(error.message, args, app.getPath('userData')).then((imported) => {
      if (imported) app.relaunch()
      app.exit(imported ? 0 : 1)
    })
    return
  }
  const detail = error instanceof Error ? error.message : String(error)
  let where = ''
  try {
    where = describeTarget(resolveAppDatabase(args, app.getPath('userData')))
  } catch {
    // The address itself is what failed; the message above says why.
  }
  const hint = where.startsWith('postgres://')
    ? 'Periksa alamat server, nama pengguna dan kata sandinya, lalu coba lagi.'
    : 'Pastikan folder itu dapat ditulisi dan tidak ada program lain yang memakai berkasnya, lalu coba lagi.'
  dialog.showErrorBox('Sidara tidak dapat dijalankan', `${detail}${where ? `\n\nBasis data: ${where}` : ''}\n\n${hint}`)
  app.exit(1)
}

// Close the database cleanly (WAL checkpoint) before the process ends.
function closeCoreBeforeQuit(event: Electron.Event): void {
  if (!core) return
  event.preventDefault()
  const closing = core
  core = null
  closing
    .close()
    .catch((error: unknown) => console.error('Basis data gagal ditutup:', error))
    .finally(() => app.quit())
}

// Forces the sandbox on every renderer, whatever a window's options say.
app.enableSandbox()
// Indonesian everywhere, whatever the Windows language: date inputs read dd/mm/yyyy, built-in texts are Indonesian.
app.commandLine.appendSwitch('lang', 'id-ID')
registerAppScheme()

if (!app.requestSingleInstanceLock()) {
  // Another Sidara is running on this data folder; it focuses its window (second-instance below).
  app.quit()
} else {
  app.on('second-instance', () => focusWindow(mainWindow))
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, origins))
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', closeCoreBeforeQuit)
  app.whenReady().then(start).catch(failStartup)
}
