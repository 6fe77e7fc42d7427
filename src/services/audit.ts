import { createHash } from 'node:crypto'
import type { EntityManager } from 'typeorm'
import type { Actor } from '../api/session'

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

export async function appendAudit(
  em: EntityManager,
  e: AuditInput & { operation: string; actor: Actor | null; shell: string; at: string },
): Promise<void> {
  const record: AuditRecord = {
    at: e.at,
    userId: e.actor?.userId ?? null,
    username: e.actor?.username ?? '',
    pegawaiId: e.actor?.pegawaiId ?? null,
    operation: e.operation,
    entityType: e.entityType,
    entityId: String(e.entityId),
    before: json(e.before),
    after: json(e.after),
    reason: e.reason ?? null,
    shell: e.shell,
  }
  const last: { hash: string }[] = await em.query('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1')
  const prevHash = last[0]?.hash ?? GENESIS_HASH
  const hash = auditHash(prevHash, record)
  await em.query(
    `INSERT INTO audit_log (at, user_id, username, pegawai_id, operation, entity_type, entity_id, before, after, reason, shell, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [record.at, record.userId, record.username, record.pegawaiId, record.operation, record.entityType, record.entityId, record.before, record.after, record.reason, record.shell, prevHash, hash],
  )
}

export interface AuditVerification {
  ok: boolean
  checked: number
  /** The first entry whose hash or link does not match, with why. */
  firstBroken?: { id: number; problem: string }
}

/** Walks the whole chain in order and reports the first broken link. */
export async function verifyAuditChain(em: EntityManager, batch = 5000): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH
  let prevId = 0
  let checked = 0
  for (;;) {
    const rows: Record<string, unknown>[] = await em.query('SELECT * FROM audit_log WHERE id > ? ORDER BY id LIMIT ?', [prevId, batch])
    if (rows.length === 0) break
    for (const row of rows) {
      const id = Number(row.id)
      if (row.prev_hash !== prevHash) {
        return { ok: false, checked, firstBroken: { id, problem: prevId === 0 ? 'Entri pertama tidak bersambung ke awal rantai.' : `Tidak bersambung dengan entri sebelumnya (#${prevId}); ada entri yang dihapus atau diubah.` } }
      }
      const expected = auditHash(prevHash, {
        at: String(row.at), userId: row.user_id === null ? null : Number(row.user_id), username: String(row.username),
        pegawaiId: row.pegawai_id === null ? null : Number(row.pegawai_id), operation: String(row.operation), entityType: String(row.entity_type),
        entityId: String(row.entity_id), before: row.before as string | null, after: row.after as string | null, reason: row.reason as string | null, shell: String(row.shell),
      })
      if (expected !== row.hash) return { ok: false, checked, firstBroken: { id, problem: 'Isi entri tidak cocok dengan hash-nya; entri ini diubah di luar aplikasi.' } }
      prevHash = String(row.hash)
      prevId = id
      checked++
    }
  }
  return { ok: true, checked }
}
