import type { DataSource } from 'typeorm'
import { openDatabase } from '../db/data-source'
import { seedReferenceData } from '../db/seed/reference'
import { signNewAnchor } from '../services/audit-seal/anchor'
import { defaultKeyFile, fileKeySource, memoryKeySource, type AnchorKeySource } from '../services/audit-seal/key'
import { backupBeforeMigrations } from '../services/backup/automatic'
import { jobFinished } from '../services/backup/jobs'

export interface CoreOptions {
  /** SQLite file path. */
  dbFile: string
  /** The sample database: shown as such in the app. */
  demo?: boolean
  /** The clock, replaceable in tests. */
  clock?: () => Date
  /** Where unexpected errors go (with detail); defaults to console.error. */
  logError?: (message: string, error: unknown) => void
  /** Where the audit anchor key comes from; defaults to an owner-only key file beside the database. */
  auditKey?: AnchorKeySource
}

/** The running core: the database plus what dispatch needs. Shells create one and pass it to dispatch. */
export interface Core {
  /** The open database; replaced (never mutated in place) by a restore. */
  ds: DataSource
  /** The SQLite file behind `ds`. */
  dbFile: string
  demo: boolean
  clock: () => Date
  logError: (message: string, error: unknown) => void
  /** The secret that seals the audit chain (never stored in the database). */
  auditKey: AnchorKeySource
  /** Serialises calls: SQLite has one writer, and TypeORM's sqlite driver has one connection. */
  run<T>(work: () => Promise<T>): Promise<T>
  /**
   * Closes the database, lets `work` replace the file, and opens it again (migrations, reference data, anchor).
   * Call only inside `run`, so no other call sees the database closed.
   */
  reopen(work: () => Promise<void>): Promise<void>
  close(): Promise<void>
}

/** Opens the file and brings it to a usable state: a backup before pending migrations, migrations, reference data, anchor. */
async function openPrepared(file: string, auditKey: AnchorKeySource, clock: () => Date): Promise<DataSource> {
  const ds = await openDatabase({ file, beforeMigrations: file === ':memory:' ? undefined : (d) => backupBeforeMigrations(d, file, clock()) })
  await seedReferenceData(ds)
  await ds.transaction((em) => signNewAnchor(em, auditKey.key(), clock().toISOString()))
  return ds
}

export async function createCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? (() => new Date())
  const auditKey = options.auditKey ?? (options.dbFile === ':memory:' ? memoryKeySource() : fileKeySource(defaultKeyFile(options.dbFile)))
  let tail: Promise<unknown> = Promise.resolve()
  const core: Core = {
    ds: await openPrepared(options.dbFile, auditKey, clock),
    dbFile: options.dbFile,
    demo: options.demo ?? false,
    clock,
    logError: options.logError ?? ((m, e) => console.error(m, e)),
    auditKey,
    run<T>(work: () => Promise<T>): Promise<T> {
      const next = tail.then(work, work)
      tail = next.catch(() => undefined)
      return next
    },
    async reopen(work) {
      if (core.ds.isInitialized) await core.ds.destroy()
      try {
        await work()
      } finally {
        core.ds = await openPrepared(core.dbFile, auditKey, clock)
      }
    },
    async close() {
      // A backup or restore under way finishes first: closing under it would leave a half-written file.
      await jobFinished(core)
      await tail.catch(() => undefined)
      if (core.ds.isInitialized) await core.ds.destroy()
    },
  }
  return core
}
