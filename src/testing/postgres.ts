import { createHash, randomBytes } from 'node:crypto'
import pg from 'pg'
import { openDatabase } from '../db/data-source'
import { parsePostgresUrl, type PostgresConnection } from '../db/database-target'
import { postgresMigrations } from '../db/migrations/postgres'
import { seedReferenceData } from '../db/seed/reference'
import { shippedNumberFormats } from '../sops/registry'

/**
 * The test server's URL (a role that may create databases), set by .ci/run; unset on a machine without PostgreSQL,
 * where scripts/test.mjs says so loudly and the PostgreSQL tests report as skipped (use `describe.runIf(PG_URL)`).
 */
export const PG_URL = process.env.SIDARA_TEST_PG_URL || undefined

/** The PEM file of the CA that signed the test server's TLS certificate (set by .ci/run); TLS tests need it. */
export const PG_CA = (PG_URL && process.env.SIDARA_TEST_PG_CA) || undefined

/** A database of its own for one test file (files run in parallel), dropped again by `drop()`. */
export interface PgTestDatabase {
  name: string
  url: string
  connection: PostgresConnection
  /** Runs SQL as the test role on this database (for arranging and inspecting what the app cannot). */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>
  drop(): Promise<void>
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url)
  u.pathname = `/${database}`
  return u.toString()
}

/**
 * Whether createPgTestDatabase({ migrated: true }) copies a template (default) instead of migrating afresh; set
 * SIDARA_TEST_PG_TEMPLATE=0 to compare (DATABASE.md section 7).
 */
export const PG_TEMPLATE = process.env.SIDARA_TEST_PG_TEMPLATE !== '0'

/**
 * The template's name: one per set of PostgreSQL migrations and test role, so a branch with another migration list
 * never copies a stale schema, and two test roles on one server never meet each other's template (only its owner may
 * copy a database that is not marked as a template): `sidara_tpl_<12 hex of the migration names and the role>`.
 */
export function templateName(): string {
  const names = postgresMigrations.map((m) => m.name).join(',')
  const role = PG_URL ? new URL(PG_URL).username : ''
  return `sidara_tpl_${createHash('sha256').update(`${names}|${role}`).digest('hex').slice(0, 12)}`
}

/**
 * Makes sure the template exists: migrated, reference data seeded, anchor NOT sealed (each test core seals it with
 * its own key). Built once per migration set, by whichever test file comes first (an advisory lock makes the other
 * workers wait), under a temporary name renamed when complete, so a crash never leaves half a template.
 */
async function ensureTemplate(): Promise<string> {
  const tpl = templateName()
  const client = new pg.Client({ connectionString: PG_URL })
  await client.connect()
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [tpl])
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [tpl])
    if (found.rowCount) return tpl
    const building = `${tpl}_bau`
    await client.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`)
    await client.query(`CREATE DATABASE ${building}`)
    // A template must have no session when copied: this DataSource is closed before the rename (section 7's trap).
    const ds = await openDatabase({ postgres: parsePostgresUrl(withDatabase(PG_URL!, building)) })
    try {
      await seedReferenceData(ds, shippedNumberFormats())
    } finally {
      await ds.destroy()
    }
    await client.query(`ALTER DATABASE ${building} RENAME TO ${tpl}`)
    return tpl
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [tpl]).catch(() => undefined)
    await client.end()
  }
}

/**
 * Creates a database `sidara_t_<random>` on the test server: empty, or with `migrated` a copy of the migrated
 * template (about 0.1 s instead of about 1 s of migrations per core; see PG_TEMPLATE). Needs PG_URL.
 */
export async function createPgTestDatabase(options: { migrated?: boolean } = {}): Promise<PgTestDatabase> {
  if (!PG_URL) throw new Error('SIDARA_TEST_PG_URL is not set')
  const name = `sidara_t_${randomBytes(5).toString('hex')}`
  await adminQuery(options.migrated && PG_TEMPLATE ? `CREATE DATABASE ${name} TEMPLATE ${await ensureTemplate()}` : `CREATE DATABASE ${name}`)
  const url = withDatabase(PG_URL, name)
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  return {
    name,
    url,
    connection: parsePostgresUrl(url),
    async sql<T>(text: string, params: unknown[] = []) {
      return (await client.query(text, params)).rows as T[]
    },
    async drop() {
      await client.end().catch(() => undefined)
      // An autovacuum worker (a superuser's process, after a test's bulk insert) may be on the database; FORCE cannot
      // end it for a non-superuser role (42501), and it leaves within moments: try again.
      for (let attempt = 1; ; attempt++) {
        try {
          await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
          return
        } catch (error) {
          if ((error as { code?: string }).code !== '42501' || attempt >= 20) throw error
          await new Promise((resolve) => setTimeout(resolve, 250))
        }
      }
    },
  }
}

/** Runs one statement on the test role's own database (CREATE/DROP DATABASE, roles). */
export async function adminQuery(text: string, params: unknown[] = []): Promise<pg.QueryResult> {
  if (!PG_URL) throw new Error('SIDARA_TEST_PG_URL is not set')
  const client = new pg.Client({ connectionString: PG_URL })
  await client.connect()
  try {
    return await client.query(text, params)
  } finally {
    await client.end()
  }
}
