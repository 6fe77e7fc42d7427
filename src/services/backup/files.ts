import { readdirSync, statSync, unlinkSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { BackupFile, JenisCadangan } from '../../contract/backup'
import { OFFICE_TIME_ZONE, OFFICE_UTC_OFFSET } from '../../domain/dates'

/** The default backup folder: `cadangan` beside the database file. */
export function defaultBackupFolder(dbFile: string): string {
  return join(dirname(dbFile), 'cadangan')
}

const PATTERN = /^sidara-(manual|harian|sebelum-migrasi|sebelum-pulihkan)-(\d{8})-(\d{6})(?:-\d+)?\.sqlite$/

/** Automatic kinds are pruned to the newest N; a backup the Admin made by hand is never deleted by Sidara. */
export const AUTOMATIC: readonly JenisCadangan[] = ['harian', 'sebelum-migrasi', 'sebelum-pulihkan']

/**
 * `sidara-<jenis>-YYYYMMDD-HHMMSS.sqlite` in office time (WIB, as the list and the Admin's clock show it), so names
 * sort by time; a suffix keeps two in one second apart.
 */
export function backupFileName(jenis: JenisCadangan, at: Date, folder: string): string {
  const stamp = officeStamp(at)
  let name = `sidara-${jenis}-${stamp}.sqlite`
  for (let i = 2; exists(join(folder, name)); i++) name = `sidara-${jenis}-${stamp}-${i}.sqlite`
  return join(folder, name)
}

/** YYYYMMDD-HHMMSS of an instant in the office's time zone. */
function officeStamp(at: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: OFFICE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  )
  return `${parts.year}${parts.month}${parts.day}-${parts.hour}${parts.minute}${parts.second}`
}

function exists(file: string): boolean {
  try {
    statSync(file)
    return true
  } catch {
    return false
  }
}

/** Sidara's backups in `folder`, newest first. A missing folder has none. */
export function listBackups(folder: string): BackupFile[] {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return []
  }
  const files: BackupFile[] = []
  for (const name of names) {
    const m = PATTERN.exec(name)
    if (!m) continue
    const st = statSync(join(folder, name))
    const at = new Date(`${m[2].slice(0, 4)}-${m[2].slice(4, 6)}-${m[2].slice(6, 8)}T${m[3].slice(0, 2)}:${m[3].slice(2, 4)}:${m[3].slice(4, 6)}${OFFICE_UTC_OFFSET}`).toISOString()
    files.push({ berkas: join(folder, name), nama: name, jenis: m[1] as JenisCadangan, dibuat: at, ukuran: st.size })
  }
  return files.sort((a, b) => (a.nama < b.nama ? 1 : a.nama > b.nama ? -1 : 0)).sort((a, b) => b.dibuat.localeCompare(a.dibuat))
}

/** Deletes automatic backups beyond the newest `keep` (manual ones stay). Returns the names removed. */
export function pruneBackups(folder: string, keep: number): string[] {
  const automatic = listBackups(folder).filter((b) => AUTOMATIC.includes(b.jenis))
  const removed: string[] = []
  for (const b of automatic.slice(keep)) {
    unlinkSync(b.berkas)
    removed.push(basename(b.berkas))
  }
  return removed
}
