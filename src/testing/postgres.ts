import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { parsePostgresUrl, type PostgresConnection } from '../db/database-target'

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

/** Creates an empty database `sidara_t_<random>` on the test server. Needs PG_URL. */
export async function createPgTestDatabase(): Promise<PgTestDatabase> {
  if (!PG_URL) throw new Error('SIDARA_TEST_PG_URL is not set')
  const name = `sidara_t_${randomBytes(5).toString('hex')}`
  await adminQuery(`CREATE DATABASE ${name}`)
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
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
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
