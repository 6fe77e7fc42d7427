import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Core } from '../runtime/core'
import { isOperationName } from '../contract'
import { dispatch } from '../api/dispatch'
import { newSession, type Session } from '../runtime/session'
import { CONTENT_SECURITY_POLICY } from './csp'
import { readStatic } from './static-files'

/** Large enough for a 20 MB scan sent as base64 inside JSON. */
const MAX_BODY_BYTES = 32 * 1024 * 1024
const SESSION_COOKIE = 'sidara_sesi'

export interface WebServer {
  /** The origin, e.g. http://127.0.0.1:51234 */
  origin: string
  /** Opens the app: exchanges the per-launch key for a session cookie. Print it; it is the only way in. */
  loginUrl: string
  close(): Promise<void>
}

export interface WebServerOptions {
  core: Core
  /** Built renderer (out/renderer). */
  rendererDir: string
  /** 0 picks a free port. */
  port?: number
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

function cookieOf(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=')
    if (k === name) return v.join('=')
  }
  return null
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra })
  res.end(body)
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) return null
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

const NOT_SIGNED_PAGE = `<!doctype html><html lang="id"><meta charset="utf-8"><title>Sidara</title>
<body style="font-family:sans-serif;max-width:40em;margin:4em auto"><h1>Sidara</h1>
<p>Buka Sidara lewat tautan yang ditampilkan saat mode peramban dijalankan (<code>npm run web</code>).
Tautan itu berisi kunci sekali jalan, sehingga program lain di komputer ini tidak dapat memakai data Anda.</p></body></html>`

/**
 * Browser mode: the built renderer and the same API as Electron, over HTTP on 127.0.0.1 only. A per-launch secret
 * (in the printed link) is exchanged for an HttpOnly session cookie; every API call needs that cookie and, when the
 * browser sends an Origin, our own origin.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const secret = randomBytes(32).toString('base64url')
  const sessions = new Map<string, Session>()
  let origin = ''
  // DNS rebinding: a page on another name resolving to 127.0.0.1 must not reach the API, so only our own host names.
  let hosts = new Set<string>()
  let origins = new Set<string>()

  const sessionOf = (req: IncomingMessage): Session | null => {
    const id = cookieOf(req, SESSION_COOKIE)
    return id ? (sessions.get(id) ?? null) : null
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!hosts.has((req.headers.host ?? '').toLowerCase())) return send(res, 421, 'Alamat tidak dikenal: buka Sidara lewat tautannya.', 'text/plain; charset=utf-8')
    let url: URL
    try {
      url = new URL(req.url ?? '/', origin)
    } catch {
      return send(res, 400, 'Alamat tidak valid.', 'text/plain; charset=utf-8')
    }
    if (req.method === 'GET' && url.pathname === '/masuk') {
      const key = url.searchParams.get('kunci') ?? ''
      if (!sameSecret(key, secret)) return send(res, 403, NOT_SIGNED_PAGE, 'text/html; charset=utf-8')
      const session = newSession('web')
      sessions.set(session.id, session)
      return send(res, 303, '', 'text/plain', {
        Location: '/',
        'Set-Cookie': `${SESSION_COOKIE}=${session.id}; HttpOnly; SameSite=Strict; Path=/`,
      })
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, '', 'text/plain', { Allow: 'POST' })
      const session = sessionOf(req)
      const reqOrigin = req.headers.origin
      if (!session || (reqOrigin !== undefined && !origins.has(reqOrigin))) {
        return send(res, 401, JSON.stringify({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Akses ditolak: buka Sidara lewat tautannya.' } }), 'application/json')
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, '', 'text/plain')
      const body = await readBody(req)
      if (!body) return send(res, 413, JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'Data yang dikirim terlalu besar.' } }), 'application/json')
      let input: unknown
      try {
        input = body.length ? JSON.parse(body.toString('utf8')) : {}
      } catch {
        return send(res, 400, JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'Permintaan tidak dapat dibaca.' } }), 'application/json')
      }
      let name = ''
      try {
        name = decodeURIComponent(url.pathname.slice(5))
      } catch {
        // A malformed percent-escape names no operation.
      }
      if (!isOperationName(name)) return send(res, 404, JSON.stringify({ ok: false, error: { code: 'NOT_FOUND', message: 'Operasi tidak dikenal.' } }), 'application/json; charset=utf-8')
      const idBefore = session.id
      const envelope = await dispatch(options.core, session, name, input)
      if (session.id !== idBefore) {
        // Signed in: the session got a new id, so the cookie known before sign-in (fixation) no longer works.
        sessions.delete(idBefore)
        sessions.set(session.id, session)
        return send(res, 200, JSON.stringify(envelope), 'application/json; charset=utf-8', { 'Set-Cookie': `${SESSION_COOKIE}=${session.id}; HttpOnly; SameSite=Strict; Path=/` })
      }
      return send(res, 200, JSON.stringify(envelope), 'application/json; charset=utf-8')
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, '', 'text/plain')
    if (!sessionOf(req)) return send(res, 401, NOT_SIGNED_PAGE, 'text/html; charset=utf-8')
    const file = await readStatic(options.rendererDir, url.pathname)
    if (!file) return send(res, 404, 'Tidak ditemukan', 'text/plain; charset=utf-8')
    return send(res, 200, file.body, file.type, { 'Cache-Control': 'no-cache' })
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      options.core.logError('Permintaan HTTP gagal', error)
      if (!res.headersSent) send(res, 500, 'Terjadi kesalahan', 'text/plain; charset=utf-8')
      else res.end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  origin = `http://127.0.0.1:${port}`
  hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`])
  origins = new Set([origin, `http://localhost:${port}`])
  return {
    origin,
    loginUrl: `${origin}/masuk?kunci=${secret}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
