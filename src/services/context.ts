import type { EntityManager } from 'typeorm'
import { AppError } from '../contract/errors'
import type { Core } from '../runtime/core'
import type { Actor, Session } from '../runtime/session'
import { appendAudit, appendAuditMany, type AuditInput, type AuditWriter } from './audit'

/** Everything a use-case gets: the transaction's entity manager, who is acting, and the audit writer. */
export interface Ctx {
  em: EntityManager
  core: Core
  session: Session
  actor: Actor | null
  /** The instant this call started (one clock reading per call, so a use-case is consistent). */
  now: Date
  operation: string
  /** Writes an audit entry in the same transaction as the change it describes. */
  audit(entry: AuditInput): Promise<void>
}

export function makeCtx(core: Core, em: EntityManager, session: Session, actor: Actor | null, operation: string): Ctx {
  const now = core.clock()
  return {
    em,
    core,
    session,
    actor,
    now,
    operation,
    audit: (entry) => appendAudit(em, { ...entry, operation, actor, shell: session.shell, at: now.toISOString(), key: core.auditKey.key() }),
  }
}

export function requireActor(ctx: Ctx): Actor {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Silakan masuk terlebih dahulu.')
  return ctx.actor
}

/** The writer of `ctx`'s audit entries (operation, actor, shell, instant, key), for `appendAuditMany`. */
export function auditWriter(ctx: Ctx): AuditWriter {
  return { operation: ctx.operation, actor: ctx.actor, shell: ctx.session.shell, at: ctx.now.toISOString(), key: ctx.core.auditKey.key() }
}

/** Writes many audit entries in order, in `ctx`'s transaction, chained exactly as one `ctx.audit` call each would be. */
export async function auditMany(ctx: Ctx, entries: readonly AuditInput[]): Promise<void> {
  await appendAuditMany(ctx.em, entries, auditWriter(ctx))
}
