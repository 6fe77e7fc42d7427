import type { MigrationInterface, QueryRunner } from 'typeorm'

/** PostgreSQL twin of ../1764001350000-FotoCetak: print-ready copies of attached images by SHA-256 and print box. */
export class FotoCetak1764001350000 implements MigrationInterface {
  name = 'FotoCetak1764001350000'

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE foto_cetak (
      sha256 varchar(64) NOT NULL,
      kotak varchar(40) NOT NULL,
      mime_type varchar(100) NOT NULL,
      data bytea NOT NULL,
      dibuat_pada varchar(30) NOT NULL,
      PRIMARY KEY (sha256, kotak)
    )`)
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE foto_cetak')
  }
}
