import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPgTestDatabase, PG_CA, PG_URL, type PgTestDatabase } from '../testing/postgres'
import { testDatabaseConnection } from './connection-test'
import { openDatabase } from '../db/data-source'
import { DatabaseConnectionError } from '../db/connection-errors'
import { parsePostgresUrl } from '../db/database-target'

/** The test server's URL with some parts replaced. */
function variant(change: (u: URL) => void): string {
  const u = new URL(PG_URL!)
  change(u)
  return u.toString()
}

describe('testDatabaseConnection without a server', () => {
  it('says the host cannot be reached when nothing listens on the port', async () => {
    const r = await testDatabaseConnection('postgres://sidara:rahasia@127.0.0.1:1/sidara')
    expect(r).toEqual({ ok: false, problem: 'host', message: expect.stringMatching(/^Server basis data 127\.0\.0\.1:1 tidak dapat dihubungi\./) })
  })

  it('says what is wrong with an address it cannot read, and never throws', async () => {
    expect(await testDatabaseConnection('sidara.sqlite')).toMatchObject({ ok: false, problem: 'address', message: expect.stringMatching(/tidak dapat dibaca/) })
  })

  it('the app start gives the same message as a DatabaseConnectionError', async () => {
    const error = await openDatabase({ postgres: parsePostgresUrl('postgres://sidara:rahasia@127.0.0.1:1/sidara') }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DatabaseConnectionError)
    expect(error).toMatchObject({ problem: 'host', message: expect.stringMatching(/tidak dapat dihubungi/) })
  })
})

describe.runIf(PG_URL)('testDatabaseConnection against the real server', () => {
  let db: PgTestDatabase
  beforeAll(async () => {
    db = await createPgTestDatabase()
  })
  afterAll(async () => db?.drop())

  it('wrong password', async () => {
    const r = await testDatabaseConnection(variant((u) => (u.password = 'salah-sekali')))
    expect(r).toEqual({ ok: false, problem: 'password', message: `Nama pengguna atau kata sandi salah untuk pengguna "${new URL(PG_URL!).username}". Periksa keduanya pada pengaturan basis data.` })
  })

  it('unknown user reads as the same (the server does not say which users exist)', async () => {
    expect(await testDatabaseConnection(variant((u) => (u.username = 'bukan_pengguna_sidara')))).toMatchObject({ ok: false, problem: 'password' })
  })

  it('database missing', async () => {
    const r = await testDatabaseConnection(variant((u) => (u.pathname = '/sidara_tidak_ada')))
    expect(r).toMatchObject({ ok: false, problem: 'database', message: expect.stringMatching(/^Basis data "sidara_tidak_ada" tidak ada di server 127\.0\.0\.1:\d+\./) })
  })

  it('TLS asked of a server without it', async () => {
    const ssl = (await db.sql<{ ssl: string }>(`SELECT current_setting('ssl') AS ssl`))[0].ssl
    const r = await testDatabaseConnection(`${db.url}?sslmode=require`)
    if (ssl === 'off') expect(r).toMatchObject({ ok: false, problem: 'tls', message: expect.stringMatching(/server tidak menyediakan TLS/) })
    // With TLS on (a self-signed certificate, as Debian sets it up) verification fails: no CA vouches for it.
    else expect(r).toMatchObject({ ok: false, problem: 'tls', message: expect.stringMatching(/sertifikat server tidak dapat dipercaya/) })
  })

  it('an empty database, then a current one, then one whose schema is newer than this app', async () => {
    expect(await testDatabaseConnection(db.url)).toMatchObject({ ok: true, schema: 'kosong', message: expect.stringMatching(/^Koneksi berhasil: PostgreSQL \d+\.\d+, basis data masih kosong/) })

    await (await openDatabase({ postgres: db.connection })).destroy()
    expect(await testDatabaseConnection(db.connection)).toMatchObject({ ok: true, schema: 'mutakhir', message: expect.stringContaining('skema Sidara sudah mutakhir') })

    await db.sql(`DELETE FROM migrations WHERE name = 'AuditAppendOnly1764000900000'`)
    expect(await testDatabaseConnection(db.url)).toMatchObject({ ok: true, schema: 'perlu-diperbarui' })

    await db.sql(`INSERT INTO migrations (timestamp, name) VALUES (1799999999999, 'Masa1799999999999')`)
    const r = await testDatabaseConnection(db.url)
    expect(r).toMatchObject({ ok: false, problem: 'schema-newer', message: expect.stringMatching(/^Skema basis data lebih baru daripada aplikasi Sidara ini .*Masa1799999999999/) })
    expect((await db.sql('SELECT name FROM migrations WHERE name = $1', ['Masa1799999999999'])).length).toBe(1)
  })
})

describe.runIf(PG_CA)('TLS against the real server, verified with the office CA file', () => {
  let db: PgTestDatabase
  beforeAll(async () => {
    db = await createPgTestDatabase()
  })
  afterAll(async () => db?.drop())

  it('connects when the server certificate is signed by the given CA, and the connection is encrypted', async () => {
    expect(await testDatabaseConnection(db.url, { caFile: PG_CA })).toMatchObject({ ok: true })
    const ds = await openDatabase({ postgres: parsePostgresUrl(db.url, { caFile: PG_CA }) })
    try {
      const [row] = await ds.query('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()')
      expect(row.ssl).toBe(true)
    } finally {
      await ds.destroy()
    }
  })

  it('refuses the same server when only the system CAs are trusted', async () => {
    const untrusted = await testDatabaseConnection(`${db.url}?sslmode=verify-full`)
    expect(untrusted).toMatchObject({ ok: false, problem: 'tls', message: expect.stringMatching(/sertifikat server tidak dapat dipercaya/) })
  })
})
