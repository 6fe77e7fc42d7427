// One channel into the API. Every message passes one sender check before anything else runs.
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron'
import { GENERIC_ERROR_MESSAGE, type Envelope } from '../src/contract/errors'
import type { Core } from '../src/runtime/core'
import { ADMIN_SHELL_OPERATIONS, type ShellOperationName } from '../src/contract/shell'
import { dispatch } from '../src/api/dispatch'
import { loadActor } from '../src/services/auth'
import { newSession, type Session } from '../src/runtime/session'
import { INVOKE_CHANNEL } from './channel'
import { isAppUrl } from './security'
import { answerShellOperation, isShellOperationName } from './shell-ops'

const MAX_NAME_LENGTH = 100

export const REFUSED: Envelope<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Akses ditolak: permintaan tidak berasal dari jendela Sidara.' },
}

/**
 * True when the message comes from the main frame (not an iframe) of the sender's page and that page is on one of
 * our own origins. The frame is compared by process and routing id, which identify it uniquely.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, origins: readonly string[]): boolean {
  try {
    const frame = event.senderFrame
    if (!frame || frame.parent !== null) return false
    const main = event.sender.mainFrame
    if (frame.processId !== main.processId || frame.routingId !== main.routingId) return false
    return isAppUrl(frame.url, origins)
  } catch {
    // The frame or page went away while the message was in flight.
    return false
  }
}

export interface IpcOptions {
  core: Core
  /** Origins the renderer may be served from (app-origin.ts trustedOrigins). */
  origins: readonly string[]
  /** Where Pengaturan -> Basis Data keeps its file (default: app.getPath('userData')). */
  userDataDir?: string
  /** The database in use, described without the password (shown on Pengaturan -> Basis Data). */
  activeDatabase?: string
  /** The SQLite file in use ('' on a server), for "Pindahkan ke Server". */
  sqliteFile?: string
  /** Told after a successful sign-in in a window (desktop reminders start there). */
  onSignedIn?: (win: BrowserWindow) => void
}

export interface IpcBridge {
  /** Gives the window its own sign-in session; only tracked windows are answered. */
  trackWindow(win: BrowserWindow): void
  /** The window's sign-in session (for the main process's own calls, e.g. reminders); null for an untracked window. */
  sessionOf(win: BrowserWindow): Session | null
  /** For tests and shutdown. */
  dispose(): void
}

/** Registers the `sidara:invoke` handler (once). */
export function registerIpc(options: IpcOptions): IpcBridge {
  // Keyed by webContents id: a window's session lives as long as the window (it survives a reload, like a cookie).
  const sessions = new Map<number, Session>()

  ipcMain.handle(INVOKE_CHANNEL, async (event, name: unknown, input: unknown): Promise<Envelope<unknown>> => {
    const session = sessions.get(event.sender.id)
    if (!session || !isTrustedSender(event, options.origins)) {
      console.warn('[ipc] Permintaan ditolak:', String(name).slice(0, MAX_NAME_LENGTH), 'dari', event.senderFrame?.url ?? '(bingkai tidak dikenal)')
      return REFUSED
    }
    if (typeof name !== 'string' || name.length === 0 || name.length > MAX_NAME_LENGTH) {
      return { ok: false, error: { code: 'NOT_FOUND', message: 'Operasi tidak dikenal.' } }
    }
    try {
      if (isShellOperationName(name)) {
        if (ADMIN_SHELL_OPERATIONS.includes(name as ShellOperationName)) {
          // Same rule as the core's operations: only a signed-in Admin (Pengaturan -> Basis Data).
          const { actor } = await options.core.run(() => loadActor(options.core.ds.manager, session))
          if (!actor?.roles.includes('admin')) return { ok: false, error: { code: actor ? 'FORBIDDEN' : 'UNAUTHENTICATED', message: actor ? 'Anda tidak memiliki hak untuk melakukan tindakan ini.' : 'Sesi Anda telah berakhir. Silakan masuk kembali.' } }
        }
        return await answerShellOperation(name, input, {
          window: BrowserWindow.fromWebContents(event.sender), userDataDir: options.userDataDir, activeDatabase: options.activeDatabase, sqliteFile: options.sqliteFile, auditKey: options.core.auditKey,
          // shell.saveDocument: the core's one door, as this window's user (its permissions, its audit).
          callCore: (operation, coreInput) => dispatch(options.core, session, operation, coreInput),
        })
      }
      const answer = await dispatch(options.core, session, name, input)
      if (name === 'session.login' && answer.ok && options.onSignedIn) {
        const win = BrowserWindow.fromWebContents(event.sender)
        if (win) options.onSignedIn(win)
      }
      return answer
    } catch (error) {
      // dispatch maps its own errors; this catches the unexpected (e.g. a dialog that failed to open).
      console.error(`[ipc] Operasi ${name} gagal`, error)
      return { ok: false, error: { code: 'INTERNAL', message: GENERIC_ERROR_MESSAGE } }
    }
  })

  return {
    trackWindow(win) {
      const id = win.webContents.id
      sessions.set(id, newSession('electron'))
      win.once('closed', () => sessions.delete(id))
    },
    sessionOf(win) {
      return win.isDestroyed() ? null : (sessions.get(win.webContents.id) ?? null)
    },
    dispose() {
      ipcMain.removeHandler(INVOKE_CHANNEL)
      sessions.clear()
    },
  }
}
