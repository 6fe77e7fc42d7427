import { z } from 'zod'
import { query } from './define'
import { paging, tanggal, type Page } from './fields'
import { anyOf } from './roles'

export interface AuditRow {
  id: number
  at: string
  username: string
  operation: string
  action: string
  entityType: string
  entityId: string
  before: unknown
  after: unknown
  reason: string | null
  shell: string
}

/** One part of the audit check, as the screen lists it. */
export interface AuditCheckItem {
  nama: string
  ok: boolean
  keterangan: string
}

/**
 * The result of `audit.verify`. `firstBroken.id` is the audit entry where the chain breaks, or 0 when the break is
 * elsewhere (the anchor, or a letter/device/case without its record); `tempat` names that place for people.
 */
export interface AuditVerifyResult {
  ok: boolean
  checked: number
  firstBroken?: { id: number; tempat: string; problem: string }
  checks: AuditCheckItem[]
}

export const auditContract = {
  'audit.list': query(
    z.object({
      ...paging,
      userId: z.number().int().positive().optional(),
      // A NUL is refused as in every text field (PostgreSQL text cannot hold one).
      entityType: z.string().max(40).refine((v) => !v.includes('\0'), { error: 'Jenis data berisi karakter yang tidak diizinkan.' }).optional(),
      entityId: z.string().max(40).refine((v) => !v.includes('\0'), { error: 'ID data berisi karakter yang tidak diizinkan.' }).optional(),
      dari: tanggal('Dari tanggal').optional(),
      sampai: tanggal('Sampai tanggal').optional(),
    }),
    anyOf('admin'),
  ).returns<Page<AuditRow>>(),
  // In the work queue: it reads the chain with the writer's view while it seals.
  'audit.verify': query(z.object({}), anyOf('admin'), { readPath: false }).returns<AuditVerifyResult>(),
  'audit.entityTypes': query(z.object({}), anyOf('admin')).returns<string[]>(),
}
