// Browser tests against browser mode: starts `node out/main/web.js --demo` on a fresh database (or, with
// `startApp({ demo: false })`, on an empty one: the first-run wizard), drives Debian's Chromium with playwright-core
// (never downloads a browser). `out/` must already be built (`npm run test:e2e`).
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core'

export const ROOT = resolve(__dirname, '../..')
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
export const DEMO_PASSWORD = 'sidara-demo'
export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots')

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium's own texts (e.g. the date field's dd/mm/yyyy) in Indonesian where its locale files are installed
  // (Debian: chromium-l10n); without them date fields show mm/dd/yyyy in the screenshots.
  '--lang=id-ID',
]

/** An office laptop's screen. */
const VIEWPORT = { width: 1366, height: 768 }

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH)
}

export interface RunningApp {
  /** http://127.0.0.1:PORT */
  origin: string
  /** The per-launch link that sets the session cookie. */
  loginUrl: string
  /** The server's SQLite file (for tests that check what a change behind the app's back does). */
  dbFile: string
  browser: Browser
  /** Errors thrown in any page (uncaught exceptions, console.error), for tests to assert none happened. */
  pageErrors: string[]
  /** A fresh browser context (own cookies) with the app opened at its sign-in page (or, on an empty database, the setup wizard). */
  openPage(): Promise<Page>
  close(): Promise<void>
}

export interface StartOptions {
  /** The sample database with its accounts (`--demo`, the default); false: an empty database, as on first install. */
  demo?: boolean
  /**
   * A PostgreSQL server (`--database URL`) instead of a fresh SQLite file: several instances may share it. Implies
   * `demo: false` (the demo never runs on a server); the caller fills the database. Needs `auditKeyFile`.
   */
  database?: string
  /** `--audit-key-file FILE`: the server's Kunci Segel Audit, the same file for every instance of one server. */
  auditKeyFile?: string
}

/** Starts the server on a fresh database (the demo one unless `demo: false`) and Chromium. */
export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  const demo = options.database ? false : (options.demo ?? true)
  const entry = join(ROOT, 'out/main/web.js')
  if (!existsSync(entry)) throw new Error(`${entry} tidak ada: jalankan \`npx electron-vite build\` dulu.`)
  const dir = mkdtempSync(join(tmpdir(), 'sidara-e2e-'))
  const dbFile = join(dir, 'sidara.sqlite')
  const where = options.database ? ['--database', options.database, ...(options.auditKeyFile ? ['--audit-key-file', options.auditKeyFile] : [])] : ['--db', dbFile]
  const server = spawn(process.execPath, [entry, ...(demo ? ['--demo'] : []), ...where, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let loginUrl: string
  try {
    loginUrl = await readLoginUrl(server)
  } catch (error) {
    await stopProcess(server)
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
  const origin = new URL(loginUrl).origin
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  const contexts: BrowserContext[] = []
  const pageErrors: string[] = []

  return {
    origin,
    loginUrl,
    dbFile,
    browser,
    pageErrors,
    async openPage() {
      const context = await browser.newContext({ viewport: VIEWPORT, locale: 'id-ID', timezoneId: 'Asia/Jakarta', acceptDownloads: true })
      contexts.push(context)
      const page = await context.newPage()
      page.setDefaultTimeout(30_000) // two test files run side by side; a wait past this is a failure, not slowness
      page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`))
      page.on('console', (m) => {
        if (m.type() === 'error') pageErrors.push(`console.error: ${m.text()}`)
      })
      await page.goto(loginUrl)
      if (demo || options.database) await page.getByLabel('Nama Pengguna', { exact: true }).waitFor()
      else await page.waitForURL(/#\/(masuk|persiapan)/)
      return page
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined)
      await browser.close().catch(() => undefined)
      await stopProcess(server)
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * How long a server may take to print its link: migrations, the audit key and the demo's few hundred letters through
 * dispatch. About 5 s on a quiet PC; two test files side by side on a loaded 2-core CI machine took over 30 s once.
 */
const SERVER_START_MS = 90_000

function readLoginUrl(server: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let out = ''
    let err = ''
    const timer = setTimeout(() => fail(new Error(`Server tidak siap dalam ${SERVER_START_MS / 1000} detik.\n${out}\n${err}`)), SERVER_START_MS)
    const onExit = (code: number | null) => fail(new Error(`Server berhenti (kode ${code}).\n${out}\n${err}`))
    function fail(e: Error) {
      clearTimeout(timer)
      server.off('exit', onExit)
      reject(e)
    }
    server.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()))
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const m = /Buka di peramban: (\S+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        server.off('exit', onExit)
        resolvePromise(m[1])
      }
    })
    server.once('exit', onExit)
  })
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((r) => child.once('exit', () => r()))
  child.kill('SIGTERM')
  const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5_000))
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    child.kill('SIGKILL')
    await exited
  }
}

/** Signs in through the sign-in page (the page must be on it, e.g. from openPage() or after signOut()). */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  if (!page.url().includes('#/masuk')) {
    await page.goto(`${new URL(page.url()).origin}/#/masuk`)
  }
  await page.getByLabel('Nama Pengguna', { exact: true }).fill(username)
  await page.getByLabel('Kata Sandi', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Masuk', exact: true }).click()
  await page.getByRole('button', { name: 'Keluar' }).waitFor({ timeout: SIGN_IN_TIMEOUT })
}

/**
 * How long a sign-in (or a password change) may take: the key derivation runs at the OWASP scrypt cost, about a second
 * alone, several when two test files run side by side on a 2-core machine.
 */
export const SIGN_IN_TIMEOUT = 60_000

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Keluar' }).click()
  await page.getByLabel('Nama Pengguna', { exact: true }).waitFor()
}

let announced = false

/**
 * Saves a PNG of what the user sees (the window; `fullPage` for the whole scrolled page) under
 * test-results/screenshots/ (the folder is printed once per run).
 */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  if (!announced) {
    console.log(`Tangkapan layar: ${SCREENSHOT_DIR}`)
    announced = true
  }
  const path = join(SCREENSHOT_DIR, `${name}.png`)
  // Let transitions (menus, snackbars, dialogs) settle.
  await page.waitForTimeout(350)
  if (!options.fullPage) {
    await page.screenshot({ path })
    return path
  }
  // A full-page capture paints below the window without scrolling there: parts the app renders only once scrolled to
  // (content-visibility: auto, app.css's render-when-visible) would come out blank. Rendered for the capture only.
  const all = await page.addStyleTag({ content: '* { content-visibility: visible !important; }' })
  try {
    await page.screenshot({ path, fullPage: true })
  } finally {
    await all.evaluate((style) => (style as Element).remove())
  }
  return path
}

/**
 * On a failed test: the screenshot, and in the log what the user would read (the address, open dialogs, alerts, field
 * messages, the snackbar), so a failure on CI explains itself without the picture.
 */
export async function failureReport(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await screenshot(page, name, options).catch(() => undefined)
  const seen = await page
    .evaluate(() => {
      const texts = (selector: string): string[] =>
        [...document.querySelectorAll<HTMLElement>(selector)].map((el) => el.innerText.replace(/\s+/g, ' ').trim()).filter(Boolean)
      return {
        alamat: location.href,
        dialog: texts('[role="dialog"]').map((t) => t.slice(0, 800)),
        peringatan: texts('[role="alert"], .v-alert'),
        pesanIsian: texts('.v-messages__message'),
        snackbar: texts('.v-snackbar__content'),
      }
    })
    .catch((e: unknown) => ({ gagalMembaca: String(e) }))
  console.log(`Laporan kegagalan ${name}: ${JSON.stringify(seen, null, 2)}`)
}

/** The text of the messages Vuetify links to a field (aria-describedby): what the user reads next to it. */
export async function fieldMessage(field: Locator): Promise<string> {
  const ids = (await field.getAttribute('aria-describedby')) ?? ''
  const texts: string[] = []
  for (const id of ids.split(/\s+/).filter(Boolean)) {
    const el = field.page().locator(`[id="${id}"]`)
    if (await el.count()) texts.push((await el.innerText()).trim())
  }
  return texts.join(' ')
}

/** Today in the office's time zone, 'YYYY-MM-DD'. */
export function todayInJakarta(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date())
}

/** 'YYYY-MM-DD' as the office types it in a date field: 'DD/MM/YYYY'. */
export function dmy(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`
}

/** A one-page PDF, small and valid enough for any viewer. */
export function smallPdf(text = 'Sidara uji'): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

/**
 * The Tanggal Diterima a new letter's form proposes (today, dd/mm/yyyy), once the form has put it in: read at once,
 * a loaded machine could return the field still empty and the test would then type an empty Tanggal Surat.
 */
export async function proposedReceivedDate(page: Page): Promise<string> {
  const field = page.getByLabel('Tanggal Diterima', { exact: true })
  for (let i = 0; i < 300; i++) {
    const value = await field.inputValue()
    if (value) return value
    await page.waitForTimeout(100)
  }
  throw new Error('Tanggal Diterima tetap kosong setelah 30 detik.')
}
