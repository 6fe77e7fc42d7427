import type { EntityManager } from 'typeorm'
import { AuditAnchor } from '../../db/entities/AuditAnchor'
import { anchorText, appendAudit, sealOf, verifyAuditChain } from '../audit'

/**
 * Signs the anchor left unsigned by the upgrade migration (entries before it carry no MAC). This happens once per
 * installation and is itself written into the chain as `audit.segel`, so a hand-made reset shows up in Jejak Audit.
 * Nothing is signed when the chain is already broken: the check keeps reporting it.
 */
export async function signNewAnchor(em: EntityManager, key: Buffer, at: string): Promise<boolean> {
  const anchors = em.getRepository(AuditAnchor)
  const anchor = await anchors.findOneBy({ id: 1 })
  if (!anchor || anchor.mac !== null) return false
  const chain = await verifyAuditChain(em)
  if (!chain.ok) return false
  const signed = { jumlah: chain.checked, lastId: chain.lastId, lastHash: chain.lastHash, legacyUntil: chain.lastId }
  await anchors.update({ id: 1 }, { ...signed, mac: sealOf(key, anchorText(signed)), updatedAt: at })
  // A new installation has nothing unsealed to mention.
  if (chain.checked === 0) return true
  await appendAudit(em, {
    entityType: 'audit', entityId: 'jangkar', operation: 'audit.segel', actor: null, shell: 'sistem', at, key,
    after: { entriTanpaSegel: chain.checked }, reason: 'Segel rantai audit dipasang (entri sebelumnya tanpa segel).',
  })
  return true
}

/** What the anchor says, or why it cannot be trusted. */
export type AnchorReading = { ok: true; anchor: AuditAnchor } | { ok: false; problem: string; anchor: AuditAnchor | null }

export async function readAnchor(em: EntityManager, key: Buffer): Promise<AnchorReading> {
  let anchor: AuditAnchor | null
  try {
    anchor = await em.getRepository(AuditAnchor).findOneBy({ id: 1 })
  } catch {
    return { ok: false, problem: 'Tabel jangkar rantai audit tidak ada; basis data diubah di luar aplikasi.', anchor: null }
  }
  if (!anchor) return { ok: false, problem: 'Jangkar rantai audit hilang; basis data diubah di luar aplikasi.', anchor: null }
  if (anchor.mac === null) return { ok: false, problem: 'Jangkar rantai audit belum bersegel.', anchor }
  if (anchor.mac !== sealOf(key, anchorText(anchor))) {
    return { ok: false, problem: 'Segel jangkar tidak cocok: jangkar diubah di luar aplikasi, atau kunci jangkar di folder data diganti.', anchor }
  }
  return { ok: true, anchor }
}
