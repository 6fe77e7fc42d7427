import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BrowserWindow as ElectronWindow } from 'electron'
import { createTestCore, type TestCore } from '../src/testing/core'
import { createPgTestDatabase, PG_URL } from '../src/testing/postgres'
import { APP_ORIGIN, trustedOrigins } from './app-origin'
import { INVOKE_CHANNEL } from './channel'
import { databaseFromSettings, readDatabaseSettings, saveDatabaseSettings, settingsPath, viewDatabaseSettings } from './database-settings'
import { registerIpc, type IpcBridge } from './ipc'
import { resolveAppDatabase } from './open-core'
import * as fake from './testing/fake-electron'

vi.mock('electron', () => import('./testing/fake-electron'))

const server = { engine: 'postgres' as const, host: 'db.kantor.batam.go.id', port: 5433, database: 'sidara', user: 'sidara_app', password: 'rahasia-kantor-9', tls: true, caFile: '' }
let dir: string
beforeEach(() => {
  fake.resetFakeElectron()
  dir = mkdtempSync(join(tmpdir(), 'sidara-basis-data-'))
  return () => rmSync(dir, { recursive: true, force: true })
})

describe('Pengaturan -> Basis Data file', () => {
  it('keeps the password only encrypted, shows the screen everything else, and the next start uses the server', () => {
    const view = saveDatabaseSettings(dir, server)
    expect(view).toEqual({ engine: 'postgres', host: server.host, port: 5433, database: 'sidara', user: 'sidara_app', tls: true, caFile: '', passwordSaved: true, storageOk: true, storageMessage: '' })
    const file = readFileSync(settingsPath(dir), 'utf8')
    expect(file).not.toContain('rahasia-kantor-9')
    expect(JSON.parse(file).passwordEncrypted).toBe(fake.safeStorage.encryptString.mock.results[0].value.toString('base64'))
    expect(databaseFromSettings(dir)).toEqual({ host: server.host, port: 5433, database: 'sidara', user: 'sidara_app', password: 'rahasia-kantor-9', tls: true })
    // The boot: the saved server, unless --database/--db/--demo says otherwise.
    expect(resolveAppDatabase({ demo: false }, dir, {})).toMatchObject({ engine: 'postgres', connection: { host: server.host, password: 'rahasia-kantor-9' } })
    expect(resolveAppDatabase({ demo: false, db: join(dir, 'lain.sqlite') }, dir, {})).toEqual({ engine: 'sqlite', file: join(dir, 'lain.sqlite') })
    expect(resolveAppDatabase({ demo: true }, dir, {})).toMatchObject({ engine: 'sqlite' })
    expect(resolveAppDatabase({ demo: false, database: 'postgres://x@lain/db' }, dir, {})).toMatchObject({ connection: { host: 'lain' } })
  })

  it('refuses to store a password where safeStorage would use its fixed key (basic_text), writing nothing', () => {
    fake.safeStorage.backend = 'basic_text'
    expect(viewDatabaseSettings(dir)).toMatchObject({ storageOk: false, storageMessage: expect.stringMatching(/GNOME Keyring atau KWallet/) })
    expect(() => saveDatabaseSettings(dir, server)).toThrow(/tidak disimpan/)
    expect(readDatabaseSettings(dir).engine).toBe('sqlite')
    fake.safeStorage.available = false
    expect(() => saveDatabaseSettings(dir, server)).toThrow(/tidak dapat disimpan dengan aman/)
  })

  it('an empty password keeps the saved one; without one saved it is required', () => {
    expect(() => saveDatabaseSettings(dir, { ...server, password: '' })).toThrow('Kata sandi wajib diisi.')
    saveDatabaseSettings(dir, server)
    saveDatabaseSettings(dir, { ...server, host: 'db2.kantor', password: '' })
    expect(databaseFromSettings(dir)).toMatchObject({ host: 'db2.kantor', password: 'rahasia-kantor-9' })
  })

  it('back to SQLite keeps the server details for later; a missing CA file is named', () => {
    saveDatabaseSettings(dir, server)
    expect(saveDatabaseSettings(dir, { ...server, engine: 'sqlite', password: '' })).toMatchObject({ engine: 'sqlite', host: server.host, passwordSaved: true })
    expect(databaseFromSettings(dir)).toBeNull()
    expect(resolveAppDatabase({ demo: false }, dir, {})).toEqual({ engine: 'sqlite', file: join(dir, 'sidara.sqlite') })
    expect(() => saveDatabaseSettings(dir, { ...server, caFile: join(dir, 'tidak-ada.pem') })).toThrow(/Berkas CA tidak ditemukan/)
  })

  it('a password this PC cannot decrypt stops the start with a way out, instead of silently using the local file', () => {
    writeFileSync(settingsPath(dir), JSON.stringify({ ...server, password: undefined, passwordEncrypted: Buffer.from('milik PC lain').toString('base64') }))
    expect(() => resolveAppDatabase({ demo: false }, dir, {})).toThrow(/tidak dapat dibuka di PC ini\. Hapus berkas .*basis-data\.json/)
  })
})

describe('shell operations of Pengaturan -> Basis Data over IPC', () => {
  let t: TestCore
  let bridge: IpcBridge
  let dataDir: string
  beforeAll(async () => {
    t = await createTestCore()
    await t.signIn(['admin'], 'admin-basisdata')
    await t.signIn(['kadis'], 'kadis-basisdata')
  })
  afterAll(async () => t.close())
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'sidara-basis-data-ipc-'))
    bridge = registerIpc({ core: t.core, origins: trustedOrigins(false, undefined), userDataDir: dataDir, activeDatabase: '/data/sidara.sqlite', sqliteFile: t.file })
    return () => {
      bridge.dispose()
      rmSync(dataDir, { recursive: true, force: true })
    }
  })

  async function windowSignedInAs(username: string | null): Promise<fake.BrowserWindow> {
    const win = new fake.BrowserWindow({})
    win.webContents.mainFrame.url = `${APP_ORIGIN}/index.html`
    bridge.trackWindow(win as unknown as ElectronWindow)
    if (username) expect(await invoke(win, 'session.login', { username, password: 'rahasia-uji-123' })).toMatchObject({ ok: true })
    return win
  }
  const invoke = (win: fake.BrowserWindow, name: string, input: unknown = {}) => fake.invokeFrom(win.webContents, win.webContents.mainFrame, INVOKE_CHANNEL, name, input)

  it('are for an Admin only', async () => {
    expect(await invoke(await windowSignedInAs(null), 'shell.databaseSettings')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    const kadis = await windowSignedInAs('kadis-basisdata')
    for (const name of ['shell.databaseSettings', 'shell.saveDatabaseSettings', 'shell.pickCaFile', 'shell.moveToServer', 'shell.moveStatus']) {
      expect(await invoke(kadis, name, server)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(fake.dialog.showOpenDialog).not.toHaveBeenCalled()
    expect(readDatabaseSettings(dataDir).engine).toBe('sqlite')
  })

  it('read, check, save and pick the CA file for an Admin', async () => {
    const admin = await windowSignedInAs('admin-basisdata')
    expect(await invoke(admin, 'shell.databaseSettings')).toMatchObject({ ok: true, data: { engine: 'sqlite', aktif: '/data/sidara.sqlite', passwordSaved: false } })
    expect(await invoke(admin, 'shell.saveDatabaseSettings', { ...server, port: 0, host: '' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { host: 'Host server wajib diisi.', port: 'Port 1 sampai 65535.' } },
    })
    const saved = await invoke(admin, 'shell.saveDatabaseSettings', server)
    expect(saved).toMatchObject({ ok: true, data: { engine: 'postgres', host: server.host, passwordSaved: true } })
    expect(JSON.stringify(saved)).not.toContain(server.password)
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/etc/sidara/ca-kantor.pem'] })
    expect(await invoke(admin, 'shell.pickCaFile')).toEqual({ ok: true, data: { path: '/etc/sidara/ca-kantor.pem' } })
    expect(await invoke(admin, 'shell.pickCaFile')).toEqual({ ok: true, data: {} })
  })

  it.runIf(PG_URL)('Pindahkan ke Server copies the file in use into the empty server, with progress to poll', async () => {
    const admin = await windowSignedInAs('admin-basisdata')
    const db = await createPgTestDatabase()
    try {
      const c = db.connection
      const server = { host: c.host, port: c.port, database: c.database, user: c.user, password: c.password, tls: false, caFile: '' }
      expect(await invoke(admin, 'shell.moveToServer', { ...server, password: '' })).toMatchObject({ ok: false, error: { fields: { password: 'Kata sandi wajib diisi.' } } })
      expect(await invoke(admin, 'shell.moveToServer', server)).toMatchObject({ ok: true, data: { tahap: 'memeriksa' } })
      expect(await invoke(admin, 'shell.moveToServer', server)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
      const seen = new Set<string>()
      await expect
        .poll(
          async () => {
            const r = (await invoke(admin, 'shell.moveStatus')) as { data: { tahap: string } }
            seen.add(r.data.tahap)
            return r.data.tahap
          },
          { timeout: 30_000, interval: 20 },
        )
        .toBe('selesai')
      const done = (await invoke(admin, 'shell.moveStatus')) as { data: { pemeriksaan: string[]; totalBaris: number } }
      expect(done.data.pemeriksaan).toHaveLength(5)
      const [{ n }] = await db.sql<{ n: number }>('SELECT count(*)::int AS n FROM app_user')
      expect(n).toBe(2)
      // A second move onto the filled server fails and says the server was left as it was.
      await invoke(admin, 'shell.moveToServer', server)
      await expect.poll(async () => ((await invoke(admin, 'shell.moveStatus')) as { data: { tahap: string } }).data.tahap, { timeout: 30_000 }).toBe('gagal')
      expect(await invoke(admin, 'shell.moveStatus')).toMatchObject({ data: { pesan: expect.stringMatching(/tidak kosong.*Server dibiarkan kosong/) } })
    } finally {
      await db.drop()
    }
  }, 60_000)
})
