import 'reflect-metadata'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { DataSource } from 'typeorm'
import { explainConnectionError, schemaUpdateNeeded } from './connection-errors'
import { tlsOptions, type DatabaseTarget, type PostgresConnection } from './database-target'
import { postgresEntities } from './engines/postgres-entities'
import { entities } from './entities'
import { migrations } from './migrations'
import { postgresMigrations } from './migrations/postgres'
import { assertSchemaNotNewer } from './schema-guard'

export interface DatabaseOptions {
  /** Path of the SQLite file (created if missing). Ignored when `postgres` is given. */
  file?: string
  /** The office's PostgreSQL server instead of a local file. */
  postgres?: PostgresConnection
  /** Print SQL (debugging only). */
  logging?: boolean
  /** Runs before pending migrations on a database that already has a schema (Sidara's pre-migration backup). */
  beforeMigrations?: (ds: DataSource) => Promise<void>
}

/** The options for a target: `{ file }` for SQLite, `{ postgres }` for the server. */
export function databaseOptions(target: DatabaseTarget): DatabaseOptions {
  return target.engine === 'sqlite' ? { file: target.file } : { postgres: target.connection }
}

// Any fixed number: every Sidara on one server takes this advisory lock while it checks and migrates the schema, so
// two PCs starting at once do not both run the same migration.
const MIGRATION_LOCK = 7_641_900

/**
 * Opens the database and brings its schema up to date. Schema changes come only from committed migrations
 * (never `synchronize`), so every installation runs the same, reviewable SQL; each engine has its own list
 * (src/db/migrations for SQLite, src/db/migrations/postgres for PostgreSQL).
 * Throws SchemaNewerError (Indonesian message) without writing anything when the database was migrated by a newer
 * Sidara; a server that cannot be reached or logged into gives a DatabaseConnectionError with an Indonesian message.
 */
export async function openDatabase(options: DatabaseOptions): Promise<DataSource> {
  return options.postgres ? openPostgres(options.postgres, options.logging) : openSqlite(options.file ?? ':memory:', options.logging, options.beforeMigrations)
}

async function openSqlite(file: string, logging = false, beforeMigrations?: DatabaseOptions['beforeMigrations']): Promise<DataSource> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
  const ds = new DataSource({
    type: 'sqlite',
    database: file,
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    logging,
    // WAL lets readers work while a write is under way; the busy timeout makes a second process wait, not fail.
    enableWAL: true,
    busyTimeout: 5000,
  })
  await ds.initialize()
  try {
    await ds.query('PRAGMA foreign_keys = ON')
    // FULL: a registration is on disk before it is acknowledged, so a power cut cannot hand a Nomor Agenda out twice
    // (NORMAL in WAL mode may lose the last commits). The cost per registration is measured by `npm run bench`.
    await ds.query('PRAGMA synchronous = FULL')
    await assertSchemaNotNewer(ds)
    if (beforeMigrations && (await hasSchema(ds)) && (await ds.showMigrations())) await beforeMigrations(ds)
    await ds.runMigrations({ transaction: 'each' })
  } catch (error) {
    await ds.destroy()
    throw error
  }
  return ds
}

/** A DataSource for the server, not yet initialised (also used by the connection test). */
export function postgresDataSource(c: PostgresConnection, logging = false): DataSource {
  return new DataSource({
    type: 'postgres',
    host: c.host,
    port: c.port,
    username: c.user,
    password: c.password,
    database: c.database,
    ssl: tlsOptions(c),
    applicationName: 'Sidara',
    connectTimeoutMS: 10_000,
    entities: postgresEntities,
    migrations: postgresMigrations,
    migrationsRun: false,
    synchronize: false,
    logging,
  })
}

async function openPostgres(c: PostgresConnection, logging = false): Promise<DataSource> {
  const ds = postgresDataSource(c, logging)
  // Driver errors ("ECONNREFUSED", SQLSTATE 28P01 ...) become a message the user can act on.
  await ds.initialize().catch((error: unknown) => {
    throw explainConnectionError(error, c)
  })
  try {
    const qr = ds.createQueryRunner()
    await qr.connect()
    try {
      await qr.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK])
      await assertSchemaNotNewer(ds)
      // All or nothing: a failed migration leaves the server's schema as it was.
      await ds.runMigrations({ transaction: 'all' }).catch((error: unknown) => {
        // SQLSTATE 42501 insufficient_privilege: the day-to-day role may not change the schema (README set-up).
        throw (error as { driverError?: { code?: string } }).driverError?.code === '42501' ? schemaUpdateNeeded(c.user, error) : error
      })
    } finally {
      await qr.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined)
      await qr.release()
    }
  } catch (error) {
    await ds.destroy()
    throw error
  }
  return ds
}

/** Whether migrations already ran here (a new, empty file has nothing to back up). */
async function hasSchema(ds: DataSource): Promise<boolean> {
  const rows: { n: number }[] = await ds.query(`SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'migrations'`)
  return Number(rows[0]?.n) > 0
}
