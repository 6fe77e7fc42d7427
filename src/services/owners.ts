/**
 * Who owns each table (issue 9, "Kantor bersama", item 1): every table is described once, by its entity in
 * src/db/entities, and read or written by one service module, its owner. Any other module asks the owner: a function
 * returning plain rows, a write (audited by the owner), or, where a list needs a join to stay one query, a fragment the
 * owner adds to the caller's QueryBuilder (e.g. `opd.ts: withNamaOpd`), so the owner still describes its table.
 *
 * Keys are entity class names, values the owning file from the repository root. owners.test.ts reads every file under
 * src/services, src/sops and src/api and fails, naming file and table, when a file other than the owner names a table
 * in a query (entity class, table name, or SQL text).
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
  User: 'src/services/users.ts',
  UserRole: 'src/services/users.ts',
  Attachment: 'src/services/attachments.ts',
  AttachmentContent: 'src/services/attachments.ts',
  AuditEntry: 'src/services/audit.ts',
  AuditAnchor: 'src/services/audit.ts',
  Counter: 'src/services/counters.ts',
  NomorTerbit: 'src/services/nomor-terbit.ts',
  FotoCetak: 'src/services/print-images.ts',
  SettingVersion: 'src/services/settings.ts',
  KodeKlasifikasi: 'src/services/master.ts',
  HariLibur: 'src/services/master.ts',
  FormatNomor: 'src/services/master.ts',
  Rak: 'src/services/racks.ts',
  Perangkat: 'src/services/devices.ts',
  PerangkatIp: 'src/services/devices.ts',
  PerangkatUnit: 'src/services/devices.ts',
  PerangkatCatatan: 'src/services/device-notes.ts',
  Kasus: 'src/services/permohonan/store.ts',
  KasusLangkah: 'src/services/permohonan/store.ts',
  KasusPerangkat: 'src/services/permohonan/store.ts',
  KasusFoto: 'src/services/permohonan/store.ts',
  KasusDokumen: 'src/services/permohonan/store.ts',
} as const

/** An entity class name with an owner. */
export type OwnedEntity = keyof typeof TABLE_OWNERS

/**
 * Modules that work on the whole database through TypeORM's entity metadata (every table alike, no table's rules), so
 * they own no table and are exempt from the rule above: file -> why.
 */
export const WHOLE_DATABASE_MODULES: Readonly<Record<string, string>> = {
  'src/services/move-to-server.ts': 'copies every table, in dependency order, from SQLite to PostgreSQL and checks the counts',
  'src/services/backup/verify.ts': 'opens a backup file and counts the rows of every table to prove it is readable',
}
