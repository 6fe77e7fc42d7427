import { createHash, createHmac } from 'node:crypto'
import { MoreThan, type EntityManager } from 'typeorm'
import type { Actor } from '../runtime/session'
import { AuditAnchor } from '../db/entities/AuditAnchor'
import { AuditEntry } from '../db/entities/AuditEntry'
import { dialectOf } from '../db/engines'

export interface AuditInput {
  entityType: string
  entityId: string | number
  before?: unknown
  after?: unknown
  reason?: string | null
}

interface AuditRecord {
  at: string
  userId: number | null
  username: string
  pegawaiId: number | null
  operation: string
  entityType: string
  entityId: string
  before: string | null
  after: string | null
  reason: string | null
  shell: string
}

export const GENESIS_HASH = '0'.repeat(64)

/** The hash of an entry covers every field and the previous entry's hash, so editing or removing a row breaks the chain. */
export function auditHash(prevHash: string, r: AuditRecord): string {
  const canonical = JSON.stringify([prevHash, r.at, r.userId, r.username, r.pegawaiId, r.operation, r.entityType, r.entityId, r.before, r.after, r.reason, r.shell])
  return createHash('sha256').update(canonical).digest('hex')
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v))

/** HMAC-SHA256 (hex) with the anchor key: what someone editing the database cannot recompute. */
export function sealOf(key: Buffer, text: string): string {
  return createHmac('sha256', key).update(text).digest('hex')
}

/** The text the anchor's MAC covers. */
export function anchorText(a: Pick<AuditAnchor, 'jumlah' | 'lastId' | 'lastHash' | 'legacyUntil'>): string {
  return `sidara-audit-anchor|${a.jumlah}|${a.lastId}|${a.lastHash}|${a.legacyUntil}`
}

/** Who writes, when and where: what every entry of one call shares. */
export interface AuditWriter {
  operation: string
  actor: Actor | null
  shell: string
  at: string
  key: Buffer
}

/**
 * Appends one entry to the chain and moves the signed anchor forward, in the caller's transaction.
 * `key` is the anchor key (see audit-seal/key.ts). A missing anchor is not recreated here: the check reports it.
 */
export async function appendAudit(em: EntityManager, e: AuditInput & AuditWriter): Promise<void> {
  await appendAuditMany(em, [e], e)
}

/** Entries per INSERT: 14 columns each, well under SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
const AUDIT_BATCH = 500

/**
 * Appends `entries` to the chain in their order, as `appendAudit` would one by one (each entry's hash covers the one
 * before it), but with one read of the chain's end, one multi-row INSERT per 500 entries and one anchor update.
 * Runs in the caller's transaction (which holds the write lock, so nobody appends between the read and the insert).
 */
export async function appendAuditMany(em: EntityManager, entries: readonly AuditInput[], w: AuditWriter): Promise<void> {
  if (entries.length === 0) return
  // Another desk on the server must not read the same chain end between our read and our insert (a forked chain).
  await dialectOf(em).lockUntilCommit(em, 'rantaiAudit')
  const log = em.getRepository(AuditEntry)
  const [last] = await log.find({ select: { id: true, hash: true }, order: { id: 'DESC' }, take: 1 })
  let prevHash = last?.hash ?? GENESIS_HASH
  const rows: Omit<AuditEntry, 'id'>[] = entries.map((e) => {
    const record: AuditRecord = {
      at: w.at,
      userId: w.actor?.userId ?? null,
      username: w.actor?.username ?? '',
      pegawaiId: w.actor?.pegawaiId ?? null,
      operation: w.operation,
      entityType: e.entityType,
      entityId: String(e.entityId),
      before: json(e.before),
      after: json(e.after),
      reason: e.reason ?? null,
      shell: w.shell,
    }
    const hash = auditHash(prevHash, record)
    const row = { ...record, prevHash, hash, mac: sealOf(w.key, hash) }
    prevHash = hash
    return row
  })
  // The insert gives the new entries' ids (no read of the chain's end afterwards: one round trip fewer per write).
  let lastId = 0
  for (let i = 0; i < rows.length; i += AUDIT_BATCH) {
    const ids = await dialectOf(em).insertMany(em, AuditEntry, rows.slice(i, i + AUDIT_BATCH))
    lastId = ids[ids.length - 1]
  }
  if (last && lastId <= last.id) throw new Error('Rantai audit: entri terakhir bukan yang baru ditulis.')
  const end = { id: lastId }
  const anchors = em.getRepository(AuditAnchor)
  const anchor = await anchors.findOneBy({ id: 1 })
  if (!anchor) return
  const next = { jumlah: anchor.jumlah + rows.length, lastId: end.id, lastHash: prevHash, legacyUntil: anchor.legacyUntil }
  await anchors.update({ id: 1 }, { ...next, mac: sealOf(w.key, anchorText(next)), updatedAt: w.at })
}

export interface AuditVerification {
  ok: boolean
  checked: number
  /** The first entry whose hash, link or seal does not match, with why. */
  firstBroken?: { id: number; problem: string }
  /** The last entry that passed (0 when none did). */
  lastId: number
  lastHash: string
}

/**
 * Walks the whole chain in order and reports the first broken link. With a `seal`, entries after `legacyUntil`
 * must also carry the MAC of their hash under the anchor key, so an entry edited and re-hashed, or appended by
 * hand, is found at its own id.
 */
export async function verifyAuditChain(em: EntityManager, seal?: { key: Buffer; legacyUntil: number }, batch = 5000): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH
  let prevId = 0
  let checked = 0
  const broken = (id: number, problem: string): AuditVerification => ({ ok: false, checked, firstBroken: { id, problem }, lastId: prevId, lastHash: prevHash })
  for (;;) {
    const rows = await em.getRepository(AuditEntry).find({ where: { id: MoreThan(prevId) }, order: { id: 'ASC' }, take: batch })
    if (rows.length === 0) break
    for (const row of rows) {
      const id = row.id
      if (row.prevHash !== prevHash) {
        return broken(id, prevId === 0 ? 'Entri pertama tidak bersambung ke awal rantai; entri awal dihapus atau diganti.' : `Tidak bersambung dengan entri sebelumnya (#${prevId}); ada entri yang dihapus atau diubah.`)
      }
      const expected = auditHash(prevHash, {
        at: row.at, userId: row.userId, username: row.username, pegawaiId: row.pegawaiId, operation: row.operation, entityType: row.entityType,
        entityId: row.entityId, before: row.before, after: row.after, reason: row.reason, shell: row.shell,
      })
      if (expected !== row.hash) return broken(id, 'Isi entri tidak cocok dengan hash-nya; entri ini diubah di luar aplikasi.')
      if (seal && (id > seal.legacyUntil || row.mac !== null) && row.mac !== sealOf(seal.key, expected)) {
        return broken(id, 'Segel entri tidak cocok; entri ini ditulis atau dihitung ulang di luar aplikasi.')
      }
      prevHash = row.hash
      prevId = id
      checked++
    }
  }
  return { ok: true, checked, lastId: prevId, lastHash: prevHash }
}

/** One record's audit entries, newest first (for its history view). `entityId` as stored: text. */
export async function auditEntriesOf(em: EntityManager, entityType: string, entityId: string): Promise<AuditEntry[]> {
  return em.getRepository(AuditEntry).find({ where: { entityType, entityId }, order: { id: 'DESC' } })
}
