import type { EntityManager } from 'typeorm'
import type { AuditRow } from '../contract/audit'
import type { Page } from '../contract/fields'
import { AuditEntry } from '../db/entities/AuditEntry'
import { officeDayRange } from '../domain/dates'
import { OPERATION_LABELS } from './history'
import { maskAuditRows } from './rahasia'
import type { Actor } from '../runtime/session'

interface AuditFilter {
  page: number
  pageSize: number
  sortDesc: boolean
  userId?: number
  entityType?: string
  entityId?: string
  dari?: string
  sampai?: string
}

/**
 * The audit trail for the Admin's "Jejak Audit" screen. Dates filter by the office's calendar day (UTC+7). A Rahasia
 * letter's contents are withheld from an actor outside its chain (see `maskAuditRows`).
 */
export async function listAudit(em: EntityManager, f: AuditFilter, actor: Actor | null = null): Promise<Page<AuditRow>> {
  const qb = em.getRepository(AuditEntry).createQueryBuilder('a')
  if (f.userId !== undefined) qb.andWhere('a.userId = :userId', { userId: f.userId })
  if (f.entityType) qb.andWhere('a.entityType = :entityType', { entityType: f.entityType })
  if (f.entityId) qb.andWhere('a.entityId = :entityId', { entityId: f.entityId })
  // Office days start at 00:00 WIB = 17:00 UTC the day before.
  if (f.dari) qb.andWhere('a.at >= :dari', { dari: officeDayRange(f.dari).from })
  if (f.sampai) qb.andWhere('a.at < :sampai', { sampai: officeDayRange(f.sampai).to })
  // COUNT(*) rather than getCount()'s COUNT(DISTINCT id), which SQLite answers through a temporary b-tree.
  const counted = await qb.clone().select('COUNT(*)', 'n').getRawOne<{ n: number | string }>()
  const total = Number(counted?.n ?? 0)
  // offset/limit (not skip/take): one plain query, no join to paginate around.
  const rows = await qb.orderBy('a.id', f.sortDesc ? 'DESC' : 'ASC').offset((f.page - 1) * f.pageSize).limit(f.pageSize).getMany()
  return {
    total,
    items: await maskAuditRows(em, actor, rows.map((r) => ({
      id: Number(r.id), at: r.at, username: r.username, operation: r.operation, action: OPERATION_LABELS[r.operation] ?? r.operation,
      entityType: r.entityType, entityId: r.entityId, before: r.before ? JSON.parse(r.before) : null, after: r.after ? JSON.parse(r.after) : null,
      reason: r.reason, shell: r.shell,
    }))),
  }
}

/** The entity types found in the trail, in code-point order (the same on both engines whatever the collation). */
export async function auditEntityTypes(em: EntityManager): Promise<string[]> {
  const rows = await em.getRepository(AuditEntry).createQueryBuilder('a').select('DISTINCT a.entity_type', 't').getRawMany<{ t: string }>()
  return rows.map((r) => r.t).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}
