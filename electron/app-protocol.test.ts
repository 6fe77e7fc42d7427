import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../src/server/csp'
import { APP_SCHEME } from './app-origin'
import { appProtocolResponse, registerAppScheme, serveAppProtocol } from './app-protocol'
import * as fake from './testing/fake-electron'

vi.mock('electron', () => import('./testing/fake-electron'))

// root/secret.txt sits beside the renderer folder and must never be served.
const root = mkdtempSync(join(tmpdir(), 'sidara-protocol-'))
const rendererDir = join(root, 'renderer')
mkdirSync(join(rendererDir, 'assets'), { recursive: true })
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Sidara</title>')
writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)')
writeFileSync(join(root, 'secret.txt'), 'RAHASIA')
afterAll(() => rmSync(root, { recursive: true, force: true }))

const get = (url: string, method = 'GET') => appProtocolResponse(rendererDir, { url, method })

describe('registerAppScheme', () => {
  it('registers sidara:// as standard, secure and fetch-capable', () => {
    registerAppScheme()
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'sidara', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
  })
})

describe('appProtocolResponse', () => {
  it('serves index.html with the CSP header', async () => {
    const res = await get('sidara://app/index.html')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await res.text()).toContain('<title>Sidara</title>')
  })

  it('serves assets with their type', async () => {
    const res = await get('sidara://app/assets/index-abc.js')
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await res.text()).toBe('console.log(1)')
  })

  it.each([
    'sidara://app/../secret.txt',
    'sidara://app/%2e%2e/secret.txt',
    'sidara://app/..%2Fsecret.txt',
    'sidara://app/..%5Csecret.txt',
    'sidara://app/assets/..%2F..%2Fsecret.txt',
  ])('never serves a file outside the renderer: %s', async (url) => {
    const res = await get(url)
    expect(await res.text()).not.toContain('RAHASIA')
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('refuses a NUL byte in the path', async () => {
    const res = await get('sidara://app/index.html%00.js')
    expect(res.status).toBe(404)
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('answers only for the app host', async () => {
    const res = await get('sidara://other/index.html')
    expect(res.status).toBe(404)
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('accepts only GET and HEAD', async () => {
    expect((await get('sidara://app/index.html', 'POST')).status).toBe(405)
    const head = await get('sidara://app/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })
})

describe('serveAppProtocol', () => {
  it('handles the sidara scheme through protocol.handle', async () => {
    serveAppProtocol(rendererDir)
    const handler = fake.protocolHandlers.get(APP_SCHEME)!
    const res = await handler({ url: 'sidara://app/', method: 'GET' } as Request)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })
})
