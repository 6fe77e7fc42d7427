import type { DataSource } from 'typeorm'

/**
 * The database was migrated by a newer (or different) Sidara: it holds migrations this app does not know. Opening it
 * would let old code write rows the newer schema does not expect, so the app refuses before writing anything.
 */
export class SchemaNewerError extends Error {
  override name = 'SchemaNewerError'
  constructor(readonly unknownMigrations: string[]) {
    super(
      `Skema basis data lebih baru daripada aplikasi Sidara ini (perubahan yang tidak dikenal: ${unknownMigrations.join(', ')}). ` +
        'Perbarui Sidara di PC ini ke versi yang sama dengan PC lain. Tidak ada yang diubah pada basis data.',
    )
  }
}

/** The migrations already applied to the database, by name; empty for a new database. Reads only. */
export async function appliedMigrations(ds: DataSource): Promise<string[]> {
  const qr = ds.createQueryRunner()
  try {
    if (!(await qr.hasTable('migrations'))) return []
    const rows: { name: string }[] = await ds.createQueryBuilder(qr).select('m.name', 'name').from('migrations', 'm').getRawMany()
    return rows.map((r) => r.name)
  } finally {
    await qr.release()
  }
}

/** Throws SchemaNewerError when the database has a migration that `ds.migrations` does not list. Reads only. */
export async function assertSchemaNotNewer(ds: DataSource): Promise<void> {
  const known = new Set(ds.migrations.map((m) => m.name))
  const unknown = (await appliedMigrations(ds)).filter((name) => !known.has(name))
  if (unknown.length) throw new SchemaNewerError(unknown)
}
