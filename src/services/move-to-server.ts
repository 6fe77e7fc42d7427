import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import type { DataSource, EntityMetadata, QueryRunner } from 'typeorm'
import { verifyAuditChain } from './audit'
import { openDatabase } from '../db/data-source'
import { describeTarget, type PostgresConnection } from '../db/database-target'
import { migrations } from '../db/migrations'
import { fillOrder, type Postponed } from '../db/move/fill-order'
import {
  attachmentHashes,
  clearEmptyAuditAnchor,
  continueIdSequences,
  counterRows,
  countRows,
  firstFilledTable,
  foreignKeys,
  insertRows,
  lockServerForMove,
  maxRowsPerInsert,
  setColumns,
} from '../db/move/postgres-target'
import { ReadOnlySqlite } from '../db/move/sqlite-source'

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
    await src.begin()
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
    await src.close()
    if (ds?.isInitialized) await ds.destroy()
  }
}

/** The file must be at this app's schema version: an older file is updated by opening it in Sidara first. */
async function checkSourceSchema(src: ReadOnlySqlite): Promise<void> {
  const names = await src.appliedMigrations()
  if (!names) throw new PindahError('Berkas ini bukan basis data Sidara (tabel migrations tidak ada).')
  const applied = new Set(names)
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
  const em = qr.manager
  report({ tahap: 'memeriksa', baris: 0, totalBaris: 0 })
  // Two moves at once onto one server would both see it empty; the second waits and then finds it filled.
  await lockServerForMove(em)
  const metaByTable = new Map(ds.entityMetadatas.map((m) => [m.tableName, m]))

  const tables = await src.tables()
  const unknown = tables.filter((t) => !metaByTable.has(t.name)).map((t) => t.name)
  if (unknown.length) throw new PindahError(`Tabel ${unknown.join(', ')} di berkas SQLite tidak dikenal Sidara versi ini; pemindahan dibatalkan agar tidak ada data yang tertinggal.`)

  // Every table of the server must be empty: the move never merges into or overwrites an existing record. The
  // migrations' own audit anchor (of an empty chain) is not a record; it is replaced by the file's anchor.
  const filled = await firstFilledTable(em, ds.entityMetadatas)
  if (filled) throw new PindahError(`Basis data server tidak kosong (tabel ${filled.table} berisi ${filled.rows} baris). Pindahkan ke Server hanya mengisi basis data yang masih kosong.`)
  if (metaByTable.has('audit_anchor')) await clearEmptyAuditAnchor(em)

  const counts = new Map<string, number>()
  for (const t of tables) {
    const known = new Set(metaByTable.get(t.name)!.columns.map((c) => c.databaseName))
    const extra = (await src.columnNames(t.name)).filter((c) => !known.has(c))
    if (extra.length) throw new PindahError(`Kolom ${extra.join(', ')} pada tabel ${t.name} tidak dikenal Sidara versi ini; pemindahan dibatalkan.`)
    counts.set(t.name, await src.count(t.name))
  }
  const totalBaris = [...counts.values()].reduce((a, b) => a + b, 0)
  const names = tables.map((t) => t.name)
  const plan = fillOrder(names, await foreignKeys(em))
  if ('stuck' in plan) throw new PindahError(`Urutan pengisian tabel tidak dapat ditentukan (kunci asing melingkar): ${plan.stuck.join(', ')}.`)
  const { order, postponed } = plan

  // Attachment bytes as read from the file, to compare with what the server stored.
  const sourceHashes = new Map<number, string>()
  let baris = 0
  report({ tahap: 'menyalin', baris, totalBaris })
  for (const name of order) {
    const meta = metaByTable.get(name)!
    const later = new Set(postponed.filter((p) => p.table === name).flatMap((p) => p.columns))
    const perBatch = Math.min(batchRows, maxRowsPerInsert(meta))
    const columns = meta.columns.map((c) => c.databaseName)
    for await (const rows of src.batches(tables.find((t) => t.name === name)!, columns, perBatch)) {
      if (name === 'attachment_content') for (const row of rows) sourceHashes.set(Number(row.attachment_id), sha256(row.data))
      await insertRows(em, meta, rows, later)
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
    const n = await countRows(em, metaByTable.get(name)!)
    tabel.push({ nama: name, baris: n })
    if (n !== counts.get(name)) wrongCounts.push(`${name}: berkas ${counts.get(name)}, server ${n}`)
  }
  check({ nama: 'jumlah-baris', ok: wrongCounts.length === 0, rincian: wrongCounts.length ? `Jumlah baris berbeda: ${wrongCounts.join('; ')}.` : `${tabel.length} tabel, ${totalBaris} baris sama.` })

  if (counts.has('counter')) {
    const key = (r: { kind: string; tahun: number; value: number }) => `${r.kind}/${r.tahun}=${r.value}`
    const a = (await src.counters()).map(key).sort()
    const b = (await counterRows(em)).map(key).sort()
    const same = a.length === b.length && a.every((v, i) => v === b[i])
    check({ nama: 'pencacah', ok: same, rincian: same ? `${a.length} pencacah (nomor agenda, nomor dokumen) sama.` : 'Nilai pencacah di server berbeda dari berkas.' })
  }

  if (counts.has('attachment_content')) {
    const stored = await attachmentHashes(em)
    const bad = stored.filter((r) => r.served !== sourceHashes.get(r.id) || (r.recorded !== null && r.recorded !== r.served)).map((r) => r.id)
    check({
      nama: 'lampiran',
      ok: bad.length === 0 && stored.length === sourceHashes.size,
      rincian: bad.length ? `Isi lampiran #${bad.join(', #')} tidak cocok dengan SHA-256-nya.` : `${stored.length} lampiran, SHA-256 tiap berkas cocok.`,
    })
  }

  if (counts.has('audit_log')) {
    const audit = await verifyAuditChain(em)
    const ok = audit.ok && audit.checked === counts.get('audit_log')
    check({
      nama: 'rantai-audit',
      ok,
      rincian: ok ? `${audit.checked} entri audit, rantai utuh.` : `Rantai audit di server putus${audit.firstBroken ? ` pada entri #${audit.firstBroken.id}: ${audit.firstBroken.problem}` : '.'}`,
    })
  }

  // Copied rows carry their ids; the identity sequences must continue after the highest one.
  const sequences = await continueIdSequences(em, order.map((name) => metaByTable.get(name)!))
  const behind = sequences.filter((s) => s.next !== s.max + 1).map((s) => s.table)
  check({ nama: 'urutan-id', ok: behind.length === 0, rincian: behind.length ? `Urutan id tidak dapat disetel: ${behind.join(', ')}.` : `${sequences.length} urutan id dilanjutkan setelah id tertinggi.` })

  return { tabel, totalBaris, pemeriksaan }
}

/** Second pass for keys that closed a cycle: sets the columns copied empty, row by row through the primary key. */
async function fillPostponed(src: ReadOnlySqlite, qr: QueryRunner, metaByTable: Map<string, EntityMetadata>, postponed: Postponed[]): Promise<void> {
  for (const p of postponed) {
    const meta = metaByTable.get(p.table)!
    const rows = await src.rowsWithAny(p.table, meta.primaryColumns.map((c) => c.databaseName), p.columns)
    await setColumns(qr.manager, meta, p.columns, rows)
  }
}
