import type { MigrationInterface, QueryRunner } from 'typeorm'

/** PostgreSQL twin of ../1764001470000-ArsipAtasNama: on whose behalf a "Cukup diarsipkan" record was made. */
export class ArsipAtasNama1764001470000 implements MigrationInterface {
  name = 'ArsipAtasNama1764001470000'

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE surat_arsip ADD COLUMN atas_nama varchar(200)')
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE surat_arsip DROP COLUMN atas_nama')
  }
}
