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

export interface AuditVerifyResult {
  ok: boolean
  checked: number
  firstBroken?: { id: number; problem: string }
}

export const auditContract = {
  'audit.list': query(
    z.object({
      ...paging,
      userId: z.number().int().positive().optional(),
      entityType: z.string().max(40).optional(),
      entityId: z.string().max(40).optional(),
      dari: tanggal('Dari tanggal').optional(),
      sampai: tanggal('Sampai tanggal').optional(),
    }),
    anyOf('admin'),
  ).returns<Page<AuditRow>>(),
  'audit.verify': query(z.object({}), anyOf('admin')).returns<AuditVerifyResult>(),
  'audit.entityTypes': query(z.object({}), anyOf('admin')).returns<string[]>(),
}
