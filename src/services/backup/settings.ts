import type { EntityManager } from 'typeorm'
import { ConflictError } from '../../contract/errors'
import type { Ctx } from '../context'
import { addSettingVersion, latestSetting } from '../settings'
import { defaultBackupFolder } from './files'

export const BACKUP_SETTINGS_KEY = 'cadangan'

/** How many automatic backups are kept when the Admin has not chosen (a week of daily ones). */
export const DEFAULT_KEEP = 7

export interface BackupSettings {
  /** Folder for backups; '' means the default `cadangan` folder beside the database. */
  folder: string
  simpanTerakhir: number
  /** The setting_version id in force (0 = defaults), sent back by the screen to detect a stale edit. */
  versi: number
}

/** The backup settings in force. Tolerates a database whose schema predates settings (used before migrations). */
export async function backupSettings(em: EntityManager): Promise<BackupSettings> {
  try {
    const row = await latestSetting(em, BACKUP_SETTINGS_KEY)
    if (!row) return { folder: '', simpanTerakhir: DEFAULT_KEEP, versi: 0 }
    const v = JSON.parse(row.value) as Partial<BackupSettings>
    return { folder: v.folder ?? '', simpanTerakhir: v.simpanTerakhir ?? DEFAULT_KEEP, versi: Number(row.id) }
  } catch {
    return { folder: '', simpanTerakhir: DEFAULT_KEEP, versi: 0 }
  }
}

/** The folder backups go to for this database. */
export function backupFolder(settings: BackupSettings, dbFile: string): string {
  return settings.folder || defaultBackupFolder(dbFile)
}

/** Saves a new version of the settings (never in place), refusing a stale screen, and audits the change. */
export async function saveBackupSettings(ctx: Ctx, input: { folder: string; simpanTerakhir: number; versi: number }): Promise<BackupSettings> {
  const before = await backupSettings(ctx.em)
  if (before.versi !== input.versi) throw new ConflictError()
  const value = { folder: input.folder, simpanTerakhir: input.simpanTerakhir }
  await addSettingVersion(ctx.em, BACKUP_SETTINGS_KEY, value, ctx.now.toISOString(), ctx.actor?.userId ?? null)
  await ctx.audit({ entityType: 'pengaturan', entityId: BACKUP_SETTINGS_KEY, before: { folder: before.folder, simpanTerakhir: before.simpanTerakhir }, after: value })
  return backupSettings(ctx.em)
}
