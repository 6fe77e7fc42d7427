import 'reflect-metadata'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { DataSource } from 'typeorm'
import { entities } from './entities'
import { migrations } from './migrations'

export interface DatabaseOptions {
  /** Path of the SQLite file (created if missing). */
  file: string
  /** Print SQL (debugging only). */
  logging?: boolean
  /** Runs before pending migrations on a database that already has a schema (Sidara's pre-migration backup). */
  beforeMigrations?: (ds: DataSource) => Promise<void>
}

/**
 * Opens the database and brings its schema up to date. Schema changes come only from committed migrations
 * (never `synchronize`), so every installation runs the same, reviewable SQL.
 */
export async function openDatabase(options: DatabaseOptions): Promise<DataSource> {
  if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true })
  const ds = new DataSource({
    type: 'sqlite',
    database: options.file,
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    logging: options.logging ?? false,
    // WAL lets readers work while a write is under way; the busy timeout makes a second process wait, not fail.
    enableWAL: true,
    busyTimeout: 5000,
  })
  await ds.initialize()
  await ds.query('PRAGMA foreign_keys = ON')
  // FULL: a registration is on disk before it is acknowledged, so a power cut cannot hand a Nomor Agenda out twice
  // (NORMAL in WAL mode may lose the last commits). The cost per registration is measured by `npm run bench`.
  await ds.query('PRAGMA synchronous = FULL')
  if (options.beforeMigrations && (await hasSchema(ds)) && (await ds.showMigrations())) await options.beforeMigrations(ds)
  await ds.runMigrations({ transaction: 'each' })
  return ds
}

/** Whether migrations already ran here (a new, empty file has nothing to back up). */
async function hasSchema(ds: DataSource): Promise<boolean> {
  const rows: { n: number }[] = await ds.query(`SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'migrations'`)
  return Number(rows[0]?.n) > 0
}
