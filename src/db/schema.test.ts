import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../testing/core'

// Migrations define the schema; the entity classes describe it to TypeORM. This keeps the two from drifting apart.
describe('schema', () => {
  let t: TestCore
  beforeAll(async () => {
    t = await createTestCore()
  })
  afterAll(async () => t.close())

  it('every entity column exists in the migrated table', async () => {
    for (const meta of t.core.ds.entityMetadatas) {
      const columns: { name: string }[] = await t.core.ds.query(`PRAGMA table_info(${meta.tableName})`)
      expect(columns.length, `tabel ${meta.tableName}`).toBeGreaterThan(0)
      const names = columns.map((c) => c.name)
      for (const col of meta.columns) expect(names, `${meta.tableName}.${col.databaseName}`).toContain(col.databaseName)
    }
  })

  it('runs with foreign keys on and WAL', async () => {
    expect(await t.core.ds.query('PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }])
    expect(await t.core.ds.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }])
    // FULL (2): an acknowledged write survives a power cut.
    expect(await t.core.ds.query('PRAGMA synchronous')).toEqual([{ synchronous: 2 }])
  })

  it('is at the latest migration and reopens without redoing any', async () => {
    const applied: { name: string }[] = await t.core.ds.query('SELECT name FROM migrations ORDER BY id')
    expect(applied.map((m) => m.name)).toEqual(t.core.ds.migrations.map((m) => m.name))
    expect(await t.core.ds.showMigrations()).toBe(false)
  })
})
