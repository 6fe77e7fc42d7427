import { copyFileSync, existsSync, mkdirSync, openSync, fsyncSync, closeSync, renameSync, rmSync } from 'node:fs'
import { basename } from 'node:path'
import type { CadanganTugas, JenisCadangan } from '../../contract/backup'
import { DomainError } from '../../contract/errors'
import type { Core } from '../../runtime/core'
import type { Actor, Shell } from '../../runtime/session'
import { onlineBackup } from '../../db/sqlite-backup'
import { appendAudit } from '../audit'
import { AUTOMATIC, backupFileName, pruneBackups } from './files'
import { backupFolder, backupSettings } from './settings'
import { countRows, verifyBackupFile } from './verify'

// One backup or restore at a time per core; the screen polls its progress. Kept in memory: a job belongs to this run.
const jobs = new WeakMap<Core, CadanganTugas>()
let nextId = 1

export function currentJob(core: Core): CadanganTugas | null {
  const job = jobs.get(core)
  return job ? { ...job, pemeriksaan: job.pemeriksaan && { ...job.pemeriksaan } } : null
}

/** Resolves when the core's current job (if any) has finished; for tests and for closing the app cleanly. */
export async function jobFinished(core: Core): Promise<CadanganTugas | null> {
  for (;;) {
    const job = jobs.get(core)
    if (!job || job.selesai) return job ? currentJob(core) : null
    await new Promise((r) => setTimeout(r, 20))
  }
}

interface Who {
  actor: Actor | null
  shell: Shell | 'sistem'
}

function begin(core: Core, jenis: CadanganTugas['jenis'], tahap: string): CadanganTugas {
  const running = jobs.get(core)
  if (running && !running.selesai) throw new DomainError('Pencadangan atau pemulihan lain sedang berjalan. Tunggu sampai selesai.')
  const job: CadanganTugas = { id: nextId++, jenis, tahap, persen: 0, selesai: false, berhasil: null, pesan: '', berkas: null, pemeriksaan: null }
  jobs.set(core, job)
  return job
}

function finish(job: CadanganTugas, berhasil: boolean, pesan: string): void {
  Object.assign(job, { selesai: true, berhasil, pesan, persen: berhasil ? 100 : job.persen, tahap: berhasil ? 'Selesai' : 'Gagal' })
}

async function audit(core: Core, who: Who, operation: string, after: Record<string, unknown>, reason: string | null = null): Promise<void> {
  await core.run(() =>
    core.ds.transaction((em) =>
      appendAudit(em, { entityType: 'cadangan', entityId: String(after.berkas ?? ''), after, reason, operation, actor: who.actor, shell: who.shell, at: core.clock().toISOString(), key: core.auditKey.key() }),
    ),
  )
}

/**
 * Writes one verified backup into `folder`: online backup to a temporary name, full check against the live row
 * counts, then the final name. `from`..`to` is the share of the job's progress bar this takes.
 */
async function writeBackup(core: Core, job: CadanganTugas, folder: string, jenis: JenisCadangan, from = 0, to = 100): Promise<{ file: string; ok: boolean; problems: string[] }> {
  mkdirSync(folder, { recursive: true })
  const file = backupFileName(jenis, core.clock(), folder)
  const partial = `${file}.sebagian`
  try {
    job.tahap = 'Menyalin basis data'
    const expected = await onlineBackup(core.ds, partial, (w) => core.run(w), (f) => (job.persen = Math.round(from + f * (to - from) * 0.8)), () => countRows(core.ds.manager))
    job.tahap = 'Memeriksa cadangan'
    job.persen = Math.round(from + (to - from) * 0.85)
    const check = await verifyBackupFile(partial, core.auditKey.key(), expected)
    job.pemeriksaan = check
    renameSync(partial, file)
    job.berkas = file
    return { file, ok: check.ok, problems: check.masalah }
  } finally {
    rmSync(partial, { force: true })
  }
}

/** Starts "Cadangkan Sekarang" (or an automatic backup) in the background and returns the job to poll. */
export function startBackup(core: Core, who: Who, options: { folder?: string; jenis?: JenisCadangan } = {}): CadanganTugas {
  const job = begin(core, 'cadangkan', 'Menyiapkan')
  const jenis = options.jenis ?? 'manual'
  void (async () => {
    try {
      const settings = await core.run(() => backupSettings(core.ds.manager))
      const folder = options.folder || backupFolder(settings, core.dbFile)
      const result = await writeBackup(core, job, folder, jenis)
      if (AUTOMATIC.includes(jenis)) pruneBackups(folder, settings.simpanTerakhir)
      await audit(core, who, 'cadangan.cadangkan', { berkas: basename(result.file), jenis, ...job.pemeriksaan?.jumlah, diperiksa: result.ok ? 'utuh' : result.problems.join(' ') })
      finish(job, result.ok, result.ok ? `Cadangan tersimpan dan sudah diperiksa: ${result.file}` : `Cadangan tersimpan, tetapi pemeriksaannya menemukan masalah: ${result.problems.join(' ')}`)
    } catch (error) {
      core.logError('Pencadangan gagal', error)
      finish(job, false, `Pencadangan gagal: ${reasonOf(error)}`)
    }
  })()
  return currentJob(core)!
}

/**
 * "Pulihkan": checks the chosen backup first (nothing changes if it fails), keeps the current database as one more
 * backup, then puts the backup in place and reopens. If reopening fails, the kept copy is put back.
 */
export function startRestore(core: Core, who: Who, berkas: string): CadanganTugas {
  const job = begin(core, 'pulihkan', 'Memeriksa cadangan yang dipilih')
  void (async () => {
    try {
      const check = await verifyBackupFile(berkas, core.auditKey.key())
      job.pemeriksaan = check
      job.persen = 25
      if (!check.ok) return finish(job, false, `Cadangan ini tidak dipulihkan karena pemeriksaannya gagal: ${check.masalah.join(' ')}`)
      const settings = await core.run(() => backupSettings(core.ds.manager))
      const kept = await writeBackup(core, job, backupFolder(settings, core.dbFile), 'sebelum-pulihkan', 25, 80)
      job.pemeriksaan = check
      job.tahap = 'Memulihkan'
      job.persen = 85
      await core.run(() =>
        core.reopen(async () => {
          try {
            replaceFile(berkas, core.dbFile)
          } catch (error) {
            replaceFile(kept.file, core.dbFile)
            throw error
          }
        }),
      )
      await audit(core, who, 'cadangan.pulihkan', { berkas: basename(berkas), cadanganSebelumnya: basename(kept.file), ...check.jumlah }, 'Basis data dipulihkan dari cadangan.')
      pruneBackups(backupFolder(settings, core.dbFile), settings.simpanTerakhir)
      finish(job, true, `Data dipulihkan dari ${basename(berkas)}. Data sebelumnya disimpan sebagai ${basename(kept.file)}.`)
    } catch (error) {
      core.logError('Pemulihan gagal', error)
      finish(job, false, `Pemulihan gagal: ${reasonOf(error)}`)
    }
  })()
  return currentJob(core)!
}

/** Puts `source` in place of the (closed) database file: copy beside it, flush to disk, then an atomic rename. */
function replaceFile(source: string, dbFile: string): void {
  const temp = `${dbFile}.pulihkan`
  copyFileSync(source, temp)
  const fd = openSync(temp, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  for (const suffix of ['-wal', '-shm']) if (existsSync(dbFile + suffix)) rmSync(dbFile + suffix)
  renameSync(temp, dbFile)
}

function reasonOf(error: unknown): string {
  if (error instanceof DomainError) return error.message
  const code = (error as { code?: string }).code
  if (code === 'EACCES' || code === 'EPERM') return 'folder tidak dapat ditulisi (hak akses).'
  if (code === 'ENOSPC') return 'ruang disk penuh.'
  if (code === 'ENOENT') return 'folder atau berkas tidak ditemukan.'
  return 'kesalahan tak terduga; lihat log aplikasi.'
}
