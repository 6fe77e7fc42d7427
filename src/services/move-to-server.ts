import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import sqlite3 from 'sqlite3'
import type { DataSource, EntityManager, EntityMetadata, QueryRunner } from 'typeorm'
import { verifyAuditChain } from './audit'
import { openDatabase } from '../db/data-source'
import { describeTarget, type PostgresConnection } from '../db/database-target'
import { migrations } from '../db/migrations'

/** Where "Pindahkan ke Server" stands; `baris` of `totalBaris` rows are copied so far (for the progress bar). */
export interface PindahProgress {
  tahap: 'memeriksa' | 'menyalin' | 'memverifikasi' | 'selesai'
  /** The table being copied (tahap 'menyalin'). */
  tabel?: string
  baris: number
  totalBaris: number
}

/** One verification and whether it held; `rincian` says what was compared (Indonesian). */
export interface PindahPemeriksaan {
  nama: 'jumlah-baris' | 'pencacah' | 'lampiran' | 'rantai-audit' | 'urutan-id'
  ok: boolean
  rincian: string
}

/** What was moved: rows per table (source = server after the copy) and every verification, all green. */
export interface PindahLaporan {
  server: string
  tabel: { nama: string; baris: number }[]
  totalBaris: number
  pemeriksaan: PindahPemeriksaan[]
}

/** The move was refused or failed; `message` is for the user (Indonesian). The server holds no copied row. */
export class PindahError extends Error {
  override name = 'PindahError'
}

export interface PindahOptions {
  /** Called before the copy, after every batch of rows, and at each stage. A callback that throws aborts the move. */
  onProgress?: (p: PindahProgress) => void
  /** Rows per INSERT (default 500; PostgreSQL allows 65,535 parameters per statement). */
  batchRows?: number
}

// TypeORM's bookkeeping: the migrations list is compared, not copied (the server has its own).
const BOOKKEEPING = new Set(['migrations', 'typeorm_metadata'])

type Row = Record<string, unknown>

/** The SQLite file, opened read-only: the move never changes the office's current record. */
class ReadOnlySqlite {
  private constructor(private readonly db: sqlite3.Database) {}

  static open(file: string): Promise<ReadOnlySqlite> {
    return new Promise((resolve, reject) => {
      const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (error) => (error ? reject(error) : resolve(new ReadOnlySqlite(db))))
    })
  }

  all<T = Row>(sql: string, params: unknown[] = []): Promise<T[]> {
    return new Promise((resolve, reject) => this.db.all(sql, params, (error, rows) => (error ? reject(error) : resolve(rows as T[]))))
  }

  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.db.exec(sql, (error) => (error ? reject(error) : resolve())))
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.db.close(() => resolve()))
  }
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`

/** Ordinary tables of the SQLite file (not FTS virtual tables or their shadow tables, not SQLite's own). */
async function sourceTables(src: ReadOnlySqlite): Promise<{ name: string; withoutRowid: boolean }[]> {
  const rows = await src.all<{ name: string; type: string; wr: number; schema: string }>('PRAGMA table_list')
  return rows
    .filter((r) => r.schema === 'main' && r.type === 'table' && !r.name.startsWith('sqlite_') && !BOOKKEEPING.has(r.name))
    .map((r) => ({ name: r.name, withoutRowid: r.wr === 1 }))
}

/** A foreign key whose columns are filled in a second pass, to break a cycle (disposisi <-> disposisi_penerima). */
interface Postponed {
  table: string
  columns: string[]
}

/**
 * Tables in an order where every foreign key points to a table already filled (PostgreSQL checks keys per statement).
 * The keys come from the server's catalogue, so a key added by any migration is respected without code here. A cycle
 * is broken at a key whose columns may be NULL: those columns are copied empty first and set once every table is
 * filled (`postponed`). A cycle of NOT NULL keys cannot be filled and stops the move.
 */
async function fillOrder(qr: QueryRunner, tables: string[]): Promise<{ order: string[]; postponed: Postponed[] }> {
  const keys: { child: string; parent: string; columns: string[]; nullable: boolean }[] = await qr.query(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns, bool_and(NOT a.attnotnull) AS nullable
     FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
     WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace GROUP BY c.oid, c.conrelid, c.confrelid`,
  )
  const unquote = (n: string) => n.replace(/^"(.*)"$/, '$1')
  const edges = keys
    .map((k) => ({ ...k, child: unquote(k.child), parent: unquote(k.parent) }))
    .filter((k) => k.child !== k.parent && tables.includes(k.child) && tables.includes(k.parent))
  const postponed: Postponed[] = []
  const order: string[] = []
  const placed = new Set<string>()
  while (order.length < tables.length) {
    const waiting = (t: string) => edges.some((e) => e.child === t && !placed.has(e.parent))
    const ready = tables.filter((t) => !placed.has(t) && !waiting(t))
    if (ready.length === 0) {
      const breakable = edges.find((e) => e.nullable && !placed.has(e.child) && !placed.has(e.parent))
      if (!breakable) throw new PindahError(`Urutan pengisian tabel tidak dapat ditentukan (kunci asing melingkar): ${tables.filter((t) => !placed.has(t)).join(', ')}.`)
      postponed.push({ table: breakable.child, columns: breakable.columns })
      edges.splice(edges.indexOf(breakable), 1)
      continue
    }
    for (const t of ready) {
      order.push(t)
      placed.add(t)
    }
  }
  return { order, postponed }
}

/** Rewrites `?` placeholders (outside quotes) as `$1..$n`, so a SQLite-style query runs on PostgreSQL. */
export function dollarPlaceholders(sql: string): string {
  let n = 0
  let quote: string | null = null
  let out = ''
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = null
    } else if (ch === "'" || ch === '"') quote = ch
    else if (ch === '?') {
      out += `$${++n}`
      continue
    }
    out += ch
  }
  return out
}

/**
 * The audit chain as the app verifies it, on the server's copy inside the move's transaction. The audit service
 * still writes SQLite's `?` placeholders (until its move onto QueryBuilder), so its queries are translated here.
 */
async function verifyCopiedAudit(em: EntityManager): ReturnType<typeof verifyAuditChain> {
  const translated = Object.create(em, {
    query: { value: (sql: string, params?: unknown[]) => em.query(dollarPlaceholders(sql), params) },
  }) as EntityManager
  return verifyAuditChain(translated)
}

function columnsOf(meta: EntityMetadata): { name: string; boolean: boolean }[] {
  return meta.columns.map((c) => ({ name: c.databaseName, boolean: c.type === 'boolean' || c.type === Boolean }))
}

function sha256(bytes: unknown): string {
  return createHash('sha256')
    .update(bytes as Buffer)
    .digest('hex')
}

/**
 * "Pindahkan ke Server": copies the SQLite file `sqliteFile` into the EMPTY PostgreSQL database `server` (whose schema
 * the PostgreSQL migrations install on opening), table by table, then verifies the copy: row counts per table, the
 * counters, every attachment's bytes (SHA-256 against the source and the recorded hash), the audit chain, and the id
 * sequences (reset with setval so the next record gets the next id).
 *
 * Tables come from the file itself and are matched to the app's entity metadata, so a table added by a later
 * migration moves without code here; a table or column this version of Sidara does not know stops the move (nothing
 * of it would be copied otherwise). All or nothing: the copy and the verification run in one server transaction, so
 * on any failure (including `onProgress` throwing) the server holds no copied row; the SQLite file is opened read-only.
 * Throws PindahError with an Indonesian message, or DatabaseConnectionError / SchemaNewerError from opening the server.
 */
export async function pindahkanKeServer(sqliteFile: string, server: PostgresConnection, options: PindahOptions = {}): Promise<PindahLaporan> {
  const report = (p: PindahProgress) => options.onProgress?.(p)
  if (!existsSync(sqliteFile)) throw new PindahError(`Berkas basis data SQLite tidak ditemukan: ${sqliteFile}`)
  const src = await ReadOnlySqlite.open(sqliteFile)
  let ds: DataSource | undefined
  try {
    // One read transaction: the copy is a consistent snapshot even if a Sidara still writes the file.
    await src.exec('BEGIN')
    await checkSourceSchema(src)
    ds = await openDatabase({ postgres: server })
    const qr = ds.createQueryRunner()
    await qr.connect()
    try {
      await qr.startTransaction()
      const laporan = await copyAndVerify(src, ds, qr, report, options.batchRows ?? 500)
      await qr.commitTransaction()
      report({ tahap: 'selesai', baris: laporan.totalBaris, totalBaris: laporan.totalBaris })
      return { ...laporan, server: describeTarget({ engine: 'postgres', connection: server }) }
    } catch (error) {
      if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined)
      throw error
    } finally {
      await qr.release()
    }
  } finally {
    await src.exec('COMMIT').catch(() => undefined)
    await src.close()
    if (ds?.isInitialized) await ds.destroy()
  }
}

/** The file must be at this app's schema version: an older file is updated by opening it in Sidara first. */
async function checkSourceSchema(src: ReadOnlySqlite): Promise<void> {
  const hasTable = await src.all(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'`)
  if (!hasTable.length) throw new PindahError('Berkas ini bukan basis data Sidara (tabel migrations tidak ada).')
  const applied = new Set((await src.all<{ name: string }>('SELECT name FROM migrations')).map((r) => r.name))
  const known = migrations.map((M) => new M().name ?? M.name)
  const newer = [...applied].filter((n) => !known.includes(n))
  if (newer.length) throw new PindahError(`Berkas ini dibuat oleh Sidara yang lebih baru (${newer.join(', ')}). Pakai Sidara versi terbaru untuk memindahkannya.`)
  const missing = known.filter((n) => !applied.has(n))
  if (missing.length) throw new PindahError('Skema berkas ini lebih lama dari Sidara ini. Jalankan Sidara sekali dengan berkas ini (skemanya diperbarui), lalu pindahkan.')
}

async function copyAndVerify(
  src: ReadOnlySqlite,
  ds: DataSource,
  qr: QueryRunner,
  report: (p: PindahProgress) => void,
  batchRows: number,
): Promise<Omit<PindahLaporan, 'server'>> {
  report({ tahap: 'memeriksa', baris: 0, totalBaris: 0 })
  // Two moves at once onto one server would both see it empty; the second waits and then finds it filled.
  await qr.query('SELECT pg_advisory_xact_lock(7641901)')
  const metaByTable = new Map(ds.entityMetadatas.map((m) => [m.tableName, m]))

  const tables = await sourceTables(src)
  const unknown = tables.filter((t) => !metaByTable.has(t.name)).map((t) => t.name)
  if (unknown.length) throw new PindahError(`Tabel ${unknown.join(', ')} di berkas SQLite tidak dikenal Sidara versi ini; pemindahan dibatalkan agar tidak ada data yang tertinggal.`)

  // Every table of the server must be empty: the move never merges into or overwrites an existing record.
  // The migrations leave one row of their own: the audit anchor of an empty chain (unsigned, count 0). It is not a
  // record; it is replaced by the file's anchor below.
  for (const meta of ds.entityMetadatas) {
    const own = meta.tableName === 'audit_anchor' ? ' WHERE jumlah > 0 OR mac IS NOT NULL' : ''
    const [{ n }] = await qr.query(`SELECT count(*)::int AS n FROM ${q(meta.tableName)}${own}`)
    if (n > 0) throw new PindahError(`Basis data server tidak kosong (tabel ${meta.tableName} berisi ${n} baris). Pindahkan ke Server hanya mengisi basis data yang masih kosong.`)
  }
  if (metaByTable.has('audit_anchor')) await qr.query('DELETE FROM audit_anchor')

  const counts = new Map<string, number>()
  for (const t of tables) {
    const meta = metaByTable.get(t.name)!
    const known = new Set(columnsOf(meta).map((c) => c.name))
    const info = await src.all<{ name: string }>(`PRAGMA table_info(${q(t.name)})`)
    const extra = info.map((c) => c.name).filter((c) => !known.has(c))
    if (extra.length) throw new PindahError(`Kolom ${extra.join(', ')} pada tabel ${t.name} tidak dikenal Sidara versi ini; pemindahan dibatalkan.`)
    const [{ n }] = await src.all<{ n: number }>(`SELECT count(*) AS n FROM ${q(t.name)}`)
    counts.set(t.name, n)
  }
  const totalBaris = [...counts.values()].reduce((a, b) => a + b, 0)
  const { order, postponed } = await fillOrder(
    qr,
    tables.map((t) => t.name),
  )

  // Attachment bytes as read from the file, to compare with what the server stored.
  const sourceHashes = new Map<number, string>()
  let baris = 0
  report({ tahap: 'menyalin', baris, totalBaris })
  for (const name of order) {
    const meta = metaByTable.get(name)!
    const cols = columnsOf(meta)
    const later = new Set(postponed.filter((p) => p.table === name).flatMap((p) => p.columns))
    const withoutRowid = tables.find((t) => t.name === name)!.withoutRowid
    const perBatch = Math.max(1, Math.min(batchRows, Math.floor(60_000 / cols.length)))
    const select = `SELECT ${cols.map((c) => q(c.name)).join(', ')}${withoutRowid ? '' : ', rowid AS "__rowid"'} FROM ${q(name)}`
    let lastRowid = -Infinity
    for (let offset = 0; ; offset += perBatch) {
      // Keyset by rowid keeps each batch cheap on big tables; WITHOUT ROWID tables page by offset.
      const rows = withoutRowid
        ? await src.all(`${select} ORDER BY 1 LIMIT ? OFFSET ?`, [perBatch, offset])
        : await src.all(`${select} WHERE rowid > ? ORDER BY rowid LIMIT ?`, [lastRowid, perBatch])
      if (rows.length === 0) break
      if (!withoutRowid) lastRowid = Number(rows[rows.length - 1].__rowid)
      const params: unknown[] = []
      const tuples = rows.map((row) => {
        const slots = cols.map((c) => {
          const v = later.has(c.name) ? null : row[c.name]
          params.push(c.boolean && v !== null && v !== undefined ? Boolean(v) : v)
          return `$${params.length}`
        })
        return `(${slots.join(', ')})`
      })
      if (name === 'attachment_content') for (const row of rows) sourceHashes.set(Number(row.attachment_id), sha256(row.data))
      await qr.query(`INSERT INTO ${q(name)} (${cols.map((c) => q(c.name)).join(', ')}) VALUES ${tuples.join(', ')}`, params)
      baris += rows.length
      report({ tahap: 'menyalin', tabel: name, baris, totalBaris })
    }
  }

  await fillPostponed(src, qr, metaByTable, postponed)

  report({ tahap: 'memverifikasi', baris, totalBaris })
  const pemeriksaan: PindahPemeriksaan[] = []
  const check = (p: PindahPemeriksaan) => {
    pemeriksaan.push(p)
    if (!p.ok) throw new PindahError(`Pemeriksaan setelah penyalinan gagal (${p.nama}): ${p.rincian} Server dikembalikan kosong.`)
  }

  const tabel: PindahLaporan['tabel'] = []
  const wrongCounts: string[] = []
  for (const name of order) {
    const [{ n }] = await qr.query(`SELECT count(*)::int AS n FROM ${q(name)}`)
    tabel.push({ nama: name, baris: n })
    if (n !== counts.get(name)) wrongCounts.push(`${name}: berkas ${counts.get(name)}, server ${n}`)
  }
  check({ nama: 'jumlah-baris', ok: wrongCounts.length === 0, rincian: wrongCounts.length ? `Jumlah baris berbeda: ${wrongCounts.join('; ')}.` : `${tabel.length} tabel, ${totalBaris} baris sama.` })

  if (counts.has('counter')) {
    const key = (r: Row) => `${r.kind}/${r.tahun}=${r.value}`
    const a = (await src.all('SELECT kind, tahun, value FROM counter')).map(key).sort()
    const b = ((await qr.query('SELECT kind, tahun, value FROM counter')) as Row[]).map(key).sort()
    const same = a.length === b.length && a.every((v, i) => v === b[i])
    check({ nama: 'pencacah', ok: same, rincian: same ? `${a.length} pencacah (nomor agenda, nomor dokumen) sama.` : 'Nilai pencacah di server berbeda dari berkas.' })
  }

  if (counts.has('attachment_content')) {
    const stored: { id: number; recorded: string | null; served: string }[] = await qr.query(
      `SELECT c.attachment_id AS id, a.sha256 AS recorded, encode(sha256(c.data), 'hex') AS served
       FROM attachment_content c LEFT JOIN attachment a ON a.id = c.attachment_id ORDER BY c.attachment_id`,
    )
    const bad = stored.filter((r) => r.served !== sourceHashes.get(r.id) || (r.recorded !== null && r.recorded !== r.served)).map((r) => r.id)
    check({
      nama: 'lampiran',
      ok: bad.length === 0 && stored.length === sourceHashes.size,
      rincian: bad.length ? `Isi lampiran #${bad.join(', #')} tidak cocok dengan SHA-256-nya.` : `${stored.length} lampiran, SHA-256 tiap berkas cocok.`,
    })
  }

  if (counts.has('audit_log')) {
    const audit = await verifyCopiedAudit(qr.manager)
    const ok = audit.ok && audit.checked === counts.get('audit_log')
    check({
      nama: 'rantai-audit',
      ok,
      rincian: ok ? `${audit.checked} entri audit, rantai utuh.` : `Rantai audit di server putus${audit.firstBroken ? ` pada entri #${audit.firstBroken.id}: ${audit.firstBroken.problem}` : '.'}`,
    })
  }

  // Copied rows carry their ids; the identity sequences must continue after the highest one.
  const behind: string[] = []
  let sequences = 0
  for (const name of order) {
    for (const col of metaByTable.get(name)!.columns.filter((c) => c.isGenerated)) {
      const [{ seq }] = await qr.query('SELECT pg_get_serial_sequence($1, $2) AS seq', [q(name), col.databaseName])
      if (!seq) continue
      const [{ next }] = await qr.query(`SELECT setval($1, COALESCE(max(${q(col.databaseName)}), 0) + 1, false) AS next FROM ${q(name)}`, [seq])
      const [{ max }] = await qr.query(`SELECT COALESCE(max(${q(col.databaseName)}), 0)::int AS max FROM ${q(name)}`)
      sequences++
      if (Number(next) !== max + 1) behind.push(name)
    }
  }
  check({ nama: 'urutan-id', ok: behind.length === 0, rincian: behind.length ? `Urutan id tidak dapat disetel: ${behind.join(', ')}.` : `${sequences} urutan id dilanjutkan setelah id tertinggi.` })

  return { tabel, totalBaris, pemeriksaan }
}

/** Second pass for keys that closed a cycle: sets the columns copied empty, row by row through the primary key. */
async function fillPostponed(src: ReadOnlySqlite, qr: QueryRunner, metaByTable: Map<string, EntityMetadata>, postponed: Postponed[]): Promise<void> {
  for (const p of postponed) {
    const pk = metaByTable.get(p.table)!.primaryColumns.map((c) => c.databaseName)
    const rows = await src.all(
      `SELECT ${[...pk, ...p.columns].map(q).join(', ')} FROM ${q(p.table)} WHERE ${p.columns.map((c) => `${q(c)} IS NOT NULL`).join(' OR ')}`,
    )
    const set = p.columns.map((c, i) => `${q(c)} = $${i + 1}`).join(', ')
    const where = pk.map((c, i) => `${q(c)} = $${p.columns.length + i + 1}`).join(' AND ')
    for (const row of rows) {
      await qr.query(`UPDATE ${q(p.table)} SET ${set} WHERE ${where}`, [...p.columns.map((c) => row[c]), ...pk.map((c) => row[c])])
    }
  }
}
