import type { MigrationInterface, QueryRunner } from 'typeorm'

/**
 * "Cukup diarsipkan": a letter that needs no disposition (a copy for information, an invitation already handled) is
 * closed by the Kepala Dinas, or the Sekretariat for him, with who, when and why. One row per letter; the letter
 * itself is untouched and stays findable.
 */
export class SuratArsip1764001000000 implements MigrationInterface {
  name = 'SuratArsip1764001000000'

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE surat_arsip (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      surat_id INTEGER NOT NULL UNIQUE REFERENCES surat_masuk(id),
      alasan VARCHAR(500) NOT NULL,
      oleh_user_id INTEGER NOT NULL REFERENCES app_user(id),
      oleh_nama VARCHAR(200) NOT NULL,
      pada VARCHAR(30) NOT NULL
    )`)
    // The duplicate check before registering compares Nomor Surat ignoring case (an expression index: SQLite and PostgreSQL).
    await q.query('CREATE INDEX ix_surat_nomor_lower ON surat_masuk (LOWER(nomor_surat))')
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX ix_surat_nomor_lower')
    await q.query('DROP TABLE surat_arsip')
  }
}
