import pg from 'pg'
import { DatabaseConnectionError, explainConnectionError, schemaUpdateNeeded, type ConnectionProblem } from '../db/connection-errors'
import { parsePostgresUrl, tlsOptions, type PostgresConnection } from '../db/database-target'
import { postgresMigrations } from '../db/migrations/postgres'
import { SchemaNewerError } from '../db/schema-guard'

/** The answer of "Uji Koneksi": either what the server is and how its schema stands, or what is wrong. */
export type ConnectionTestResult =
  | {
      ok: true
      /** e.g. "15.18" */
      serverVersion: string
      /** 'kosong': no Sidara schema yet (installed at the first start); 'perlu-diperbarui': this app adds migrations; 'mutakhir': same as this app. */
      schema: 'kosong' | 'perlu-diperbarui' | 'mutakhir'
      message: string
    }
  | { ok: false; problem: ConnectionProblem; message: string }

/**
 * Tries a PostgreSQL address the way Sidara would use it, changing nothing on the server: connects (TLS as asked),
 * reads the server version and which migrations are applied. Never throws; a failure comes back as a problem kind and
 * an Indonesian message (host unreachable, wrong password, database missing, schema newer than this app, ...).
 * `timeoutMs` bounds the connection attempt (default 8 s).
 */
export async function testDatabaseConnection(
  target: string | PostgresConnection,
  options: { caFile?: string; timeoutMs?: number } = {},
): Promise<ConnectionTestResult> {
  let c: PostgresConnection | undefined
  let client: pg.Client | undefined
  try {
    c = typeof target === 'string' ? parsePostgresUrl(target, { caFile: options.caFile }) : target
    client = new pg.Client({
      host: c.host,
      port: c.port,
      user: c.user,
      password: c.password,
      database: c.database,
      ssl: tlsOptions(c),
      connectionTimeoutMillis: options.timeoutMs ?? 8000,
      application_name: 'Sidara (uji koneksi)',
    })
    // A failed connect emits 'error' as well as rejecting; without a listener that would crash the process.
    client.on('error', () => undefined)
    await client.connect()
    const version = (await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0].v
    const hasTable = (await client.query<{ t: string | null }>(`SELECT to_regclass('migrations')::text AS t`)).rows[0].t
    const applied = hasTable ? (await client.query<{ name: string }>('SELECT name FROM migrations')).rows.map((r) => r.name) : []
    const known = postgresMigrations.map((M) => new M().name)
    const unknown = applied.filter((n) => !known.includes(n))
    if (unknown.length) throw new SchemaNewerError(unknown)
    const schema = applied.length === 0 ? 'kosong' : known.every((n) => applied.includes(n)) ? 'mutakhir' : 'perlu-diperbarui'
    if (schema !== 'mutakhir') {
      // Installing or updating the schema needs the right to create in it (the owner role of the README's set-up).
      const canCreate = (await client.query<{ ok: boolean }>(`SELECT has_schema_privilege('public', 'CREATE') AS ok`)).rows[0].ok
      if (!canCreate) throw schemaUpdateNeeded(c.user)
    }
    const serverVersion = version.split(' ')[0]
    const state = {
      kosong: 'basis data masih kosong; skema Sidara dipasang saat Sidara pertama dijalankan',
      'perlu-diperbarui': 'skema akan diperbarui saat Sidara dijalankan',
      mutakhir: 'skema Sidara sudah mutakhir',
    }[schema]
    return { ok: true, serverVersion, schema, message: `Koneksi berhasil: PostgreSQL ${serverVersion}, ${state}.` }
  } catch (error) {
    const explained = error instanceof DatabaseConnectionError ? error : explainConnectionError(error, c)
    return { ok: false, problem: explained.problem, message: explained.message }
  } finally {
    await client?.end().catch(() => undefined)
  }
}
