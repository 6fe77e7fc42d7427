import type { MigrationInterface, QueryRunner } from 'typeorm'

/**
 * "Belum didisposisi" kept on the letter (issue 10 item 9): true while an active letter has neither a disposition
 * nor a "Cukup diarsipkan" mark. The Kepala Dinas's queue and badge count it from two partial indexes that hold only
 * the waiting letters, instead of testing two NOT EXISTS for every letter (100,000 at full size). The letters
 * service keeps it (src/services/letters.ts, in the disposition's, the archive mark's and the void's transaction).
 */
export class MenungguDisposisi1764001420000 implements MigrationInterface {
  name = 'MenungguDisposisi1764001420000'

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE surat_masuk ADD COLUMN menunggu_disposisi BOOLEAN NOT NULL DEFAULT 1')
    await q.query(`UPDATE surat_masuk SET menunggu_disposisi = 0 WHERE status <> 'aktif'
      OR EXISTS (SELECT 1 FROM disposisi d WHERE d.surat_id = surat_masuk.id)
      OR EXISTS (SELECT 1 FROM surat_arsip a WHERE a.surat_id = surat_masuk.id)`)
    // The queue's order (oldest first) and the count of late and due letters per sifat.
    await q.query('CREATE INDEX ix_surat_masuk_menunggu ON surat_masuk (tanggal_diterima, id) WHERE menunggu_disposisi')
    await q.query('CREATE INDEX ix_surat_masuk_menunggu_sifat ON surat_masuk (sifat, tanggal_diterima) WHERE menunggu_disposisi')
    // The Dasbor's counts by Tgl. Diterima (letters per month and sifat, today's and this month's letters) read only this index.
    await q.query('CREATE INDEX ix_surat_masuk_diterima_sifat ON surat_masuk (tanggal_diterima, sifat, status)')
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX ix_surat_masuk_diterima_sifat')
    await q.query('DROP INDEX ix_surat_masuk_menunggu_sifat')
    await q.query('DROP INDEX ix_surat_masuk_menunggu')
    await q.query('ALTER TABLE surat_masuk DROP COLUMN menunggu_disposisi')
  }
}
