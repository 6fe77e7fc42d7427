import 'reflect-metadata'
import { existsSync } from 'node:fs'
import { DataSource, type EntityManager } from 'typeorm'
import type { BackupCheck } from '../../contract/backup'
import { entities } from '../../db/entities'
import { integrityCheck } from '../../db/sqlite-backup'
import { checkAudit } from '../audit-seal/check'

/** The tables whose row counts a backup must carry over, with their names for people. */
export const COUNTED_TABLES: Record<string, string> = {
  surat_masuk: 'surat', disposisi: 'disposisi', perangkat: 'perangkat', kasus: 'permohonan', audit_log: 'entri audit', app_user: 'pengguna',
}

/** Rows per counted table, keyed by the people's word. */
export async function countRows(em: EntityManager): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const [table, label] of Object.entries(COUNTED_TABLES)) {
    const row = await em.createQueryBuilder().from(table, 't').select('COUNT(*)', 'n').getRawOne<{ n: number }>()
    counts[label] = Number(row?.n ?? 0)
  }
  return counts
}

/**
 * Checks a backup file without changing the live database: SQLite's integrity check, the full audit check (chain,
 * seals, anchor and data; needs this installation's anchor key) and, when `expected` is given, the same row counts
 * as the database it was made from. A file that is not a Sidara database fails with a clear message.
 */
export async function verifyBackupFile(file: string, key: Buffer, expected?: Record<string, number>): Promise<BackupCheck> {
  if (!existsSync(file)) return { ok: false, integritas: '', jumlah: {}, masalah: ['Berkas cadangan tidak ditemukan.'] }
  const ds = new DataSource({ type: 'sqlite', database: file, entities, synchronize: false, migrationsRun: false, busyTimeout: 5000 })
  const masalah: string[] = []
  let integritas = ''
  let jumlah: Record<string, number> = {}
  try {
    await ds.initialize()
    integritas = await integrityCheck(ds)
    if (integritas !== 'ok') masalah.push(`Berkas rusak menurut SQLite: ${integritas}`)
    jumlah = await countRows(ds.manager)
    const audit = await checkAudit(ds.manager, key)
    if (!audit.ok) masalah.push(`Jejak audit di cadangan tidak utuh (${audit.firstBroken?.tempat}): ${audit.firstBroken?.problem}`)
    if (expected) {
      for (const [label, n] of Object.entries(expected)) {
        if (jumlah[label] !== n) masalah.push(`Jumlah ${label} di cadangan ${jumlah[label] ?? 0}, seharusnya ${n}.`)
      }
    }
  } catch (error) {
    masalah.push(`Berkas ini bukan cadangan Sidara yang dapat dibaca (${error instanceof Error ? error.message : String(error)}).`)
  } finally {
    if (ds.isInitialized) await ds.destroy()
  }
  return { ok: masalah.length === 0, integritas, jumlah, masalah }
}
