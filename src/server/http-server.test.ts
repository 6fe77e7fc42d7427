import { request } from 'node:http'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../testing/core'
import { startWebServer, type WebServer } from './http-server'

interface Reply {
  status: number
  body: string
  cookie?: string
  timing?: string
}

function send(server: WebServer, path: string, options: { method?: string; host?: string; cookie?: string; body?: string } = {}): Promise<Reply> {
  const { port } = new URL(server.origin)
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1', port, path, method: options.method ?? 'GET',
        headers: { Host: options.host ?? `127.0.0.1:${port}`, ...(options.cookie ? { Cookie: options.cookie } : {}), ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
      },
      (res) => {
        let body = ''
        res.on('data', (c) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, cookie: res.headers['set-cookie']?.[0]?.split(';')[0], timing: res.headers['server-timing'] as string | undefined }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

describe('browser-mode HTTP server: hostile requests get a clear 4xx, never a 5xx', () => {
  let t: TestCore
  let server: WebServer
  let cookie: string
  const renderer = mkdtempSync(join(tmpdir(), 'sidara-renderer-'))
  beforeAll(async () => {
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Sidara</title>')
    t = await createTestCore()
    server = await startWebServer({ core: t.core, rendererDir: renderer })
    const login = await send(server, new URL(server.loginUrl).pathname + new URL(server.loginUrl).search)
    cookie = login.cookie!
  })
  afterAll(async () => {
    await server.close()
    await t.close()
    rmSync(renderer, { recursive: true, force: true })
  })

  it('answers on 127.0.0.1:PORT and localhost:PORT only', async () => {
    const { port } = new URL(server.origin)
    expect((await send(server, '/api/session.current', { method: 'POST', cookie, body: '{}' })).status).toBe(200)
    expect((await send(server, '/api/session.current', { method: 'POST', cookie, body: '{}', host: `localhost:${port}` })).status).toBe(200)
    for (const host of ['evil.example', `evil.example:${port}`, '127.0.0.1', `127.0.0.1:${Number(port) + 1}`, `[::1]:${port}`]) {
      const r = await send(server, '/api/session.current', { method: 'POST', cookie, body: '{}', host })
      expect(r.status, host).toBe(421)
      expect(r.body).toBe('Alamat tidak dikenal: buka Sidara lewat tautannya.')
    }
  })

  it('a malformed percent-escape in the API path is 404, not 500', async () => {
    for (const path of ['/api/%E0%A4%A', '/api/%', '/api/letters.list%ZZ', '/api/%00', '/api/tidak.ada', '/api/']) {
      const r = await send(server, path, { method: 'POST', cookie, body: '{}' })
      expect(r.status, path).toBe(404)
      expect(JSON.parse(r.body)).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Operasi tidak dikenal.' } })
    }
    expect((await send(server, '/%E0%A4%A', { cookie })).status).toBe(404)
  })
})

describe('browser-mode sessions', () => {
  it('sign-in gives a new session cookie and the old one stops working', async () => {
    const renderer = mkdtempSync(join(tmpdir(), 'sidara-renderer-'))
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Sidara</title>')
    const t = await createTestCore()
    const server = await startWebServer({ core: t.core, rendererDir: renderer })
    try {
      const { insertUser } = await import('../services/users')
      await insertUser(t.core.ds.manager, { username: 'sekre', nama: 'Sekre', password: 'rahasia-uji-123', roles: ['sekretariat'] }, new Date().toISOString())
      const before = (await send(server, new URL(server.loginUrl).pathname + new URL(server.loginUrl).search)).cookie!
      const login = await send(server, '/api/session.login', { method: 'POST', cookie: before, body: JSON.stringify({ username: 'sekre', password: 'rahasia-uji-123' }) })
      expect(JSON.parse(login.body).ok).toBe(true)
      expect(login.cookie).toMatch(/^sidara_sesi=/)
      expect(login.cookie).not.toBe(before)
      const current = await send(server, '/api/session.current', { method: 'POST', cookie: login.cookie, body: '{}' })
      expect(JSON.parse(current.body).data.user.username).toBe('sekre')
      // The core's share of an API answer, for the page's Resource Timing (npm run bench:ui).
      expect(current.timing).toMatch(/^inti;dur=\d+\.\d$/)
      expect((await send(server, '/api/session.current', { method: 'POST', cookie: before, body: '{}' })).status).toBe(401)
    } finally {
      await server.close()
      await t.close()
      rmSync(renderer, { recursive: true, force: true })
    }
  })
})
