/**
 * Who owns each table (issue 9, "Kantor bersama", item 1): every table is described once, by its entity in
 * src/db/entities, and read or written by one service module, its owner. Any other module asks the owner: a function
 * returning plain rows, a write (audited by the owner), or, where a list needs a join to stay one query, a fragment the
 * owner adds to the caller's QueryBuilder (e.g. `opd.ts: withNamaOpd`), so the owner still describes its table.
 *
 * Keys are entity class names, values the owner: one file from the repository root, or a module of several files
 * named in SERVICE_MODULES. owners.test.ts reads every file under src/services, src/sops and src/api and fails, naming
 * file and table, when a file outside the owner names a table in a query (entity class, table name, or SQL text).
 */
export const TABLE_OWNERS = {
  SuratMasuk: 'src/services/letters.ts',
  SuratArsip: 'src/services/letters.ts',
  Disposisi: 'src/services/dispositions.ts',
  DisposisiPenerima: 'src/services/dispositions.ts',
  Opd: 'src/services/opd.ts',
  Pegawai: 'src/services/people.ts',
  Jabatan: 'src/services/people.ts',
  PemangkuJabatan: 'src/services/people.ts',
  User: 'akun',
  UserRole: 'akun',
  Attachment: 'src/services/attachments.ts',
  AttachmentContent: 'src/services/attachments.ts',
  AuditEntry: 'audit',
  AuditAnchor: 'audit',
  Counter: 'src/services/counters.ts',
  NomorTerbit: 'src/services/nomor-terbit.ts',
  FotoCetak: 'src/services/print-images.ts',
  SettingVersion: 'src/services/settings.ts',
  KodeKlasifikasi: 'src/services/master.ts',
  HariLibur: 'src/services/master.ts',
  FormatNomor: 'src/services/master.ts',
  Rak: 'inventaris',
  Perangkat: 'inventaris',
  PerangkatIp: 'inventaris',
  PerangkatUnit: 'inventaris',
  PerangkatCatatan: 'inventaris',
  Kasus: 'src/services/permohonan/store.ts',
  KasusLangkah: 'src/services/permohonan/store.ts',
  KasusPerangkat: 'src/services/permohonan/store.ts',
  KasusFoto: 'src/services/permohonan/store.ts',
  KasusDokumen: 'src/services/permohonan/store.ts',
} as const

/**
 * Owners made of several files: module name -> its files (a path ending in '/' is a folder and all below it). Each is
 * one subject of the office with its own rules spread over small files: the Data Center inventory (devices, their
 * placement in racks, status changes and the import), the audit log and its seal, the accounts and sign-in.
 */
export const SERVICE_MODULES = {
  inventaris: [
    'src/services/devices.ts', 'src/services/device-rules.ts', 'src/services/device-status.ts', 'src/services/device-workflow.ts',
    'src/services/device-notes.ts', 'src/services/device-rekap.ts', 'src/services/racks.ts', 'src/services/inventory-import/',
  ],
  audit: ['src/services/audit.ts', 'src/services/audit-query.ts', 'src/services/audit-seal/'],
  akun: ['src/services/users.ts', 'src/services/users-admin.ts', 'src/services/auth.ts'],
} as const satisfies Record<string, readonly string[]>

/** Whether `file` (from the repository root) belongs to `owner`: the owner's own file, or a file of its module. */
export function belongsTo(file: string, owner: string): boolean {
  const module: readonly string[] | undefined = (SERVICE_MODULES as Record<string, readonly string[]>)[owner]
  if (!module) return file === owner
  return module.some((part) => (part.endsWith('/') ? file.startsWith(part) : file === part))
}

/** An entity class name with an owner. */
export type OwnedEntity = keyof typeof TABLE_OWNERS

/**
 * Modules that work on the whole database through TypeORM's entity metadata (every table alike, no table's rules), so
 * they own no table and are exempt from the rule above: file -> why.
 */
export const WHOLE_DATABASE_MODULES: Readonly<Record<string, string>> = {
  'src/services/move-to-server.ts': 'copies every table, in dependency order, from SQLite to PostgreSQL and checks the counts',
  'src/services/backup/verify.ts': 'opens a backup file and counts the rows of every table to prove it is readable',
  // An independent check: reading the stored rows itself, so that a fault in an owner cannot hide from it.
  'src/services/audit-seal/cross-check.ts': "the Periksa Keutuhan replays the audit log against the audited tables' stored rows",
}
