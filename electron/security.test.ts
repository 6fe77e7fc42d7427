import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Session, WebContents } from 'electron'
import { APP_ORIGIN, trustedOrigins } from './app-origin'
import {
  hardenSession,
  hardenWebContents,
  isAllowedExternalUrl,
  isAppUrl,
  markSavedBySidara,
  safeOpenExternal,
  safeOpenPath,
} from './security'
import * as fake from './testing/fake-electron'

vi.mock('electron', () => import('./testing/fake-electron'))

const DEV = 'http://localhost:5173'

beforeEach(() => {
  vi.clearAllMocks()
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://batam.go.id',
    'https://kominfo.batam.go.id/layanan?tab=data-center#atas',
    'mailto:diskominfo@batam.go.id',
    'mailto:admin@example.com?subject=Permohonan%20colocation',
  ])('accepts %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true)
  })

  it.each([
    ['file:', 'file:///C:/Windows/System32/calc.exe'],
    ['file UNC', 'file://server/share/setup.exe'],
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: mixed case', 'JaVaScRiPt:alert(1)'],
    ['UNC path', '\\\\server\\share\\setup.exe'],
    ['UNC with forward slashes', '//server/share/setup.exe'],
    ['smb:', 'smb://server/share/setup.exe'],
    ['plain http', 'http://example.com'],
    ['custom protocol handler', 'ms-msdt:/id PCWDiagnostic'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['the app itself', 'sidara://app/index.html'],
    ['credentials in the URL', 'https://batam.go.id@evil.example/'],
    ['backslash trickery', 'https:\\\\evil.example'],
    ['leading space', ' https://example.com'],
    ['control character', 'https://exa\u0000mple.com'],
    ['mailto without address', 'mailto:?subject=x'],
    ['relative path', '/etc/passwd'],
    ['empty', ''],
    ['too long', `https://example.com/${'a'.repeat(3000)}`],
  ])('refuses %s', (_label, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false)
  })

  it('refuses non-strings', () => {
    expect(isAllowedExternalUrl(undefined)).toBe(false)
    expect(isAllowedExternalUrl({ href: 'https://example.com' })).toBe(false)
  })
})

describe('safeOpenExternal', () => {
  it('hands an https link to the operating system', async () => {
    expect(await safeOpenExternal('https://batam.go.id/')).toBe(true)
    expect(fake.shell.openExternal).toHaveBeenCalledWith('https://batam.go.id/')
  })

  it.each(['file:///etc/passwd', 'javascript:alert(1)', '\\\\server\\share\\x.exe', 'smb://server/x', 42])('never opens %s', async (url) => {
    expect(await safeOpenExternal(url)).toBe(false)
    expect(fake.shell.openExternal).not.toHaveBeenCalled()
  })

  it('reports false when the operating system fails', async () => {
    fake.shell.openExternal.mockRejectedValueOnce(new Error('no handler'))
    expect(await safeOpenExternal('https://example.com')).toBe(false)
  })
})

describe('safeOpenPath', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sidara-open-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('opens a document Sidara saved', async () => {
    const file = join(dir, 'Lembar-Disposisi.docx')
    writeFileSync(file, 'x')
    markSavedBySidara(file)
    expect(await safeOpenPath(file)).toBe(true)
    expect(fake.shell.openPath).toHaveBeenCalledWith(file)
  })

  it('refuses a file Sidara did not save', async () => {
    expect(await safeOpenPath(join(dir, 'lain.docx'))).toBe(false)
    expect(fake.shell.openPath).not.toHaveBeenCalled()
  })

  it('refuses programs and scripts even when Sidara saved them', async () => {
    for (const name of ['setup.exe', 'run.bat', 'x.js', 'x.lnk', 'x.ps1', 'x.desktop']) {
      const file = join(dir, name)
      markSavedBySidara(file)
      expect(await safeOpenPath(file)).toBe(false)
    }
    expect(fake.shell.openPath).not.toHaveBeenCalled()
  })

  it('reports false when no program can open it', async () => {
    const file = join(dir, 'laporan.pdf')
    markSavedBySidara(file)
    fake.shell.openPath.mockResolvedValueOnce('No application is associated')
    expect(await safeOpenPath(file)).toBe(false)
  })
})

describe('isAppUrl and trustedOrigins', () => {
  const production = trustedOrigins(true, DEV)
  const development = trustedOrigins(false, `${DEV}/`)

  it('trusts the dev server only in an unpackaged app', () => {
    expect(production).toEqual([APP_ORIGIN])
    expect(development).toEqual([APP_ORIGIN, DEV])
    expect(trustedOrigins(false, undefined)).toEqual([APP_ORIGIN])
  })

  it.each([
    ['sidara://app/index.html', true],
    ['sidara://app/#/surat-masuk', true],
    ['sidara://APP/index.html', true],
    ['sidara://app.evil.example/', false],
    ['sidara://evil/', false],
    ['sidara://app@evil/', false],
    ['https://evil.example/', false],
    ['file:///C:/index.html', false],
    [`${DEV}/`, false],
    ['not a url', false],
  ])('production: %s -> %s', (url, expected) => {
    expect(isAppUrl(url, production)).toBe(expected)
  })

  it('development: the dev server, on its port only', () => {
    expect(isAppUrl(`${DEV}/index.html`, development)).toBe(true)
    expect(isAppUrl('http://localhost:5174/', development)).toBe(false)
  })
})

describe('hardenWebContents', () => {
  function hardened(): fake.FakeWebContents {
    const contents = new fake.FakeWebContents('sidara://app/index.html')
    hardenWebContents(contents as unknown as WebContents, [APP_ORIGIN])
    return contents
  }

  it('blocks navigation to foreign URLs and allows the app itself', () => {
    const contents = hardened()
    expect(contents.navigate('will-navigate', 'https://evil.example/').prevented).toBe(true)
    expect(contents.navigate('will-navigate', 'file:///etc/passwd').prevented).toBe(true)
    expect(contents.navigate('will-navigate', 'sidara://app/index.html').prevented).toBe(false)
  })

  it('blocks redirects of the page to foreign URLs', () => {
    const contents = hardened()
    expect(contents.navigate('will-redirect', 'https://evil.example/').prevented).toBe(true)
  })

  it('loads no sub-frames, not even from the app origin', () => {
    const contents = hardened()
    expect(contents.navigate('will-frame-navigate', 'sidara://app/index.html', false).prevented).toBe(true)
    expect(contents.navigate('will-frame-navigate', 'sidara://app/index.html', true).prevented).toBe(false)
  })

  it('denies every new window and sends https links to the browser', () => {
    const contents = hardened()
    expect(contents.windowOpenHandler!({ url: 'https://batam.go.id/' })).toEqual({ action: 'deny' })
    expect(fake.shell.openExternal).toHaveBeenCalledWith('https://batam.go.id/')
    expect(contents.windowOpenHandler!({ url: 'file:///C:/x.exe' })).toEqual({ action: 'deny' })
    expect(contents.windowOpenHandler!({ url: 'sidara://app/index.html' })).toEqual({ action: 'deny' })
    expect(fake.shell.openExternal).toHaveBeenCalledTimes(1)
  })

  it('refuses to attach a <webview>', () => {
    const contents = hardened()
    const event = fake.fakeEvent()
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example' })
    expect(event.prevented).toBe(true)
  })
})

describe('hardenSession', () => {
  it('grants no permission and allows no download', () => {
    const ses = new fake.FakeSession()
    hardenSession(ses as unknown as Session)
    const request = ses.setPermissionRequestHandler.mock.calls[0][0]
    const callback = vi.fn()
    request({}, 'media', callback, {})
    expect(callback).toHaveBeenCalledWith(false)
    expect(ses.setPermissionCheckHandler.mock.calls[0][0]({}, 'notifications', APP_ORIGIN, {})).toBe(false)
    expect(ses.setDevicePermissionHandler.mock.calls[0][0]({})).toBe(false)
    const download = fake.fakeEvent()
    ses.emit('will-download', download, {}, {})
    expect(download.prevented).toBe(true)
  })
})
