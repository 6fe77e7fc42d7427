import type { DataSource } from 'typeorm'
import { databaseOptions, openDatabase } from '../db/data-source'
import { describeTarget, type DatabaseTarget } from '../db/database-target'
import { readChangeNumber, watchChanges, type ChangeWatch } from '../db/change-feed'
import { seedReferenceData } from '../db/seed/reference'

export interface CoreOptions {
  /** SQLite file path (used when `database` is not given). */
  dbFile?: string
  /** The database to open: a SQLite file or the office's PostgreSQL server (see resolveDatabaseTarget). */
  database?: DatabaseTarget
  /** The sample database: shown as such in the app. */
  demo?: boolean
  /** The clock, replaceable in tests. */
  clock?: () => Date
  /** Where unexpected errors go (with detail); defaults to console.error. */
  logError?: (message: string, error: unknown) => void
}

/** The running core: the database plus what dispatch needs. Shells create one and pass it to dispatch. */
export interface Core {
  ds: DataSource
  demo: boolean
  clock: () => Date
  logError: (message: string, error: unknown) => void
  /** The Nomor Perubahan as last seen (polled, and on PostgreSQL pushed by NOTIFY): what the renderer polls. */
  changes: ChangeWatch
  /** Serialises calls: SQLite has one writer, and TypeORM's sqlite driver has one connection. */
  run<T>(work: () => Promise<T>): Promise<T>
  close(): Promise<void>
}

/**
 * The PostgreSQL server was opened and its schema is current, but this version's services still speak SQLite's SQL
 * (their move onto TypeORM queries is the next step of issue 9), so the app stops here instead of failing mid-work.
 */
export class PostgresNotReadyError extends Error {
  override name = 'PostgresNotReadyError'
  constructor(where: string) {
    super(
      `Basis data PostgreSQL ${where} dapat dihubungi dan skemanya sudah mutakhir, tetapi Sidara versi ini belum dapat ` +
        'bekerja di PostgreSQL (surat, disposisi, inventaris masih memakai SQLite). Jalankan tanpa --database atau SIDARA_DATABASE_URL.',
    )
  }
}

export async function createCore(options: CoreOptions): Promise<Core> {
  const target: DatabaseTarget = options.database ?? { engine: 'sqlite', file: options.dbFile ?? ':memory:' }
  const ds = await openDatabase(databaseOptions(target))
  if (target.engine === 'postgres') {
    await ds.destroy()
    throw new PostgresNotReadyError(describeTarget(target))
  }
  await seedReferenceData(ds)
  let tail: Promise<unknown> = Promise.resolve()
  const run = <T>(work: () => Promise<T>): Promise<T> => {
    const next = tail.then(work, work)
    tail = next.catch(() => undefined)
    return next
  }
  // Reads go through the queue: on SQLite a read beside an open transaction would join it (DATABASE.md section 1).
  const changes = await watchChanges({
    read: () => run(() => readChangeNumber(ds)),
    listen: ds.options.type === 'postgres' ? ds.options : undefined,
    logWarning: (m, e) => (options.logError ?? ((msg, err) => console.error(msg, err)))(m, e),
  })
  return {
    ds,
    changes,
    demo: options.demo ?? false,
    clock: options.clock ?? (() => new Date()),
    logError: options.logError ?? ((m, e) => console.error(m, e)),
    run,
    async close() {
      await changes.stop()
      await tail.catch(() => undefined)
      if (ds.isInitialized) await ds.destroy()
    },
  }
}
