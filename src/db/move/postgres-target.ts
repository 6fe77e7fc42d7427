import type { EntityManager, EntityMetadata, ObjectLiteral } from 'typeorm'
import { Attachment, AttachmentContent, AuditAnchor, Counter } from '../entities'
import { postgresDialect } from '../engines/postgres'
import type { ForeignKey } from './fill-order'
import type { SourceRow } from './sqlite-source'

// The PostgreSQL side of "Pindahkan ke Server" (services/move-to-server.ts runs it and checks the results). Statements
// go through TypeORM's QueryBuilder with the entity metadata of the server's DataSource; PostgreSQL's own functions
// (sha256, encode, the serial sequences) appear only as select expressions; the two raw statements (the foreign keys
// in the catalogue, the batch INSERT) say why. All of it runs on the caller's EntityManager, inside the move's one transaction.

/** PostgreSQL takes at most 65,535 parameters per statement; an INSERT of `meta`'s rows stays under 60,000. */
export function maxRowsPerInsert(meta: EntityMetadata): number {
  return Math.max(1, Math.floor(60_000 / meta.columns.length))
}

/**
 * Holds the audit chain's write lock until the move's transaction ends: a second move onto the same server waits and
 * then finds it filled, and no desk appends to the chain being copied (the move writes audit_log and its anchor).
 */
export async function lockServerForMove(em: EntityManager): Promise<void> {
  await postgresDialect.lockUntilCommit(em, 'rantaiAudit')
}

/** The number of rows of `meta`'s table. */
export async function countRows(em: EntityManager, meta: EntityMetadata): Promise<number> {
  const row = await em.createQueryBuilder().select('COUNT(*)', 'n').from(meta.target, 't').getRawOne<{ n: string | number }>()
  return Number(row?.n ?? 0)
}

/**
 * The first of `metas`' tables holding a record, with its row count, or null when the server is empty. The
 * migrations leave one row of their own, the audit anchor of an empty chain (unsigned, count 0): not a record.
 */
export async function firstFilledTable(em: EntityManager, metas: EntityMetadata[]): Promise<{ table: string; rows: number } | null> {
  for (const meta of metas) {
    const qb = em.createQueryBuilder().select('COUNT(*)', 'n').from(meta.target, 't')
    if (meta.target === AuditAnchor) qb.where('t.jumlah > 0 OR t.mac IS NOT NULL')
    const rows = Number((await qb.getRawOne<{ n: string | number }>())?.n ?? 0)
    if (rows > 0) return { table: meta.tableName, rows }
  }
  return null
}

/** Deletes the migrations' anchor of an empty audit chain, so the file's anchor can take its place. */
export async function clearEmptyAuditAnchor(em: EntityManager): Promise<void> {
  await em.createQueryBuilder().delete().from(AuditAnchor).execute()
}

/**
 * The foreign keys on the server's tables, from its catalogue, so a key added by any migration is respected without
 * code here (the entities declare no relations). `nullable` when every column of the key may be NULL.
 * Raw SQL: TypeORM's schema reader (QueryRunner.getTables) would say the same, but it looks up the expression of a
 * generated column (surat_masuk.fts) in a typeorm_metadata table our migrations do not keep, and fails.
 */
export async function foreignKeys(em: EntityManager): Promise<ForeignKey[]> {
  const keys: ForeignKey[] = await em.query(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns, bool_and(NOT a.attnotnull) AS nullable
     FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
     WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace GROUP BY c.oid, c.conrelid, c.confrelid`,
  )
  const unquote = (n: string) => n.replace(/^"(.*)"$/, '$1')
  return keys.map((k) => ({ ...k, child: unquote(k.child), parent: unquote(k.parent) }))
}

/**
 * Inserts `rows` (keyed by column name, as SQLite gives them) into `meta`'s table with one multi-row INSERT, ids
 * included; the columns in `empty` are written NULL (filled later by setColumns). SQLite's 0/1 becomes a boolean for
 * boolean columns, then each value goes through TypeORM's own conversion for its column. Keep `rows` within
 * maxRowsPerInsert.
 */
export async function insertRows(em: EntityManager, meta: EntityMetadata, rows: SourceRow[], empty: ReadonlySet<string> = new Set()): Promise<void> {
  if (rows.length === 0) return
  const driver = em.connection.driver
  const params: unknown[] = []
  const tuples = rows.map((row) => {
    const slots = meta.columns.map((c) => {
      const v = empty.has(c.databaseName) ? null : row[c.databaseName]
      params.push(driver.preparePersistentValue(c.type === 'boolean' && v !== null && v !== undefined ? Boolean(v) : v, c))
      return `$${params.length}`
    })
    return `(${slots.join(', ')})`
  })
  // Raw SQL, built from the entity metadata, although QueryBuilder has the form
  // (`.insert().into(meta.target, columns).values(rows)`): it names every value as its own parameter (orm_param_N)
  // and copies that map several times per statement, which made the copy 3 to 5 times slower (6,000 letters in
  // batches of 500: 19-21 s against 6 s; of 100: 11 s against 3 s).
  const columns = meta.columns.map((c) => driver.escape(c.databaseName)).join(', ')
  await em.query(`INSERT INTO ${driver.escape(meta.tableName)} (${columns}) VALUES ${tuples.join(', ')}`, params)
}

/**
 * Sets `columns` (column names) of existing rows of `meta`'s table from `rows` (keyed by column name, holding the
 * primary key and `columns`), one UPDATE per row by primary key.
 */
export async function setColumns(em: EntityManager, meta: EntityMetadata, columns: string[], rows: SourceRow[]): Promise<void> {
  const byName = columns.map((name) => meta.findColumnWithDatabaseName(name)!)
  for (const row of rows) {
    const set: ObjectLiteral = {}
    for (const c of byName) c.setEntityValue(set, row[c.databaseName])
    const key: ObjectLiteral = {}
    for (const c of meta.primaryColumns) c.setEntityValue(key, row[c.databaseName])
    await em.createQueryBuilder().update(meta.target).set(set).where(key).updateEntity(false).callListeners(false).execute()
  }
}

/** The yearly counters (agenda numbers, document numbers) as the server holds them. */
export async function counterRows(em: EntityManager): Promise<{ kind: string; tahun: number; value: number }[]> {
  return em.getRepository(Counter).find()
}

/**
 * Every stored attachment's SHA-256 as the server computes it from its bytes (`served`, hex), with the hash recorded
 * on its attachment row (`recorded`, null when there is none), by attachment id.
 */
export async function attachmentHashes(em: EntityManager): Promise<{ id: number; recorded: string | null; served: string }[]> {
  const rows = await em
    .createQueryBuilder()
    .select('c.attachmentId', 'id')
    .addSelect('a.sha256', 'recorded')
    .addSelect(`encode(sha256(c.data), 'hex')`, 'served')
    .from(AttachmentContent, 'c')
    .leftJoin(Attachment, 'a', 'a.id = c.attachmentId')
    .orderBy('c.attachmentId')
    .getRawMany<{ id: number | string; recorded: string | null; served: string }>()
  return rows.map((r) => ({ ...r, id: Number(r.id) }))
}

/**
 * Sets the serial sequence behind each generated column of `metas` so it continues after the highest copied id
 * (setval, next value max + 1). Gives, per sequence, the value it will hand out next and the highest id in the table;
 * columns without a sequence are left out.
 */
export async function continueIdSequences(em: EntityManager, metas: EntityMetadata[]): Promise<{ table: string; next: number; max: number }[]> {
  const result: { table: string; next: number; max: number }[] = []
  for (const meta of metas) {
    for (const col of meta.columns.filter((c) => c.isGenerated)) {
      const quoted = `"${meta.tableName.replace(/"/g, '""')}"`
      const found = await em
        .createQueryBuilder()
        .select('pg_get_serial_sequence(:table, :column)', 'seq')
        .fromDummy()
        .setParameters({ table: quoted, column: col.databaseName })
        .getRawOne<{ seq: string | null }>()
      if (!found?.seq) continue
      const max = `COALESCE(MAX(t.${col.propertyPath}), 0)`
      const set = await em.createQueryBuilder().select(`setval(:seq, ${max} + 1, false)`, 'next').from(meta.target, 't').setParameters({ seq: found.seq }).getRawOne<{ next: string | number }>()
      const highest = await em.createQueryBuilder().select(max, 'max').from(meta.target, 't').getRawOne<{ max: string | number }>()
      result.push({ table: meta.tableName, next: Number(set?.next), max: Number(highest?.max) })
    }
  }
  return result
}
