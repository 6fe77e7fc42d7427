import type { DataSource } from 'typeorm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPgTestDatabase, PG_URL, type PgTestDatabase } from '../../../testing/postgres'
import { openDatabase } from '../../data-source'
import { AuditEntry } from '../../entities'

describe.runIf(PG_URL)('PostgreSQL audit_log is append-only', () => {
  let db: PgTestDatabase
  let ds: DataSource
  beforeAll(async () => {
    db = await createPgTestDatabase()
    ds = await openDatabase({ postgres: db.connection })
    await ds.getRepository(AuditEntry).insert({
      at: '2026-11-30T10:00:00.000Z',
      operation: 'letters.register',
      entityType: 'surat_masuk',
      entityId: '1',
      after: '{"hal":"Penarikan server"}',
      prevHash: '0'.repeat(64),
      hash: 'a'.repeat(64),
    })
  })
  afterAll(async () => {
    await ds?.destroy()
    await db?.drop()
  })

  const refused = /Jejak audit tidak dapat diubah atau dihapus/

  it('takes new rows', async () => {
    expect(await ds.getRepository(AuditEntry).count()).toBe(1)
  })

  it('refuses UPDATE, DELETE and TRUNCATE, even by the role that owns the table', async () => {
    await expect(ds.query(`UPDATE audit_log SET reason = 'dipalsukan'`)).rejects.toThrow(refused)
    await expect(ds.getRepository(AuditEntry).delete({ entityType: 'surat_masuk' })).rejects.toThrow(refused)
    await expect(ds.query('TRUNCATE audit_log')).rejects.toThrow(refused)
    const [row] = await db.sql<{ reason: string | null; n: string }>('SELECT reason, count(*) OVER () AS n FROM audit_log')
    expect(row).toEqual({ reason: null, n: '1' })
  })
})
