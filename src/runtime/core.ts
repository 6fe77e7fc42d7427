import type { DataSource, EntityManager } from 'typeorm'
import { databaseOptions, openDatabase } from '../db/data-source'
import { openSqliteReader } from '../db/reader'
import { describeTarget, type DatabaseTarget } from '../db/database-target'
import { readChangeNumber, watchChanges, type ChangeWatch } from '../db/change-feed'
import { seedReferenceData } from '../db/seed/reference'
import { shippedNumberFormats } from '../sops/registry'
import { signNewAnchor } from '../services/audit-seal/anchor'
import { defaultKeyFile, fileKeySource, memoryKeySource, type AnchorKeySource } from '../services/audit-seal/key'
import { defaultDataDir } from './paths'
import { defaultServerKeyFile, sealOrCheckServer, serverKeySource, type KeyHelp } from './server-audit-key'
import { backupBeforeMigrations } from '../services/backup/automatic'
import { jobFinished } from '../services/backup/jobs'

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
  /**
   * Where the audit anchor key comes from. Default for a SQLite file: an owner-only key file beside it. Default for a
   * PostgreSQL server (every desk on it must hold the same key, src/runtime/server-audit-key.ts): the file named by env
   * SIDARA_AUDIT_KEY_FILE, else `<data folder>/kunci-segel-<server id>.key` (see defaultDataDir).
   */
  auditKey?: AnchorKeySource
  /** On a server: how this shell's user imports the key, ending the Indonesian refusal (default: browser mode's). */
  auditKeyHelp?: KeyHelp
}

/** The running core: the database plus what dispatch needs. Shells create one and pass it to dispatch. */
export interface Core {
  /** The open database; replaced (never mutated in place) by a restore. */
  ds: DataSource
  /** The SQLite file behind `ds`; '' on a PostgreSQL server (its backups are the server's own, pg_dump). */
  dbFile: string
  demo: boolean
  clock: () => Date
  logError: (message: string, error: unknown) => void
  /** The Nomor Perubahan as last seen (polled, and on PostgreSQL pushed by NOTIFY): what the renderer polls. */
  changes: ChangeWatch
  /** The secret that seals the audit chain (never stored in the database). */
  auditKey: AnchorKeySource
  /** Serialises calls: SQLite has one writer, and TypeORM's sqlite driver has one connection. */
  run<T>(work: () => Promise<T>): Promise<T>
  /**
   * Runs a read beside the queue, so it neither waits for the calls queued before it nor holds up those after it:
   * `work` gets the EntityManager to read with, which sees only committed data. On a SQLite file that is a second,
   * read-only connection (src/db/reader.ts; a write there fails); on PostgreSQL a connection of the pool (MVCC). On
   * a memory database (tests, no second connection possible) the read goes through `run` as before. Every statement
   * reads the last commit, so two reads of one call may see a write that committed between them, as on a server.
   * Waits while `reopen` replaces the file; `reopen` and `close` wait for the reads under way.
   */
  read<T>(work: (em: EntityManager) => Promise<T>): Promise<T>
  /**
   * Closes the database, lets `work` replace the file, and opens it again (migrations, reference data, anchor).
   * Call only inside `run`, so no other call sees the database closed.
   */
  reopen(work: () => Promise<void>): Promise<void>
  close(): Promise<void>
}

/** Browser mode's way to bring the key to a desk (Electron passes its own: the startup dialog). */
export const BROWSER_KEY_HELP: KeyHelp = {
  how: 'simpan teksnya sebagai berkas dan jalankan Sidara dengan --audit-key-file BERKAS (atau env SIDARA_AUDIT_KEY_FILE).',
}

/**
 * The key source createCore uses for a server when the shell gives none (see CoreOptions.auditKey): env
 * SIDARA_AUDIT_KEY_FILE, else `<dataDir>/kunci-segel-<server id>.key` (dataDir default: defaultDataDir()).
 */
export function defaultServerKeySource(
  target: Extract<DatabaseTarget, { engine: 'postgres' }>,
  where: { env?: NodeJS.ProcessEnv; dataDir?: string } = {},
): AnchorKeySource {
  const env = where.env ?? process.env
  return serverKeySource(env.SIDARA_AUDIT_KEY_FILE || defaultServerKeyFile(where.dataDir ?? defaultDataDir(env), target.connection))
}

/**
 * Opens the database and brings it to a usable state: on a SQLite file a backup before pending migrations; then
 * migrations, reference data, anchor.
 */
async function openPrepared(target: DatabaseTarget, auditKey: AnchorKeySource, clock: () => Date, help: KeyHelp): Promise<DataSource> {
  const file = target.engine === 'sqlite' ? target.file : ':memory:'
  const ds = await openDatabase(
    target.engine === 'postgres' ? databaseOptions(target) : { file, beforeMigrations: file === ':memory:' ? undefined : (d) => backupBeforeMigrations(d, file, clock()) },
  )
  try {
    await seedReferenceData(ds, shippedNumberFormats())
    // A server's chain is shared: the first desk seals it, every later desk must hold that same key.
    if (target.engine === 'postgres') await sealOrCheckServer(ds, auditKey, describeTarget(target), help, clock().toISOString())
    else await ds.transaction((em) => signNewAnchor(em, auditKey.key(), clock().toISOString()))
  } catch (error) {
    await ds.destroy().catch(() => undefined)
    throw error
  }
  return ds
}

/**
 * Opens (and migrates) the database of `options.database` (or the SQLite file `options.dbFile`, default in memory).
 * Throws SchemaNewerError / DatabaseConnectionError (Indonesian messages); on a server, a refusal naming how to bring
 * the audit seal key to this desk when it does not hold the server's key.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  const target: DatabaseTarget = options.database ?? { engine: 'sqlite', file: options.dbFile ?? ':memory:' }
  const dbFile = target.engine === 'sqlite' ? target.file : ''
  const clock = options.clock ?? (() => new Date())
  const logError = options.logError ?? ((m: string, e: unknown) => console.error(m, e))
  const auditKey =
    options.auditKey ??
    (target.engine === 'postgres' ? defaultServerKeySource(target) : dbFile === ':memory:' ? memoryKeySource() : fileKeySource(defaultKeyFile(dbFile)))
  const help = options.auditKeyHelp ?? BROWSER_KEY_HELP
  let tail: Promise<unknown> = Promise.resolve()
  const run = <T>(work: () => Promise<T>): Promise<T> => {
    const next = tail.then(work, work)
    tail = next.catch(() => undefined)
    return next
  }
  // The read path (Core.read): a SQLite file's second connection; none for a memory database or a server.
  const openReader = () => (target.engine === 'sqlite' && dbFile !== ':memory:' ? openSqliteReader(dbFile) : Promise.resolve(null))
  let reader: DataSource | null = null
  // Set while reopen or close has the database closed: reads wait for it. The reads under way, for them to wait on.
  let paused: Promise<void> | null = null
  const reading = new Set<Promise<unknown>>()
  const pauseReads = async <T>(work: () => Promise<T>): Promise<T> => {
    let resume!: () => void
    paused = new Promise((ok) => (resume = ok))
    try {
      await Promise.allSettled([...reading])
      return await work()
    } finally {
      paused = null
      resume()
    }
  }
  const read = async <T>(work: (em: EntityManager) => Promise<T>): Promise<T> => {
    while (paused) await paused
    if (target.engine === 'sqlite' && !reader) return run(() => work(core.ds.manager))
    const pending = work(reader ? reader.manager : core.ds.manager)
    reading.add(pending)
    try {
      return await pending
    } finally {
      reading.delete(pending)
    }
  }
  const ds = await openPrepared(target, auditKey, clock, help)
  reader = await openReader().catch(async (error: unknown) => {
    await ds.destroy().catch(() => undefined)
    throw error
  })
  const core: Core = {
    ds,
    dbFile,
    demo: options.demo ?? false,
    clock,
    logError,
    changes: undefined as unknown as ChangeWatch, // set just below, once `core` exists for its reads
    auditKey,
    run,
    read,
    reopen: (work) =>
      pauseReads(async () => {
        if (reader?.isInitialized) await reader.destroy()
        reader = null
        if (core.ds.isInitialized) await core.ds.destroy()
        try {
          await work()
        } finally {
          core.ds = await openPrepared(target, auditKey, clock, help)
          reader = await openReader()
        }
      }),
    async close() {
      // A backup or restore under way finishes first: closing under it would leave a half-written file.
      await jobFinished(core)
      await core.changes.stop()
      await tail.catch(() => undefined)
      await pauseReads(async () => {
        if (reader?.isInitialized) await reader.destroy()
        if (core.ds.isInitialized) await core.ds.destroy()
      })
    },
  }
  // Beside the queue: a poll must not wait behind a long write (on SQLite it reads the committed number).
  core.changes = await watchChanges({
    read: () => read((em) => readChangeNumber(em)),
    listen: core.ds.options.type === 'postgres' ? core.ds.options : undefined,
    logWarning: (m, e) => logError(m, e),
  })
  return core
}
