import type { MigrationInterface, QueryRunner } from 'typeorm'

/** PostgreSQL twin of ../1764001440000-FilterOpdJenis: one index for the OPD + Jenis Permohonan filter and its date order. */
export class FilterOpdJenis1764001440000 implements MigrationInterface {
  name = 'FilterOpdJenis1764001440000'

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX ix_surat_masuk_opd_jenis ON surat_masuk (asal_opd_id, jenis_permohonan, tanggal_diterima)')
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX ix_surat_masuk_opd_jenis')
  }
}
