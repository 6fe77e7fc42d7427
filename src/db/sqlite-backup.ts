import type { Database } from 'sqlite3'
import type { DataSource } from 'typeorm'

// The SQLite-specific part of Cadangan, in one place. A PostgreSQL engine backs up on the server instead.

/** Pages copied per step: small enough that other calls wait only milliseconds between steps. */
const PAGES_PER_STEP = 256

interface SqliteBackup {
  step(pages: number, callback: (error: Error | null) => void): void
  finish(callback?: (error: Error | null) => void): void
  readonly completed: boolean
  readonly failed: boolean
  readonly remaining: number
  readonly pageCount: number
}

/**
 * Copies the live database to `target` through SQLite's online backup API: a consistent snapshot that includes
 * what is still in the `-wal` file (a file copy misses it). Each step runs through `runStep` (the core's work queue),
 * so no transaction is open while pages are read and other calls go on between steps. `onProgress` gets 0..1.
 * `atEnd` runs in the same queue slot as the last step, so what it reads matches the copy exactly.
 */
export async function onlineBackup<T>(
  ds: DataSource,
  target: string,
  runStep: <R>(work: () => Promise<R>) => Promise<R>,
  onProgress: (fraction: number) => void,
  atEnd: () => Promise<T>,
): Promise<T> {
  const db = (ds.driver as unknown as { databaseConnection: Database & { backup(file: string, cb: (e: Error | null) => void): SqliteBackup } }).databaseConnection
  const backup = await new Promise<SqliteBackup>((resolve, reject) => {
    const b: SqliteBackup = db.backup(target, (e) => (e ? reject(e) : resolve(b)))
  })
  try {
    for (;;) {
      const result = await runStep(async () => {
        await new Promise<void>((resolve, reject) => backup.step(PAGES_PER_STEP, (e) => (e ? reject(e) : resolve())))
        return backup.completed ? { done: true as const, value: await atEnd() } : { done: false as const }
      })
      const total = backup.pageCount || 1
      onProgress(Math.min(1, (total - backup.remaining) / total))
      if (result.done) return result.value
      if (backup.failed) throw new Error('Pencadangan SQLite gagal.')
    }
  } finally {
    await new Promise<void>((resolve) => backup.finish(() => resolve()))
  }
}

/** `VACUUM INTO`: a compact, consistent copy in one statement (used before migrations, where no progress is shown). */
export async function vacuumInto(ds: DataSource, target: string): Promise<void> {
  await ds.query('VACUUM INTO ?', [target])
}

/** `PRAGMA integrity_check` of an open database: 'ok' or SQLite's first complaints. */
export async function integrityCheck(ds: DataSource): Promise<string> {
  const rows: { integrity_check: string }[] = await ds.query('PRAGMA integrity_check(20)')
  return rows.map((r) => r.integrity_check).join('; ')
}
