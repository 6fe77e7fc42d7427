import type { MigrationInterface, QueryRunner } from 'typeorm'

/**
 * Whose decision a "Cukup diarsipkan" record is when the Sekretariat closes a letter for the Kepala Dinas (README:
 * the Kadis, or the Sekretariat for him): an auditor read only "Oleh Rina Marlina" (tester s22). Null: the Kepala
 * Dinas closed it himself, as every earlier record was read.
 */
export class ArsipAtasNama1764001470000 implements MigrationInterface {
  name = 'ArsipAtasNama1764001470000'

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE surat_arsip ADD COLUMN atas_nama varchar(200)')
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE surat_arsip DROP COLUMN atas_nama')
  }
}
