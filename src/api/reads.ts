import type { OperationName } from '../contract'

/**
 * Operations answered on the read path (Core.read: beside the work queue, on a read-only connection on SQLite, a
 * pooled one on PostgreSQL), so a page's several reads run side by side and no read waits behind a write. Each is a
 * query whose handler and actor check only read tables (on SQLite a write here fails: the connection is read-only).
 * Left out on purpose: queries that write or run their own transactions (session.login, the backups, documents that
 * record what was printed, the import), the connection test, and the audit check (it reads the chain with the
 * writer's view while it seals).
 */
export const READS: ReadonlySet<OperationName> = new Set<OperationName>([
  'session.current',
  'letters.list', 'letters.get', 'letters.history', 'letters.years', 'letters.similar', 'letters.terakhirDicatat', 'attachments.content',
  'statistik.suratDiterima', 'statistik.suratPerBulan', 'statistik.disposisi', 'statistik.permohonan', 'statistik.inventaris', 'statistik.pantauDisposisi',
  'tugas.saya', 'tugas.jumlah', 'tugas.pengingat', 'tugas.pengaturanPengingat',
  'disposisi.forLetter', 'disposisi.inbox', 'disposisi.inboxCount', 'disposisi.recipients',
  'kasus.list', 'kasus.get', 'kasus.forLetter', 'kasus.stats',
  'pegawai.list', 'pegawai.get', 'jabatan.list', 'jabatan.signerOn', 'users.list', 'keamanan.sesi',
  'klasifikasi.list', 'libur.list', 'nomor.list', 'settings.office', 'settings.logo', 'settings.officeHistory', 'opd.list',
  'racks.list', 'racks.get', 'racks.elevation', 'racks.history', 'devices.list', 'devices.get', 'devices.history', 'devices.notes',
  'audit.list', 'audit.entityTypes', 'perubahan.nomor',
])
