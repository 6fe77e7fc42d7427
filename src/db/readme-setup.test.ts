import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import pg from 'pg'
import type { DataSource } from 'typeorm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminQuery, PG_URL } from '../testing/postgres'
import { testDatabaseConnection } from '../runtime/connection-test'
import { openDatabase } from './data-source'
import { parsePostgresUrl } from './database-target'
import { AuditEntry, Opd } from './entities'

// The README's server set-up, run as written (with names of this test's own instead of sidara_owner, sidara_app,
// sidara and the sample passwords), proves that its grants let the app work and keep audit rows append-only.

const README = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8')

/** The SQL block after the marker `<!-- pg-setup:N -->`. */
function setupBlock(n: number): string {
  const m = new RegExp(`<!-- pg-setup:${n} -->\\s*\`\`\`sql\\n([\\s\\S]*?)\`\`\``).exec(README)
  if (!m) throw new Error(`README has no pg-setup:${n} block`)
  return m[1]
}

const id = randomBytes(4).toString('hex')
const names = { owner: `sidara_r${id}_owner`, app: `sidara_r${id}_app`, db: `sidara_r${id}`, ownerPass: `pemilik-${id}`, appPass: `aplikasi-${id}` }

function rename(sql: string): string {
  return sql
    .replaceAll('sidara_owner', '\u0001')
    .replaceAll('sidara_app', '\u0002')
    .replaceAll('ganti-sandi-pemilik', names.ownerPass)
    .replaceAll('ganti-sandi-aplikasi', names.appPass)
    .replace(/\bsidara\b/g, names.db)
    .replaceAll('\u0001', names.owner)
    .replaceAll('\u0002', names.app)
}

function urlFor(user: string, password: string, database: string): string {
  const u = new URL(PG_URL!)
  u.username = user
  u.password = password
  u.pathname = `/${database}`
  return u.toString()
}

/**
 * Runs a README block the way psql would: statement by statement, `\connect DB` switching database. The test role is
 * not a superuser, so it first joins the owner role (a superuser needs no such step).
 */
async function runBlock(sql: string): Promise<void> {
  const testRole = new URL(PG_URL!)
  let client = new pg.Client({ connectionString: PG_URL })
  await client.connect()
  try {
    let statement = ''
    for (const line of rename(sql).split('\n')) {
      const connect = /^\\connect\s+(\w+)/.exec(line)
      if (connect) {
        await client.end()
        client = new pg.Client({ connectionString: urlFor(decodeURIComponent(testRole.username), decodeURIComponent(testRole.password), connect[1]) })
        await client.connect()
        continue
      }
      if (/^\s*(--.*)?$/.test(line)) continue
      statement += line + '\n'
      if (!line.trimEnd().endsWith(';')) continue
      await client.query(statement)
      if (statement.startsWith(`CREATE ROLE ${names.owner} `)) await client.query(`GRANT ${names.owner} TO ${testRole.username}`)
      statement = ''
    }
    expect(statement.trim(), 'an unfinished statement').toBe('')
  } finally {
    await client.end()
  }
}

describe.runIf(PG_URL)('README: setting up the server', () => {
  let app: DataSource | undefined

  beforeAll(async () => {
    await runBlock(setupBlock(1))
    const owner = await openDatabase({ postgres: parsePostgresUrl(urlFor(names.owner, names.ownerPass, names.db)) })
    await owner.destroy()
    await runBlock(setupBlock(2))
    app = await openDatabase({ postgres: parsePostgresUrl(urlFor(names.app, names.appPass, names.db)) })
  })
  afterAll(async () => {
    await app?.destroy()
    // A closed client's backend ends a moment later, and FORCE may not end another role's backend (PostgreSQL 15: the
    // administrator is not a member of the roles it created): wait for them to go (a clean-clone run failed here once).
    for (let i = 0; i < 100; i++) {
      const { rows } = await adminQuery(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1`, [names.db])
      if (rows[0].n === 0) break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    await adminQuery(`DROP DATABASE IF EXISTS ${names.db} WITH (FORCE)`)
    await adminQuery(`DROP ROLE IF EXISTS ${names.app}`)
    await adminQuery(`DROP ROLE IF EXISTS ${names.owner}`)
  })

  it('lets the app role open the installed schema and read, add and change records', async () => {
    const opd = app!.getRepository(Opd)
    const saved = await opd.save({ nama: 'Dinas Pendidikan', aktif: true, createdAt: '2026-11-30', updatedAt: '2026-11-30' })
    await opd.update({ id: saved.id }, { singkatan: 'DISDIK' })
    expect(await opd.findOneByOrFail({ id: saved.id })).toMatchObject({ singkatan: 'DISDIK' })
  })

  it('lets the app role add audit rows but not change, delete or truncate them', async () => {
    const audit = app!.getRepository(AuditEntry)
    await audit.insert({ at: '2026-11-30T10:00:00.000Z', operation: 'uji', entityType: 'opd', entityId: '1', prevHash: '0'.repeat(64), hash: 'b'.repeat(64) })
    await expect(app!.query(`UPDATE audit_log SET reason = 'dipalsukan'`)).rejects.toThrow(/permission denied/)
    await expect(app!.query('DELETE FROM audit_log')).rejects.toThrow(/permission denied/)
    await expect(app!.query('TRUNCATE audit_log')).rejects.toThrow(/permission denied/)
    expect(await audit.count()).toBe(1)
  })

  it('tells the app role, on start and in the connection test, that the administrator must update the schema', async () => {
    const appUrl = urlFor(names.app, names.appPass, names.db)
    expect(await testDatabaseConnection(appUrl)).toMatchObject({ ok: true, schema: 'mutakhir' })
    // As if this app were newer than the installed schema: its last migration is not yet recorded on the server.
    const owner = new pg.Client({ connectionString: urlFor(names.owner, names.ownerPass, names.db) })
    await owner.connect()
    try {
      const [last] = (await owner.query(`DELETE FROM migrations WHERE id = (SELECT max(id) FROM migrations) RETURNING timestamp, name`)).rows
      const message = /^Skema basis data perlu diperbarui untuk versi Sidara ini, tetapi pengguna "sidara_r\w+_app" tidak berhak mengubah skema\./
      expect(await testDatabaseConnection(appUrl)).toMatchObject({ ok: false, problem: 'schema-update', message: expect.stringMatching(message) })
      await expect(openDatabase({ postgres: parsePostgresUrl(appUrl) })).rejects.toMatchObject({ problem: 'schema-update', message: expect.stringMatching(message) })
      await owner.query('INSERT INTO migrations (timestamp, name) VALUES ($1, $2)', [last.timestamp, last.name])
    } finally {
      await owner.end()
    }
  })

  it('does not let the app role change the schema', async () => {
    await expect(app!.query('CREATE TABLE coba (x integer)')).rejects.toThrow(/permission denied/)
    await expect(app!.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete')).rejects.toThrow(/must be owner/)
  })
})
