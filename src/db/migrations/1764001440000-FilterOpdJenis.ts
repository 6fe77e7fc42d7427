import type { MigrationInterface, QueryRunner } from 'typeorm'

/**
 * The Surat Masuk list filtered by OPD and Jenis Permohonan at once (a Kabid looking for one agency's Penarikan
 * Server letters): the (OPD, date) index alone made SQLite fetch every letter of that OPD to test its jenis, and
 * PostgreSQL combine two bitmaps (issue 9 item 8: 500 ms at 1,000,000 letters). One index answers both filters and
 * the date order, and counts from the index alone.
 */
export class FilterOpdJenis1764001440000 implements MigrationInterface {
  name = 'FilterOpdJenis1764001440000'

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX ix_surat_masuk_opd_jenis ON surat_masuk (asal_opd_id, jenis_permohonan, tanggal_diterima)')
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX ix_surat_masuk_opd_jenis')
  }
}
