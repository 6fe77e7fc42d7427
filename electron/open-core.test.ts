import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { PG_URL } from '../src/testing/postgres'
import { openAppCore, resolveAppDatabase, resolveDatabaseFile } from './open-core'

// The saved Basis Data choice is decrypted with safeStorage (database-settings.ts).
vi.mock('electron', () => import('./testing/fake-electron'))

const dir = mkdtempSync(join(tmpdir(), 'sidara-open-core-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('resolveDatabaseFile', () => {
  it('uses the user-data folder, a separate file for the demo, and --db above both', () => {
    expect(resolveDatabaseFile({ demo: false }, '/data/Sidara')).toBe(join('/data/Sidara', 'sidara.sqlite'))
    expect(resolveDatabaseFile({ demo: true }, '/data/Sidara')).toBe(join('/data/Sidara', 'sidara-demo.sqlite'))
    expect(resolveDatabaseFile({ demo: true, db: 'lain.sqlite' }, '/data/Sidara')).toBe(resolve('lain.sqlite'))
  })
})

describe('resolveAppDatabase', () => {
  it('keeps the SQLite file unless --database or SIDARA_DATABASE_URL names a server', () => {
    expect(resolveAppDatabase({ demo: false }, '/data/Sidara', {})).toEqual({ engine: 'sqlite', file: join('/data/Sidara', 'sidara.sqlite') })
    expect(resolveAppDatabase({ demo: false }, '/data/Sidara', { SIDARA_DATABASE_URL: 'postgres://app@db.kantor/sidara' })).toMatchObject({
      engine: 'postgres',
      connection: { host: 'db.kantor', user: 'app', database: 'sidara' },
    })
  })
})

describe.runIf(PG_URL)('openAppCore on PostgreSQL', () => {
  it('migrates the server, seals its audit chain with a new key for this desk, and works', async () => {
    const { createPgTestDatabase } = await import('../src/testing/postgres')
    const db = await createPgTestDatabase()
    try {
      const { core } = await openAppCore({ demo: false, database: db.url }, join(dir, 'pg'), { env: {} })
      try {
        expect(core.ds.options.type).toBe('postgres')
        expect(core.dbFile).toBe('')
        expect((await db.sql('SELECT name FROM migrations')).length).toBeGreaterThan(0)
        // The reference lists are there and the chain is sealed: the server is ready for the first Admin.
        expect(Number((await db.sql<{ n: string }>('SELECT COUNT(*) AS n FROM opd'))[0].n)).toBeGreaterThan(0)
        expect((await db.sql<{ mac: string | null }>('SELECT mac FROM audit_anchor WHERE id = 1'))[0].mac).toMatch(/^[0-9a-f]{64}$/)
      } finally {
        await core.close()
      }
    } finally {
      await db.drop()
    }
  })
})

describe('openAppCore', () => {
  it('opens and migrates the database in the user-data folder', async () => {
    const { core, dbFile } = await openAppCore({ demo: false }, join(dir, 'biasa'))
    try {
      expect(dbFile).toBe(join(dir, 'biasa', 'sidara.sqlite'))
      expect(existsSync(dbFile)).toBe(true)
      expect(core.demo).toBe(false)
      const [{ n }] = await core.ds.query('SELECT COUNT(*) AS n FROM app_user')
      expect(Number(n)).toBe(0)
    } finally {
      await core.close()
    }
  })

  it('--demo opens the demo file filled with the sample data', async () => {
    const { core, dbFile } = await openAppCore({ demo: true }, join(dir, 'contoh'))
    try {
      expect(dbFile).toBe(join(dir, 'contoh', 'sidara-demo.sqlite'))
      expect(core.demo).toBe(true)
      const users: { username: string }[] = await core.ds.query('SELECT username FROM app_user ORDER BY username')
      expect(users.map((u) => u.username)).toContain('admin')
    } finally {
      await core.close()
    }
  }, 60_000)
})
