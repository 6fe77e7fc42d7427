// Deny by default: navigation, new windows, webviews, sub-frames, permissions and downloads are refused; the only
// ways out of the app are safeOpenExternal (https/mailto links) and safeOpenPath (files Sidara itself just saved).
// This is the ONE module allowed to call shell.openExternal / shell.openPath (an ESLint rule enforces it).
import { shell, type Session, type WebContents } from 'electron'
import { extname, resolve } from 'node:path'
import { originOf } from './app-origin'

const MAX_EXTERNAL_URL_LENGTH = 2048

/** True when `url` is served from one of `origins` (the app protocol, or the dev server in development). */
export function isAppUrl(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url)
  return origin !== null && origins.includes(origin)
}

/**
 * Links we hand to the operating system: https web pages and mailto addresses only. Everything else (file:,
 * javascript:, smb:, UNC paths, custom protocol handlers that could start programs) is refused. Backslashes,
 * control characters and surrounding spaces are refused outright because parsers disagree about them.
 */
export function isAllowedExternalUrl(url: unknown): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return false
  // eslint-disable-next-line no-control-regex
  if (url !== url.trim() || /[\\\u0000-\u001f\u007f]/.test(url)) return false
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return false
  }
  if (u.protocol === 'https:') return u.hostname !== '' && u.username === '' && u.password === ''
  if (u.protocol === 'mailto:') return u.pathname.includes('@')
  return false
}

/** Opens an https/mailto link in the user's browser or mail program. Returns false (and logs) when refused. */
export async function safeOpenExternal(url: unknown): Promise<boolean> {
  if (typeof url !== 'string' || !isAllowedExternalUrl(url)) {
    console.warn('[keamanan] Tautan keluar ditolak:', String(url).slice(0, 200))
    return false
  }
  try {
    await shell.openExternal(new URL(url).href)
    return true
  } catch (error) {
    console.warn('[keamanan] Tautan tidak dapat dibuka:', error)
    return false
  }
}

/** Kinds of file we let the operating system open after saving: documents and images, never programs or scripts. */
export const OPENABLE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.docx', '.doc', '.odt', '.pdf', '.xlsx', '.xls', '.ods', '.csv', '.txt', '.png', '.jpg', '.jpeg',
])

const savedBySidara = new Set<string>()

/** Records that Sidara itself just wrote this file (after the user chose its place in the save dialog). */
export function markSavedBySidara(path: string): void {
  savedBySidara.add(resolve(path))
}

/** True for a file Sidara saved in this run whose kind is safe to open with its default program. */
export function isOpenableSavedFile(path: string): boolean {
  const full = resolve(path)
  return savedBySidara.has(full) && OPENABLE_EXTENSIONS.has(extname(full).toLowerCase())
}

/** Opens a file Sidara just saved with its default program (Word, a PDF viewer). Anything else is refused. */
export async function safeOpenPath(path: string): Promise<boolean> {
  if (!isOpenableSavedFile(path)) {
    console.warn('[keamanan] Membuka berkas ditolak:', path)
    return false
  }
  const error = await shell.openPath(resolve(path))
  if (error) console.warn('[keamanan] Berkas tidak dapat dibuka:', error)
  return !error
}

/**
 * Applied to every WebContents the app creates: the page may only navigate within the app's own origin, opens no
 * windows (https links go to the browser instead), attaches no <webview> and loads no sub-frames.
 */
export function hardenWebContents(contents: WebContents, origins: readonly string[]): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, origins)) return
    event.preventDefault()
    console.warn('[keamanan] Navigasi ditolak:', event.url.slice(0, 200))
  })
  contents.on('will-redirect', (event) => {
    if (!event.isMainFrame || isAppUrl(event.url, origins)) return
    event.preventDefault()
    console.warn('[keamanan] Pengalihan ditolak:', event.url.slice(0, 200))
  })
  // Sidara has no iframes; a sub-frame could only come from injected content.
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame) return
    event.preventDefault()
    console.warn('[keamanan] Sub-frame ditolak:', event.url.slice(0, 200))
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
    console.warn('[keamanan] <webview> ditolak')
  })
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void safeOpenExternal(url)
    else console.warn('[keamanan] Jendela baru ditolak:', url.slice(0, 200))
    return { action: 'deny' }
  })
}

/** No web permission is ever granted (camera, notifications, geolocation, USB, ...), and no downloads. */
export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.setDevicePermissionHandler(() => false)
  // Files leave the app only through shell.saveDocument (native save dialog, written by the main process), never as browser downloads.
  ses.on('will-download', (event) => event.preventDefault())
}
