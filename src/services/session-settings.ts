import type { EntityManager } from 'typeorm'
import { ConflictError } from '../api/contract/errors'
import type { Ctx } from './context'

export const SESSION_SETTINGS_KEY = 'sesi'

/** Minutes without a call after which a session ends (the office's practice is unknown: a setting, 30 by default). */
export const DEFAULT_IDLE_MINUTES = 30

export interface SessionSettings {
  batasMenganggurMenit: number
  /** setting_version id in force (0 = default), for the stale-screen check. */
  versi: number
}

export async function sessionSettings(em: EntityManager): Promise<SessionSettings> {
  const rows: { id: number; value: string }[] = await em.query('SELECT id, value FROM setting_version WHERE key = ? ORDER BY id DESC LIMIT 1', [SESSION_SETTINGS_KEY])
  if (!rows[0]) return { batasMenganggurMenit: DEFAULT_IDLE_MINUTES, versi: 0 }
  const v = JSON.parse(rows[0].value) as { batasMenganggurMenit?: number }
  return { batasMenganggurMenit: v.batasMenganggurMenit ?? DEFAULT_IDLE_MINUTES, versi: Number(rows[0].id) }
}

/** New version of the session settings (refusing a stale screen), audited. */
export async function saveSessionSettings(ctx: Ctx, input: { batasMenganggurMenit: number; versi: number }): Promise<SessionSettings> {
  const before = await sessionSettings(ctx.em)
  if (before.versi !== input.versi) throw new ConflictError()
  const value = { batasMenganggurMenit: input.batasMenganggurMenit }
  await ctx.em.query('INSERT INTO setting_version (key, value, berlaku_sejak, created_by) VALUES (?, ?, ?, ?)', [SESSION_SETTINGS_KEY, JSON.stringify(value), ctx.now.toISOString(), ctx.actor?.userId ?? null])
  await ctx.audit({ entityType: 'pengaturan', entityId: SESSION_SETTINGS_KEY, before: { batasMenganggurMenit: before.batasMenganggurMenit }, after: value })
  return sessionSettings(ctx.em)
}
