import { z } from 'zod'
import { command, query } from './define'
import { wajib } from './fields'
import { anyOf } from './roles'

/** Why a backup file exists: made by hand, the daily one, or kept before a migration or a restore. */
export type JenisCadangan = 'manual' | 'harian' | 'sebelum-migrasi' | 'sebelum-pulihkan'

export interface BackupFile {
  /** Full path of the file. */
  berkas: string
  nama: string
  jenis: JenisCadangan
  /** ISO instant the backup was made. */
  dibuat: string
  /** Bytes. */
  ukuran: number
}

/** The result of checking a backup file: SQLite integrity, the audit check (chain, anchor, data) and row counts. */
export interface BackupCheck {
  ok: boolean
  /** `PRAGMA integrity_check`: 'ok' or SQLite's complaints. */
  integritas: string
  /** Rows per table in the backup (surat, disposisi, perangkat, permohonan, entri audit, pengguna). */
  jumlah: Record<string, number>
  /** Everything that is wrong, in Indonesian; empty when ok. */
  masalah: string[]
}

/** A running or finished backup/restore, polled by the screen for its progress. */
export interface CadanganTugas {
  id: number
  jenis: 'cadangkan' | 'pulihkan'
  /** What is happening now, for people ("Menyalin basis data", "Memeriksa cadangan", ...). */
  tahap: string
  /** 0..100 */
  persen: number
  selesai: boolean
  /** null while running. */
  berhasil: boolean | null
  pesan: string
  berkas: string | null
  pemeriksaan: BackupCheck | null
}

/** With PostgreSQL: how the server is backed up (README, "Cadangan server"), shown instead of the buttons. */
export interface CadanganServer {
  /** "host:port" */
  server: string
  basisData: string
  keterangan: string
  /** The pg_dump command for this server and database (no password). */
  cadangkan: string
  /** The pg_restore command, into a new empty database. */
  pulihkan: string
  sesudahPulihkan: string
}

export interface CadanganInfo {
  /** 'sqlite': Sidara makes the backups. A shared PostgreSQL server is backed up on the server (see `server`). */
  mode: 'sqlite' | 'postgres'
  folder: string
  folderBawaan: string
  simpanTerakhir: number
  versi: number
  daftar: BackupFile[]
  tugas: CadanganTugas | null
  /** With PostgreSQL: how the server is backed up, shown instead of the buttons. */
  server?: CadanganServer
}

export const CadanganSettingsInput = z.object({
  folder: z.string({ error: 'Folder harus berupa teks.' }).trim().max(500, { error: 'Folder paling banyak 500 karakter.' }).default(''),
  simpanTerakhir: z
    .number({ error: 'Jumlah cadangan yang disimpan wajib diisi.' })
    .int({ error: 'Jumlah cadangan harus bilangan bulat.' })
    .min(1, { error: 'Simpan paling sedikit 1 cadangan otomatis.' })
    .max(365, { error: 'Paling banyak 365 cadangan otomatis.' }),
  versi: z.number({ error: 'Versi pengaturan wajib dikirim.' }).int().min(0),
})

// Backup and restore run as background jobs with their own transactions (like sign-in), so they are declared as
// queries: dispatch must not wrap them in one transaction. They are Admin-only and audited.
export const backupContract = {
  // In the work queue: a backup and a restore run their own transactions; their status is read beside them.
  'cadangan.info': query(z.object({}), anyOf('admin'), { readPath: false }).returns<CadanganInfo>(),
  'cadangan.cadangkan': query(z.object({ folder: wajib('Folder tujuan', 500) }), anyOf('admin'), { readPath: false }).returns<CadanganTugas>(),
  'cadangan.pulihkan': query(z.object({ berkas: wajib('Berkas cadangan', 1000) }), anyOf('admin'), { readPath: false }).returns<CadanganTugas>(),
  'cadangan.tugas': query(z.object({}), anyOf('admin'), { readPath: false }).returns<CadanganTugas | null>(),
  'cadangan.simpanPengaturan': command(CadanganSettingsInput, anyOf('admin')).returns<CadanganInfo>(),
}
