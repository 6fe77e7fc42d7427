import type { DataSource } from 'typeorm'
import { openDatabase } from '../db/data-source'
import { seedReferenceData } from '../db/seed/reference'
import { signNewAnchor } from '../services/audit-seal/anchor'
import { defaultKeyFile, fileKeySource, memoryKeySource, type AnchorKeySource } from '../services/audit-seal/key'

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
  ds: DataSource
  demo: boolean
  clock: () => Date
  logError: (message: string, error: unknown) => void
  /** The secret that seals the audit chain (never stored in the database). */
  auditKey: AnchorKeySource
  /** Serialises calls: SQLite has one writer, and TypeORM's sqlite driver has one connection. */
  run<T>(work: () => Promise<T>): Promise<T>
  close(): Promise<void>
}

export async function createCore(options: CoreOptions): Promise<Core> {
  const ds = await openDatabase({ file: options.dbFile })
  await seedReferenceData(ds)
  const auditKey = options.auditKey ?? (options.dbFile === ':memory:' ? memoryKeySource() : fileKeySource(defaultKeyFile(options.dbFile)))
  await ds.transaction((em) => signNewAnchor(em, auditKey.key(), (options.clock ?? (() => new Date()))().toISOString()))
  let tail: Promise<unknown> = Promise.resolve()
  return {
    ds,
    demo: options.demo ?? false,
    clock: options.clock ?? (() => new Date()),
    logError: options.logError ?? ((m, e) => console.error(m, e)),
    auditKey,
    run<T>(work: () => Promise<T>): Promise<T> {
      const next = tail.then(work, work)
      tail = next.catch(() => undefined)
      return next
    },
    async close() {
      await tail.catch(() => undefined)
      if (ds.isInitialized) await ds.destroy()
    },
  }
}
