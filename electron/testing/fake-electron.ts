// A small stand-in for the 'electron' module (no Electron binary runs on CI). Use it with
//   vi.mock('electron', () => import('./testing/fake-electron'))
// It records what the code under test asks for and lets tests play the renderer's side.
import { EventEmitter } from 'node:events'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { vi } from 'vitest'

/** A cancellable event like Electron's: `prevented` tells whether a listener called preventDefault. */
export interface FakeEvent {
  prevented: boolean
  preventDefault(): void
  [key: string]: unknown
}

export function fakeEvent(fields: Record<string, unknown> = {}): FakeEvent {
  const event: FakeEvent = {
    ...fields,
    prevented: false,
    preventDefault() {
      event.prevented = true
    },
  }
  return event
}

let nextId = 1

export class FakeFrame {
  constructor(
    public url: string,
    public readonly processId: number,
    public readonly routingId: number,
    public readonly parent: FakeFrame | null = null,
  ) {}
}

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++
  readonly mainFrame: FakeFrame
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  /** What the main process sent to the page (webContents.send). */
  send = vi.fn((_channel: string, ..._args: unknown[]) => undefined)

  constructor(url = 'about:blank') {
    super()
    this.mainFrame = new FakeFrame(url, 100 + this.id, 1)
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }

  /** An iframe inside this page. */
  subFrame(url: string): FakeFrame {
    return new FakeFrame(url, this.mainFrame.processId, 2, this.mainFrame)
  }

  /** Emits a cancellable navigation event as Electron would; returns the event. */
  navigate(name: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', url: string, isMainFrame = true): FakeEvent {
    const event = fakeEvent({ url, isMainFrame })
    this.emit(name, event, url)
    return event
  }
}

export class FakeSession extends EventEmitter {
  setPermissionRequestHandler = vi.fn()
  setPermissionCheckHandler = vi.fn()
  setDevicePermissionHandler = vi.fn()
}

class FakeApp extends EventEmitter {
  isPackaged = false
  hasSingleInstanceLock = true
  quitted = false
  readonly paths: Record<string, string> = {
    userData: join(tmpdir(), 'sidara-fake-userdata'),
    documents: join(tmpdir(), 'sidara-fake-documents'),
    home: tmpdir(),
  }
  getPath = vi.fn((name: string) => {
    const path = this.paths[name]
    if (!path) throw new Error(`Failed to get '${name}' path`)
    return path
  })
  setPath = vi.fn((name: string, path: string) => {
    this.paths[name] = path
  })
  getAppPath = vi.fn(() => process.cwd())
  getVersion = vi.fn(() => '0.1.0')
  getName = vi.fn(() => 'Sidara')
  enableSandbox = vi.fn()
  commandLine = { appendSwitch: vi.fn() }
  requestSingleInstanceLock = vi.fn(() => this.hasSingleInstanceLock)
  whenReady = vi.fn(() => Promise.resolve())
  exit = vi.fn()
  /** Like Electron: will-quit listeners may postpone the quit with preventDefault. */
  quit = vi.fn(() => {
    const event = fakeEvent()
    this.emit('will-quit', event)
    if (!event.prevented) this.quitted = true
  })
}

export const app = new FakeApp()

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = []
  static fromWebContents(contents: unknown): BrowserWindow | null {
    return BrowserWindow.instances.find((w) => w.webContents === contents) ?? null
  }
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances.filter((w) => !w.destroyed)
  }

  readonly webContents = new FakeWebContents()
  visible = false
  minimized = false
  destroyed = false

  constructor(readonly options: Record<string, unknown>) {
    super()
    BrowserWindow.instances.push(this)
    app.emit('web-contents-created', fakeEvent(), this.webContents)
  }

  loadURL = vi.fn(async (url: string) => {
    this.webContents.mainFrame.url = url
  })
  show = vi.fn(() => {
    this.visible = true
  })
  focus = vi.fn()
  restore = vi.fn(() => {
    this.minimized = false
  })
  isMinimized = (): boolean => this.minimized
  isDestroyed = (): boolean => this.destroyed
  close(): void {
    this.destroyed = true
    this.emit('closed')
    this.webContents.emit('destroyed')
  }
}

/** Electron's desktop Notification: records each one shown; a test clicks it with `emit('click')`. */
export class Notification extends EventEmitter {
  static supported = true
  static instances: Notification[] = []
  static isSupported(): boolean {
    return Notification.supported
  }
  shown = false
  constructor(readonly options: { title: string; body?: string; silent?: boolean }) {
    super()
    Notification.instances.push(this)
  }
  show(): void {
    this.shown = true
  }
  close(): void {
    this.emit('close')
  }
}

/** Channel -> handler, as registered with ipcMain.handle. */
export const ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>()

export const ipcMain = {
  handle: vi.fn((channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
    if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    ipcHandlers.set(channel, handler)
  }),
  removeHandler: vi.fn((channel: string) => {
    ipcHandlers.delete(channel)
  }),
}

/** What crossed the fake IPC, as the other side received it (after the structured clone), oldest first. */
export const ipcTraffic: { channel: string; args: unknown[]; answer: unknown }[] = []

/**
 * Plays ipcRenderer.invoke(channel, ...args) from `frame` of `contents`. Arguments and answer go through a structured
 * clone as Electron's IPC does (a Buffer arrives as a Uint8Array; a function or a Proxy would throw), and are kept in
 * ipcTraffic so a test can assert on what crossed.
 */
export async function invokeFrom(contents: FakeWebContents, frame: FakeFrame | null, channel: string, ...args: unknown[]): Promise<unknown> {
  const handler = ipcHandlers.get(channel)
  if (!handler) throw new Error(`No handler registered for '${channel}'`)
  const sent = structuredClone(args)
  const answer = structuredClone(await handler({ sender: contents, senderFrame: frame, processId: frame?.processId ?? 0, frameId: frame?.routingId ?? 0 }, ...sent))
  ipcTraffic.push({ channel, args: sent, answer })
  return answer
}

/** Scheme -> handler, as registered with protocol.handle. */
export const protocolHandlers = new Map<string, (request: Request) => Promise<Response> | Response>()

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response> | Response) => {
    protocolHandlers.set(scheme, handler)
  }),
}

export const shell = {
  openExternal: vi.fn(async (_url: string) => undefined),
  openPath: vi.fn(async (_path: string) => ''),
}

export const dialog = {
  showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
  showMessageBoxSync: vi.fn((..._args: unknown[]) => 0),
  showErrorBox: vi.fn(),
  showOpenDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> => ({ canceled: true, filePaths: [] })),
}

/**
 * Electron's safeStorage, with a reversible stand-in for the OS encryption (so a test sees the password is not stored
 * readable). `backend` plays Linux's choice: 'basic_text' is the unprotected fallback.
 */
export const safeStorage = {
  available: true,
  backend: 'gnome_libsecret' as string,
  isEncryptionAvailable: vi.fn(() => safeStorage.available),
  getSelectedStorageBackend: vi.fn(() => safeStorage.backend),
  encryptString: vi.fn((text: string) => Buffer.from(`dienkripsi:${Buffer.from(text, 'utf8').reverse().toString('base64')}`)),
  decryptString: vi.fn((data: Buffer) => {
    const text = data.toString()
    if (!text.startsWith('dienkripsi:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')
    return Buffer.from(text.slice('dienkripsi:'.length), 'base64').reverse().toString('utf8')
  }),
}

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ items: template })),
  setApplicationMenu: vi.fn(),
}

export const contextBridge = { exposeInMainWorld: vi.fn() }

export const ipcRenderer = {
  invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, data: null })),
  on: vi.fn((_channel: string, _listener: (...args: unknown[]) => void) => ipcRenderer),
}

export const session = { defaultSession: new FakeSession() }

/** Back to a fresh state: no windows, handlers, listeners or recorded calls (for tests that start main.ts again). */
export function resetFakeElectron(): void {
  vi.clearAllMocks()
  BrowserWindow.instances.length = 0
  Notification.instances.length = 0
  Notification.supported = true
  ipcHandlers.clear()
  ipcTraffic.length = 0
  protocolHandlers.clear()
  app.removeAllListeners()
  app.isPackaged = false
  app.hasSingleInstanceLock = true
  app.quitted = false
  app.paths.userData = join(tmpdir(), 'sidara-fake-userdata')
  session.defaultSession.removeAllListeners()
  safeStorage.available = true
  safeStorage.backend = 'gnome_libsecret'
}
