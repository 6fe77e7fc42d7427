import type { MigrationInterface, QueryRunner } from 'typeorm'

/** Print-ready copies of attached images by original SHA-256 and print box (entity FotoCetak). */
export class FotoCetak1764001350000 implements MigrationInterface {
  name = 'FotoCetak1764001350000'

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE foto_cetak (
      sha256 VARCHAR(64) NOT NULL,
      kotak VARCHAR(40) NOT NULL,
      mime_type VARCHAR(100) NOT NULL,
      data BLOB NOT NULL,
      dibuat_pada VARCHAR(30) NOT NULL,
      PRIMARY KEY (sha256, kotak)
    )`)
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE foto_cetak')
  }
}
