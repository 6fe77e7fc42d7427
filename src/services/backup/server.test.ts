import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DataSource } from 'typeorm'
import type { Core } from '../../runtime/core'
import { backupHandlers } from '../../api/handlers/backup'
import type { Session } from '../../runtime/session'
import { openDatabase } from '../../db/data-source'
import { createTestCore, failure, type TestCore } from '../../testing/core'
import { createPgTestDatabase, PG_URL, type PgTestDatabase } from '../../testing/postgres'
import { makeCtx } from '../context'
import { dailyBackupIfDue } from './automatic'
import { defaultBackupFolder, listBackups } from './files'

// Item 1 of issue 11 with PostgreSQL active: the Cadangan screen says how the server is backed up (pg_dump and
// pg_restore, as the README's "Cadangan server" section) instead of offering file backups, which are refused there.
describe.runIf(PG_URL)('Cadangan on the office\'s PostgreSQL server', () => {
  let t: TestCore
  let db: PgTestDatabase
  let pgDs: DataSource
  let onPg: Core
  let admin: Session

  beforeAll(async () => {
    t = await createTestCore()
    admin = await t.signIn(['admin'])
    db = await createPgTestDatabase()
    pgDs = await openDatabase({ postgres: db.connection })
    // The core as the shells build it on a server: the same core with the server's DataSource.
    onPg = { ...t.core, ds: pgDs }
  })
  afterAll(async () => {
    await pgDs?.destroy()
    await db?.drop()
    await t?.close()
  })

  const call = <K extends keyof typeof backupHandlers>(name: K, input: Parameters<(typeof backupHandlers)[K]>[1]) =>
    pgDs.transaction((em) => (backupHandlers[name] as (c: unknown, i: unknown) => Promise<unknown>)(makeCtx(onPg, em, admin, { userId: admin.userId!, roles: ['admin'] } as never, name), input))

  it('says how the server is backed up, naming this server and database, without a password', async () => {
    const info = (await call('cadangan.info', {})) as Awaited<ReturnType<(typeof backupHandlers)['cadangan.info']>>
    const url = new URL(PG_URL!)
    expect(info.mode).toBe('postgres')
    expect(info.daftar).toEqual([])
    expect(info.server).toMatchObject({ server: `${url.hostname}:${url.port || 5432}`, basisData: db.name })
    expect(info.server!.cadangkan).toBe(`pg_dump --format=custom --file=sidara-$(date +%F).dump "postgres://sidara_owner@${url.hostname}:${url.port || 5432}/${db.name}"`)
    expect(info.server!.pulihkan).toMatch(new RegExp(`^pg_restore --dbname="postgres://sidara_owner@[^"]+/${db.name}" --no-owner --role=sidara_owner --exit-on-error `))
    expect(info.server!.sesudahPulihkan).toMatch(/REVOKE/)
    if (url.password) expect(JSON.stringify(info)).not.toContain(decodeURIComponent(url.password))
  })

  it('refuses file backups, restores and their settings there, and makes no daily file backup', async () => {
    const message = 'Basis data bersama (PostgreSQL) dicadangkan dan dipulihkan di servernya dengan pg_dump dan pg_restore; lihat Pengaturan → Cadangan.'
    expect((await failure(call('cadangan.cadangkan', { folder: t.dir }))).message).toBe(message)
    expect((await failure(call('cadangan.pulihkan', { berkas: `${t.dir}/x.sqlite` }))).message).toBe(message)
    expect((await failure(call('cadangan.simpanPengaturan', { folder: '', simpanTerakhir: 7, versi: 0 }))).message).toBe(message)
    expect(await dailyBackupIfDue(onPg)).toBe(false)
    expect(listBackups(defaultBackupFolder(t.core.dbFile))).toEqual([])
  })
})
