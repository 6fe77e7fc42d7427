import type { DataSource } from 'typeorm'
import type { CadanganServer } from '../../contract/backup'
import { DomainError } from '../../contract/errors'

/** Whether Sidara runs on the office's PostgreSQL server (whose backups are the server's job, not the app's). */
export function onServer(ds: DataSource): boolean {
  return ds.options.type === 'postgres'
}

/**
 * How the shared PostgreSQL database is backed up and restored (README, "Kantor bersama: PostgreSQL", "Cadangan
 * server"): `pg_dump` in custom format (consistent while Sidara is in use) and `pg_restore` into a new, empty database,
 * run by the server's administrator as the owner role. The commands name this server and database; no password.
 */
export function serverBackupInfo(ds: DataSource): CadanganServer {
  const o = ds.options as { host?: string; port?: number; database?: string; url?: string }
  const url = o.url ? new URL(o.url) : null
  const host = o.host ?? url?.hostname ?? 'HOST'
  const port = o.port ?? (url?.port ? Number(url.port) : 5432)
  const database = o.database ?? url?.pathname.slice(1) ?? 'sidara'
  const target = `postgres://sidara_owner@${host}:${port}/${database}`
  return {
    server: `${host}:${port}`,
    basisData: database,
    keterangan:
      'Sidara memakai basis data bersama di server PostgreSQL, jadi cadangannya dibuat di server oleh administrator ' +
      'server dengan pg_dump (boleh saat Sidara sedang dipakai) dan dipulihkan dengan pg_restore ke basis data baru ' +
      'yang kosong. Cadangkan Sekarang dan Pulihkan di layar ini hanya untuk berkas lokal (SQLite).',
    cadangkan: `pg_dump --format=custom --file=sidara-$(date +%F).dump "${target}"`,
    pulihkan: `pg_restore --dbname="${target}" --no-owner --role=sidara_owner --exit-on-error sidara-2026-11-30.dump`,
    sesudahPulihkan:
      'Sesudah memulihkan, jalankan lagi blok kedua (REVOKE pada jejak audit) dari README bagian "Menyiapkan server", ' +
      'lalu buka Jejak Audit dan tekan Periksa Keutuhan. Simpan berkas dump di luar server.',
  }
}

/** Refuses a file backup or restore on the server: that is pg_dump's and pg_restore's work there. */
export function refuseOnServer(ds: DataSource): void {
  if (onServer(ds)) {
    throw new DomainError('Basis data bersama (PostgreSQL) dicadangkan dan dipulihkan di servernya dengan pg_dump dan pg_restore; lihat Pengaturan → Cadangan.')
  }
}
