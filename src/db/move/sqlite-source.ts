import sqlite3 from 'sqlite3'

/** One row as SQLite gives it: column name to value (integers, text, Buffers for blobs, null). */
export type SourceRow = Record<string, unknown>

// TypeORM's bookkeeping: the migrations list is compared, not copied (the server has its own).
const BOOKKEEPING = new Set(['migrations', 'typeorm_metadata'])

const q = (name: string) => `"${name.replace(/"/g, '""')}"`

/**
 * A SQLite database file opened read-only, as the source of "Pindahkan ke Server": the move never changes the
 * office's current record. Everything it reads sits in one read transaction (`begin` ... `end`), so the copy is a
 * consistent snapshot even if a Sidara still writes the file. The SQL here is SQLite's own (PRAGMAs, rowid paging):
 * the file is read with the sqlite3 driver directly, without a DataSource that would migrate it.
 */
export class ReadOnlySqlite {
  private constructor(private readonly db: sqlite3.Database) {}

  /** Opens `file` read-only; rejects with sqlite3's error when it cannot be opened. */
  static open(file: string): Promise<ReadOnlySqlite> {
    return new Promise((resolve, reject) => {
      const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (error) => (error ? reject(error) : resolve(new ReadOnlySqlite(db))))
    })
  }

  /** Starts the read transaction every later read belongs to. */
  begin(): Promise<void> {
    return this.exec('BEGIN')
  }

  /** Ends the read transaction (never fails) and closes the file. */
  async close(): Promise<void> {
    await this.exec('COMMIT').catch(() => undefined)
    await new Promise<void>((resolve) => this.db.close(() => resolve()))
  }

  /** Names of the migrations applied to the file, or null when it has no migrations table (not a Sidara database). */
  async appliedMigrations(): Promise<string[] | null> {
    const hasTable = await this.all(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'`)
    if (!hasTable.length) return null
    return (await this.all<{ name: string }>('SELECT name FROM migrations')).map((r) => r.name)
  }

  /**
   * Ordinary tables of the file (not FTS virtual tables or their shadow tables, not SQLite's own, not TypeORM's
   * bookkeeping); `withoutRowid` for WITHOUT ROWID tables, which are paged by offset.
   */
  async tables(): Promise<{ name: string; withoutRowid: boolean }[]> {
    const rows = await this.all<{ name: string; type: string; wr: number; schema: string }>('PRAGMA table_list')
    return rows
      .filter((r) => r.schema === 'main' && r.type === 'table' && !r.name.startsWith('sqlite_') && !BOOKKEEPING.has(r.name))
      .map((r) => ({ name: r.name, withoutRowid: r.wr === 1 }))
  }

  /** The column names of `table`, in table order. */
  async columnNames(table: string): Promise<string[]> {
    return (await this.all<{ name: string }>(`PRAGMA table_info(${q(table)})`)).map((c) => c.name)
  }

  /** The number of rows of `table`. */
  async count(table: string): Promise<number> {
    const [{ n }] = await this.all<{ n: number }>(`SELECT count(*) AS n FROM ${q(table)}`)
    return n
  }

  /**
   * The rows of `table` (the given columns), `perBatch` at a time: keyset by rowid keeps each batch cheap on big
   * tables; WITHOUT ROWID tables page by offset in the order of their first column.
   */
  async *batches(table: { name: string; withoutRowid: boolean }, columns: string[], perBatch: number): AsyncGenerator<SourceRow[]> {
    const select = `SELECT ${columns.map(q).join(', ')}${table.withoutRowid ? '' : ', rowid AS "__rowid"'} FROM ${q(table.name)}`
    let lastRowid = -Infinity
    for (let offset = 0; ; offset += perBatch) {
      const rows = table.withoutRowid
        ? await this.all(`${select} ORDER BY 1 LIMIT ? OFFSET ?`, [perBatch, offset])
        : await this.all(`${select} WHERE rowid > ? ORDER BY rowid LIMIT ?`, [lastRowid, perBatch])
      if (rows.length === 0) return
      if (!table.withoutRowid) {
        lastRowid = Number(rows[rows.length - 1].__rowid)
        for (const row of rows) delete row.__rowid
      }
      yield rows
    }
  }

  /** Rows of `table` (columns `key` and `columns`) where any of `columns` holds a value. */
  rowsWithAny(table: string, key: string[], columns: string[]): Promise<SourceRow[]> {
    return this.all(`SELECT ${[...key, ...columns].map(q).join(', ')} FROM ${q(table)} WHERE ${columns.map((c) => `${q(c)} IS NOT NULL`).join(' OR ')}`)
  }

  /** The yearly counters (agenda numbers, document numbers) as stored. */
  counters(): Promise<{ kind: string; tahun: number; value: number }[]> {
    return this.all('SELECT kind, tahun, value FROM counter')
  }

  private all<T = SourceRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    return new Promise((resolve, reject) => this.db.all(sql, params, (error, rows) => (error ? reject(error) : resolve(rows as T[]))))
  }

  private exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.db.exec(sql, (error) => (error ? reject(error) : resolve())))
  }
}
