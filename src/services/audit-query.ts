import type { EntityManager } from 'typeorm'
import type { AuditRow } from '../api/contract/audit'
import type { Page } from '../api/contract/fields'
import { officeDayRange } from '../domain/dates'
import { OPERATION_LABELS } from './history'
import { maskAuditRows } from './rahasia'
import type { Actor } from '../api/session'

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
  const where: string[] = []
  const params: unknown[] = []
  const add = (sql: string, value: unknown) => {
    where.push(sql)
    params.push(value)
  }
  if (f.userId !== undefined) add('user_id = ?', f.userId)
  if (f.entityType) add('entity_type = ?', f.entityType)
  if (f.entityId) add('entity_id = ?', f.entityId)
  // Office days start at 00:00 WIB = 17:00 UTC the day before.
  if (f.dari) add('at >= ?', officeDayRange(f.dari).from)
  if (f.sampai) add('at < ?', officeDayRange(f.sampai).to)
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : ''
  const [{ total }] = await em.query(`SELECT COUNT(*) AS total FROM audit_log ${whereSql}`, params)
  const rows: { id: number; at: string; username: string; operation: string; entity_type: string; entity_id: string; before: string | null; after: string | null; reason: string | null; shell: string }[] =
    await em.query(`SELECT id, at, username, operation, entity_type, entity_id, before, after, reason, shell FROM audit_log ${whereSql} ORDER BY id ${f.sortDesc ? 'DESC' : 'ASC'} LIMIT ? OFFSET ?`, [
      ...params, f.pageSize, (f.page - 1) * f.pageSize,
    ])
  return {
    total: Number(total),
    items: await maskAuditRows(em, actor, rows.map((r) => ({
      id: Number(r.id), at: r.at, username: r.username, operation: r.operation, action: OPERATION_LABELS[r.operation] ?? r.operation,
      entityType: r.entity_type, entityId: r.entity_id, before: r.before ? JSON.parse(r.before) : null, after: r.after ? JSON.parse(r.after) : null,
      reason: r.reason, shell: r.shell,
    }))),
  }
}

export async function auditEntityTypes(em: EntityManager): Promise<string[]> {
  const rows: { t: string }[] = await em.query('SELECT DISTINCT entity_type AS t FROM audit_log ORDER BY t')
  return rows.map((r) => r.t)
}
