import 'reflect-metadata'
import sqlite3 from 'sqlite3'
import { DataSource } from 'typeorm'
import { entities } from './entities'

/**
 * A second, read-only connection to a SQLite file that the main DataSource has already opened and migrated (so the
 * file is in WAL mode). TypeORM's sqlite driver has one connection per DataSource, and a read on it beside an open
 * transaction joins that transaction (DATABASE.md section 1); on this connection a read sees the last committed state
 * instead, while a write transaction goes on on the main one (WAL: readers and one writer at once). Opened with
 * SQLITE_OPEN_READONLY, so a write sent here by mistake fails ("attempt to write a readonly database") rather than
 * slipping past the write queue. Not for ':memory:' (a second connection would be another, empty database).
 */
export async function openSqliteReader(file: string): Promise<DataSource> {
  if (file === ':memory:') throw new Error('openSqliteReader: a memory database has no second connection')
  const ds = new DataSource({
    type: 'sqlite',
    database: file,
    entities,
    flags: sqlite3.OPEN_READONLY,
    migrationsRun: false,
    synchronize: false,
    // A checkpoint by the writer may hold the file's lock for a moment: wait, do not fail.
    busyTimeout: 5000,
  })
  await ds.initialize()
  return ds
}
