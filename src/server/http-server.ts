import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Core } from '../runtime/core'
import { isOperationName } from '../contract'
import { contentDisposition, FILE_ANSWER_HEADER, FILE_ANSWER_VALUE, INPUT_PART, placeBytes } from '../contract/binary-wire'
import { isFileBytes, UPLOAD_MAX_BYTES, UPLOAD_TOO_LARGE_MESSAGE } from '../contract/files'
import type { Envelope } from '../contract/errors'
import { dispatch } from '../api/dispatch'
import { newSession, type Session } from '../runtime/session'
import { CONTENT_SECURITY_POLICY } from './csp'
import { readStatic } from './static-files'

/** A JSON body carries text only (files come as multipart), so a few MB is ample. */
const MAX_JSON_BYTES = 4 * 1024 * 1024
/** A multipart body: one upload at its limit plus the input and the multipart framing. */
const MAX_MULTIPART_BYTES = UPLOAD_MAX_BYTES + 1024 * 1024
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

/** The request body, or null as soon as it passes `limit` bytes (a declared Content-Length over it is refused unread). */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return null
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) return null
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

const UNREADABLE = 'Permintaan tidak dapat dibaca.'

/**
 * An operation's input from a multipart body (binary-wire.ts): the JSON part, with each file part's bytes put back
 * at the path it names. Null when the body does not follow that shape.
 */
async function multipartInput(body: Buffer, contentType: string): Promise<unknown> {
  let form: FormData
  try {
    // The standard parser (undici's, as in fetch) instead of our own.
    form = await new Response(new Blob([body as Buffer<ArrayBuffer>]), { headers: { 'Content-Type': contentType } }).formData()
  } catch {
    return null
  }
  const json = form.get(INPUT_PART)
  if (typeof json !== 'string') return null
  let input: unknown
  try {
    input = JSON.parse(json)
  } catch {
    return null
  }
  const entries: [string, FormDataEntryValue][] = []
  form.forEach((value, name) => entries.push([name, value]))
  for (const [name, value] of entries) {
    if (name === INPUT_PART) continue
    if (typeof value === 'string' || !placeBytes(input, name, new Uint8Array(await value.arrayBuffer()))) return null
  }
  return input
}

/** An API answer: a file as its own bytes (a browser download, no base64), anything else as the JSON envelope. */
function answer(res: ServerResponse, envelope: Envelope<unknown>): void {
  if (envelope.ok && isFileBytes(envelope.data)) {
    const file = envelope.data
    // The type is the core's (sniffed on upload, or the builder's); Content-Disposition keeps the browser from showing it as a page.
    const type = /^[\w.+-]+\/[\w.+-]+$/.test(file.mimeType) ? file.mimeType : 'application/octet-stream'
    return send(res, 200, Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength), type, {
      'Content-Disposition': contentDisposition(file.fileName),
      [FILE_ANSWER_HEADER]: FILE_ANSWER_VALUE,
    })
  }
  return send(res, 200, JSON.stringify(envelope), 'application/json; charset=utf-8')
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
      const contentType = req.headers['content-type'] ?? ''
      const multipart = contentType.startsWith('multipart/form-data')
      if (!multipart && !contentType.startsWith('application/json')) return send(res, 415, '', 'text/plain')
      const body = await readBody(req, multipart ? MAX_MULTIPART_BYTES : MAX_JSON_BYTES)
      if (!body) {
        // Stop reading the rest of an oversized upload; the browser still gets this answer.
        res.setHeader('Connection', 'close')
        return send(res, 413, JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: multipart ? UPLOAD_TOO_LARGE_MESSAGE : 'Data yang dikirim terlalu besar.', ...(multipart ? { fields: { file: UPLOAD_TOO_LARGE_MESSAGE } } : {}) } }), 'application/json')
      }
      let input: unknown
      if (multipart) {
        input = await multipartInput(body, contentType)
        if (input === null) return send(res, 400, JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: UNREADABLE } }), 'application/json')
      } else {
        try {
          input = body.length ? JSON.parse(body.toString('utf8')) : {}
        } catch {
          return send(res, 400, JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: UNREADABLE } }), 'application/json')
        }
      }
      let name = ''
      try {
        name = decodeURIComponent(url.pathname.slice(5))
      } catch {
        // A malformed percent-escape names no operation.
      }
      if (!isOperationName(name)) return send(res, 404, JSON.stringify({ ok: false, error: { code: 'NOT_FOUND', message: 'Operasi tidak dikenal.' } }), 'application/json; charset=utf-8')
      const idBefore = session.id
      const started = performance.now()
      const envelope = await dispatch(options.core, session, name, input)
      // The core's share of the answer, as the page's Resource Timing sees it (npm run bench:ui splits a slow click).
      res.setHeader('Server-Timing', `inti;dur=${(performance.now() - started).toFixed(1)}`)
      if (session.id !== idBefore) {
        // Signed in: the session got a new id, so the cookie known before sign-in (fixation) no longer works.
        sessions.delete(idBefore)
        sessions.set(session.id, session)
        return send(res, 200, JSON.stringify(envelope), 'application/json; charset=utf-8', { 'Set-Cookie': `${SESSION_COOKIE}=${session.id}; HttpOnly; SameSite=Strict; Path=/` })
      }
      return answer(res, envelope)
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
