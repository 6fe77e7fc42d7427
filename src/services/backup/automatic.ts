import { mkdirSync } from 'node:fs'
import type { DataSource } from 'typeorm'
import type { Core } from '../../runtime/core'
import { todayInOffice } from '../../domain/dates'
import { vacuumInto } from '../../db/sqlite-backup'
import { backupFileName, listBackups, pruneBackups } from './files'
import { startBackup } from './jobs'
import { onServer } from './server'
import { backupFolder, backupSettings } from './settings'

/**
 * Before pending migrations run on an existing database: a `VACUUM INTO` copy named `sebelum-migrasi`, so a failed
 * or unwanted upgrade can be undone by "Pulihkan". Runs before the schema changes, so it reads settings defensively.
 */
export async function backupBeforeMigrations(ds: DataSource, dbFile: string, now: Date): Promise<void> {
  const settings = await backupSettings(ds.manager)
  const folder = backupFolder(settings, dbFile)
  mkdirSync(folder, { recursive: true })
  await vacuumInto(ds, backupFileName('sebelum-migrasi', now, folder))
  pruneBackups(folder, settings.simpanTerakhir)
}

/** The first start of each office day makes a verified `harian` backup in the background. Returns whether it started. */
export async function dailyBackupIfDue(core: Core): Promise<boolean> {
  // The office's server is backed up there (pg_dump); Sidara makes file backups of SQLite only.
  if (onServer(core.ds)) return false
  const settings = await core.run(() => backupSettings(core.ds.manager))
  const today = todayInOffice(core.clock())
  const done = listBackups(backupFolder(settings, core.dbFile)).some((b) => b.jenis === 'harian' && todayInOffice(new Date(b.dibuat)) === today)
  if (done) return false
  startBackup(core, { actor: null, shell: 'sistem' }, { jenis: 'harian' })
  return true
}
