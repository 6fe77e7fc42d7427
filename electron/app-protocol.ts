// The renderer is served from sidara://app/ rather than file://: a real origin for the CSP and the IPC sender check,
// no access to the rest of the disk, and the same response headers as browser mode.
import { protocol } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../src/server/csp'
import { readStatic } from '../src/server/static-files'
import { APP_HOST, APP_SCHEME } from './app-origin'

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
}

/** Must run before the app is ready: standard + secure give the scheme a real origin and a secure context. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } })
}

/**
 * Answers one request for sidara://app/<path> from the built renderer. Paths that would leave `rendererDir`
 * (../, encoded slashes, NUL) are refused by readStatic; unknown paths get index.html (the app routes by hash).
 */
export async function appProtocolResponse(rendererDir: string, request: { url: string; method: string }): Promise<Response> {
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    return plain(400, 'Alamat tidak valid')
  }
  if (url.host !== APP_HOST) return plain(404, 'Tidak ditemukan')
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Metode tidak diizinkan')
  const file = await readStatic(rendererDir, url.pathname)
  if (!file) return plain(404, 'Tidak ditemukan')
  const body = request.method === 'HEAD' ? null : new Uint8Array(file.body)
  return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': file.type } })
}

/** Serves the app protocol on the default session (after ready). */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) =>
    appProtocolResponse(rendererDir, request).catch((error: unknown) => {
      console.error('[protokol] Gagal melayani', request.url, error)
      return plain(500, 'Terjadi kesalahan')
    }),
  )
}
