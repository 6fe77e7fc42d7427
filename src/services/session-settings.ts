import type { EntityManager } from 'typeorm'
import { ConflictError } from '../contract/errors'
import type { Ctx } from './context'
import { addSettingVersion, latestSetting } from './settings'

export const SESSION_SETTINGS_KEY = 'sesi'

/** Minutes without a call after which a session ends (the office's practice is unknown: a setting, 30 by default). */
export const DEFAULT_IDLE_MINUTES = 30

export interface SessionSettings {
  batasMenganggurMenit: number
  /** setting_version id in force (0 = default), for the stale-screen check. */
  versi: number
}

export async function sessionSettings(em: EntityManager): Promise<SessionSettings> {
  const row = await latestSetting(em, SESSION_SETTINGS_KEY)
  if (!row) return { batasMenganggurMenit: DEFAULT_IDLE_MINUTES, versi: 0 }
  const v = JSON.parse(row.value) as { batasMenganggurMenit?: number }
  return { batasMenganggurMenit: v.batasMenganggurMenit ?? DEFAULT_IDLE_MINUTES, versi: row.id }
}

/** New version of the session settings (refusing a stale screen), audited. */
export async function saveSessionSettings(ctx: Ctx, input: { batasMenganggurMenit: number; versi: number }): Promise<SessionSettings> {
  const before = await sessionSettings(ctx.em)
  if (before.versi !== input.versi) throw new ConflictError()
  const value = { batasMenganggurMenit: input.batasMenganggurMenit }
  await addSettingVersion(ctx.em, SESSION_SETTINGS_KEY, value, ctx.now.toISOString(), ctx.actor?.userId ?? null)
  await ctx.audit({ entityType: 'pengaturan', entityId: SESSION_SETTINGS_KEY, before: { batasMenganggurMenit: before.batasMenganggurMenit }, after: value })
  return sessionSettings(ctx.em)
}
