import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DataSource } from 'typeorm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPgTestDatabase, PG_URL, type PgTestDatabase } from '../../../testing/postgres'
import { openDatabase } from '../../data-source'

// The PostgreSQL migrations must build the same schema as the SQLite ones (which the entities are checked against in
// src/db/schema.test.ts): same tables, columns, types, nullability, keys, indexes. Columns and indexes that exist on
// one engine only, to do what the other does another way (full-text search), are listed here with the reason.
const PG_ONLY_COLUMNS = new Set(['surat_masuk.fts']) // tsvector for full-text search (SQLite: surat_masuk_fts table)
const PG_ONLY_INDEXES = new Set(['ix_surat_masuk_fts', 'ix_perangkat_cari', 'ix_perangkat_ip_cari']) // GIN search indexes
const SQLITE_ONLY_TABLE = /^(sqlite_|surat_masuk_fts|perangkat_fts)/ // FTS5 tables and their shadow tables

interface Column {
  name: string
  type: string
  notNull: boolean
  primaryKey: boolean
  /** The default as SQL text, in one spelling for both engines: 'aktif', 42, true, or null for none. */
  default: string | null
}

/** SQLite's default for a column of this (PostgreSQL) type, spelled as PostgreSQL shows it without its cast. */
function liteDefault(value: string | null, type: string): string | null {
  if (value === null) return null
  if (type === 'boolean') return { '1': 'true', '0': 'false' }[value] ?? `? ${value}`
  return value
}

/** SQLite's declared type in PostgreSQL's words. */
function pgType(sqliteType: string): string {
  const t = sqliteType.toLowerCase()
  const varchar = /^varchar\((\d+)\)$/.exec(t)
  if (varchar) return `character varying(${varchar[1]})`
  return { integer: 'integer', bigint: 'bigint', varchar: 'character varying', text: 'text', boolean: 'boolean', blob: 'bytea' }[t] ?? `? ${t}`
}

async function sqliteColumns(ds: DataSource, table: string): Promise<Column[]> {
  const rows: { name: string; type: string; notnull: number; pk: number; dflt_value: string | null }[] = await ds.query(`PRAGMA table_info(${table})`)
  // SQLite's INTEGER PRIMARY KEY may hold NULL on paper, but it is the rowid: never null in fact.
  return rows.map((r) => ({
    name: r.name,
    type: pgType(r.type),
    notNull: r.notnull === 1 || r.pk > 0,
    primaryKey: r.pk > 0,
    default: liteDefault(r.dflt_value, pgType(r.type)),
  }))
}

async function pgColumns(db: PgTestDatabase, table: string): Promise<Column[]> {
  const rows = await db.sql<{ name: string; type: string; not_null: boolean; pk: boolean; dflt: string | null }>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
       EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = a.attrelid AND i.indisprimary AND a.attnum = ANY(i.indkey)) AS pk,
       pg_get_expr(d.adbin, d.adrelid) AS dflt
     FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
    [table],
  )
  return rows
    .filter((r) => !PG_ONLY_COLUMNS.has(`${table}.${r.name}`))
    .map((r) => ({ name: r.name, type: r.type, notNull: r.not_null, primaryKey: r.pk, default: r.dflt?.replace(/::[a-z ]+$/, '') ?? null }))
}

describe.runIf(PG_URL)('PostgreSQL migrations build the SQLite schema', () => {
  let dir: string
  let lite: DataSource
  let db: PgTestDatabase
  let pgDs: DataSource

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sidara-schema-'))
    lite = await openDatabase({ file: join(dir, 'sidara.sqlite') })
    db = await createPgTestDatabase()
    pgDs = await openDatabase({ postgres: db.connection })
  })
  afterAll(async () => {
    await lite?.destroy()
    await pgDs?.destroy()
    await db?.drop()
    rmSync(dir, { recursive: true, force: true })
  })

  async function sqliteTables(): Promise<string[]> {
    const rows: { name: string }[] = await lite.query(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
    return rows.map((r) => r.name).filter((n) => !SQLITE_ONLY_TABLE.test(n))
  }

  it('has the same tables', async () => {
    const pgTables = await db.sql<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)
    expect(pgTables.map((r) => r.name)).toEqual(await sqliteTables())
  })

  it('has the same columns in each table: names, types, nullability, primary keys and defaults', async () => {
    // TypeORM makes its own migrations table per engine (a serial id on PostgreSQL): compared without defaults.
    const comparable = (table: string, cols: Column[]) => (table === 'migrations' ? cols.map((c) => ({ ...c, default: null })) : cols)
    for (const table of await sqliteTables()) {
      expect(comparable(table, await pgColumns(db, table)), table).toEqual(comparable(table, await sqliteColumns(lite, table)))
    }
  })

  it('holds every entity column', async () => {
    for (const meta of pgDs.entityMetadatas) {
      const names = (await pgColumns(db, meta.tableName)).map((c) => c.name)
      for (const col of meta.columns) expect(names, `${meta.tableName}.${col.databaseName}`).toContain(col.databaseName)
    }
  })

  it('has the same indexes with the same uniqueness and the same foreign keys', async () => {
    const liteIndexes: { name: string; tbl: string }[] = await lite.query(
      `SELECT name, tbl_name AS tbl FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%' ORDER BY name`,
    )
    const pgIndexes = await db.sql<{ name: string; tbl: string; uniq: boolean }>(
      `SELECT c.relname AS name, t.relname AS tbl, i.indisunique AS uniq FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
       JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE n.nspname = 'public' AND NOT i.indisprimary AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
       ORDER BY c.relname`,
    )
    const mine = pgIndexes.filter((i) => !PG_ONLY_INDEXES.has(i.name))
    expect(mine.map((i) => `${i.tbl}.${i.name}`)).toEqual(liteIndexes.filter((i) => !SQLITE_ONLY_TABLE.test(i.tbl)).map((i) => `${i.tbl}.${i.name}`))
    for (const i of mine) {
      const [{ unique }] = await lite.query(`SELECT "unique" FROM pragma_index_list('${i.tbl}') WHERE name = '${i.name}'`)
      expect(i.uniq, i.name).toBe(unique === 1)
    }

    // UNIQUE column constraints (SQLite keeps them as autoindexes) and foreign keys, as "table(columns) -> target".
    for (const table of await sqliteTables()) {
      const liteFks: { from: string; table: string; to: string }[] = await lite.query(`PRAGMA foreign_key_list(${table})`)
      const pgFks = await db.sql<{ fk: string }>(
        `SELECT a.attname || ' -> ' || t.relname || '.' || b.attname AS fk FROM pg_constraint k
         JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
         JOIN pg_class t ON t.oid = k.confrelid JOIN pg_attribute b ON b.attrelid = k.confrelid AND b.attnum = k.confkey[1]
         WHERE k.contype = 'f' AND k.conrelid = $1::regclass`,
        [table],
      )
      expect(pgFks.map((r) => r.fk).sort(), `${table} foreign keys`).toEqual(liteFks.map((f) => `${f.from} -> ${f.table}.${f.to ?? 'id'}`).sort())

      const liteUnique: { cols: string }[] = await lite.query(
        `SELECT (SELECT group_concat(name, ',') FROM pragma_index_info(l.name)) AS cols FROM pragma_index_list('${table}') l WHERE l.origin = 'u'`,
      )
      const pgUnique = await db.sql<{ cols: string }>(
        `SELECT string_agg(a.attname, ',' ORDER BY array_position(k.conkey, a.attnum)) AS cols FROM pg_constraint k
         JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY(k.conkey) WHERE k.contype = 'u' AND k.conrelid = $1::regclass GROUP BY k.oid`,
        [table],
      )
      expect(pgUnique.map((r) => r.cols).sort(), `${table} UNIQUE`).toEqual(liteUnique.map((r) => r.cols).sort())
    }
  })
})
