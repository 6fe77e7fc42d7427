import pg from 'pg'
import type { DataSource, DataSourceOptions, EntityManager } from 'typeorm'
import { Counter } from './entities'
import { dialectOf } from './engines'

// How other PCs learn that the record changed (issue 9, "several PCs at once"; DATABASE.md section 4):
// every write transaction bumps one number, the Nomor Perubahan, kept as the counter row ('perubahan', 0) in the same
// transaction as the change, so the number moves exactly when a change becomes visible. Every Sidara polls that number
// (portable: SQLite and PostgreSQL alike); on PostgreSQL the bump also sends NOTIFY, delivered on COMMIT, so a PC
// listening learns at once and the polling only covers a lost connection. The renderer asks its own Sidara for the
// number (a cheap read of a cached value) and refreshes its badge and open lists when it moves.

/** TypeORM's options of a PostgreSQL DataSource (`ds.options` when `type` is 'postgres'). */
export type PostgresConnectionOptions = Extract<DataSourceOptions, { type: 'postgres' }>

/** The counter row that holds the Nomor Perubahan (tahun 0: it is not a yearly sequence). */
export const CHANGE_COUNTER = { kind: 'perubahan', tahun: 0 } as const

/** PostgreSQL's NOTIFY channel; the payload is the new number (a few bytes, far below the 8,000-byte limit). */
export const CHANGE_CHANNEL = 'sidara_perubahan'

/**
 * Bumps the Nomor Perubahan inside the caller's write transaction and returns the new number. On PostgreSQL the
 * upsert row-locks the counter until COMMIT (call it last in the transaction, so the lock is short), and NOTIFY is
 * queued for the COMMIT (dropped on rollback).
 */
export async function recordChange(em: EntityManager): Promise<number> {
  return dialectOf(em).nextCounterNotify(em, CHANGE_COUNTER.kind, CHANGE_COUNTER.tahun, CHANGE_CHANNEL)
}

/** The current Nomor Perubahan (0 before the first write). */
export async function readChangeNumber(db: DataSource | EntityManager): Promise<number> {
  const row = await db.getRepository(Counter).findOneBy({ kind: CHANGE_COUNTER.kind, tahun: CHANGE_COUNTER.tahun })
  return row ? Number(row.value) : 0
}

export interface ChangeWatchOptions {
  /** Reads the number (the core passes a read through its work queue). */
  read: () => Promise<number>
  /** Polling interval in ms (default 2,000: with the renderer's own 2 s poll a change shows within about 4 s). */
  intervalMs?: number
  /** The PostgreSQL server to LISTEN on; none on SQLite. */
  listen?: PostgresConnectionOptions
  /** Called with the new number whenever it moved (not for the first reading). */
  onChange?: (nomor: number) => void
  /** Where a lost LISTEN connection is reported (default: console.warn); polling carries on meanwhile. */
  logWarning?: (message: string, error: unknown) => void
}

/** A running watch: the last number seen, and a way to stop polling and listening. */
export interface ChangeWatch {
  current(): number
  /** Reads now (after a NOTIFY, or when asked) and reports a move. */
  check(): Promise<number>
  /**
   * A number this process committed (`recordChange`'s answer, after COMMIT): taken at once when newer than the last
   * seen, without a read, so this window's next question already counts its own save.
   */
  saw(committed: number): void
  stop(): Promise<void>
}

/**
 * Watches the Nomor Perubahan: reads it now, then every `intervalMs`, and on PostgreSQL also at once on each NOTIFY.
 * The LISTEN connection is a dedicated pg.Client outside TypeORM's pool (pooled clients are shared and recycled);
 * it does not reconnect by itself, so a lost one is reopened with a growing pause (1 s to 30 s) and followed by a
 * full read, since notifications sent meanwhile are lost.
 */
export async function watchChanges(options: ChangeWatchOptions): Promise<ChangeWatch> {
  let nomor = await options.read()
  let stopped = false
  let client: pg.Client | null = null
  let retry: ReturnType<typeof setTimeout> | null = null
  let pause = 1000
  const warn = options.logWarning ?? ((m, e) => console.warn(m, e))

  function moveTo(next: number): void {
    if (next === nomor) return
    nomor = next
    options.onChange?.(next)
  }

  async function check(): Promise<number> {
    if (stopped) return nomor
    try {
      moveTo(await options.read())
    } catch (error) {
      warn('[perubahan] Nomor perubahan tidak dapat dibaca', error)
    }
    return nomor
  }

  async function listen(o: PostgresConnectionOptions): Promise<void> {
    if (stopped) return
    const c = new pg.Client({ host: o.host, port: o.port, user: o.username, password: typeof o.password === 'string' ? o.password : undefined, database: o.database, ssl: o.ssl as pg.ClientConfig['ssl'], application_name: 'Sidara (perubahan)' })
    const reopen = (error: unknown) => {
      if (stopped || client !== c) return
      client = null
      warn('[perubahan] Koneksi LISTEN terputus; dicoba lagi', error)
      void c.end().catch(() => undefined)
      retry = setTimeout(() => void listen(o), pause)
      pause = Math.min(pause * 2, 30_000)
    }
    client = c
    c.on('error', reopen)
    c.on('end', () => reopen(new Error('koneksi ditutup')))
    c.on('notification', () => void check())
    try {
      await c.connect()
      await c.query(`LISTEN ${CHANGE_CHANNEL}`)
      pause = 1000
      await check()
    } catch (error) {
      reopen(error)
    }
  }

  const timer = setInterval(() => void check(), options.intervalMs ?? 2000)
  // The watch never keeps a process alive on its own (a CLI run or a test ends when its work does).
  timer.unref()
  if (options.listen) await listen(options.listen)
  return {
    current: () => nomor,
    check,
    saw(committed) {
      // Only forward: a read answered before this commit may land later with an older number.
      if (!stopped && committed > nomor) moveTo(committed)
    },
    async stop() {
      stopped = true
      clearInterval(timer)
      if (retry) clearTimeout(retry)
      const c = client
      client = null
      await c?.end().catch(() => undefined)
    },
  }
}
