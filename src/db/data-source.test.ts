import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DataSource } from 'typeorm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPgTestDatabase, PG_URL, type PgTestDatabase } from '../testing/postgres'
import { openDatabase } from './data-source'
import { Opd } from './entities'
import { postgresMigrations } from './migrations/postgres'
import { SchemaNewerError } from './schema-guard'

const FUTURE = 'FromANewerSidara1799999999999'
const now = '2026-11-30T10:00:00.000Z'

describe('SQLite: a schema newer than this app', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sidara-guard-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('is refused with an Indonesian message, and nothing is written', async () => {
    const file = join(dir, 'baru.sqlite')
    const ds = await openDatabase({ file })
    await ds.query(`INSERT INTO migrations (timestamp, name) VALUES (1799999999999, '${FUTURE}')`)
    const before = await ds.query('SELECT * FROM migrations ORDER BY id')
    await ds.destroy()

    const error = await openDatabase({ file }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SchemaNewerError)
    expect((error as Error).message).toMatch(/^Skema basis data lebih baru daripada aplikasi Sidara ini .*FromANewerSidara1799999999999.*Tidak ada yang diubah/)

    // Still refused a second time, and the record of migrations is as the newer app left it.
    await expect(openDatabase({ file })).rejects.toBeInstanceOf(SchemaNewerError)
    const { DataSource } = await import('typeorm')
    const raw = new DataSource({ type: 'sqlite', database: file })
    await raw.initialize()
    expect(await raw.query('SELECT * FROM migrations ORDER BY id')).toEqual(before)
    await raw.destroy()
  })

  it('does not stop a database this app migrated itself', async () => {
    const file = join(dir, 'sama.sqlite')
    await (await openDatabase({ file })).destroy()
    const ds = await openDatabase({ file })
    expect(await ds.showMigrations()).toBe(false)
    await ds.destroy()
  })
})

describe.runIf(PG_URL)('PostgreSQL: opening the office server', () => {
  let db: PgTestDatabase
  beforeAll(async () => {
    db = await createPgTestDatabase()
  })
  afterAll(async () => db?.drop())

  it('migrates an empty database, and two PCs starting at once do not both migrate it', async () => {
    const [a, b] = await Promise.all([openDatabase({ postgres: db.connection }), openDatabase({ postgres: db.connection })])
    try {
      const applied = await db.sql<{ name: string }>('SELECT name FROM migrations ORDER BY id')
      expect(applied.map((m) => m.name)).toEqual(postgresMigrations.map((M) => new M().name))
      expect(await a.showMigrations()).toBe(false)
      expect(await b.showMigrations()).toBe(false)
    } finally {
      await a.destroy()
      await b.destroy()
    }
  })

  it('works through the entities: identity ids, booleans, case-insensitive unique names', async () => {
    const ds = await openDatabase({ postgres: db.connection })
    try {
      const repo = ds.getRepository(Opd)
      const saved = await repo.save(repo.create({ nama: 'Dinas Pendidikan', singkatan: 'DISDIK', aktif: true, createdAt: now, updatedAt: now }))
      expect(saved.id).toBeGreaterThan(0)
      expect(await repo.findOneByOrFail({ id: saved.id })).toMatchObject({ nama: 'Dinas Pendidikan', aktif: true })
      await expect(repo.insert({ nama: 'DINAS PENDIDIKAN', aktif: true, createdAt: now, updatedAt: now })).rejects.toThrow(/ux_opd_nama/)
    } finally {
      await ds.destroy()
    }
  })

  it('refuses a schema newer than this app before writing anything', async () => {
    await db.sql(`INSERT INTO migrations (timestamp, name) VALUES (1799999999999, '${FUTURE}')`)
    const tables = await db.sql('SELECT tablename FROM pg_tables WHERE schemaname = $1 ORDER BY 1', ['public'])
    const migrations = await db.sql('SELECT * FROM migrations ORDER BY id')
    let error: unknown
    let ds: DataSource | undefined
    try {
      ds = await openDatabase({ postgres: db.connection })
    } catch (e) {
      error = e
    }
    await ds?.destroy()
    expect(error).toBeInstanceOf(SchemaNewerError)
    expect((error as SchemaNewerError).unknownMigrations).toEqual([FUTURE])
    expect(await db.sql('SELECT tablename FROM pg_tables WHERE schemaname = $1 ORDER BY 1', ['public'])).toEqual(tables)
    expect(await db.sql('SELECT * FROM migrations ORDER BY id')).toEqual(migrations)
    await db.sql('DELETE FROM migrations WHERE name = $1', [FUTURE])
  })
})
