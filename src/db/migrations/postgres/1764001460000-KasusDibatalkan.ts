import type { MigrationInterface, QueryRunner } from 'typeorm'

/** PostgreSQL twin of ../1764001460000-KasusDibatalkan: who voided a case with its letter, and why. */
export class KasusDibatalkan1764001460000 implements MigrationInterface {
  name = 'KasusDibatalkan1764001460000'

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE kasus ADD COLUMN dibatalkan_oleh varchar(200)')
    await q.query('ALTER TABLE kasus ADD COLUMN alasan_batal text')
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE kasus DROP COLUMN alasan_batal')
    await q.query('ALTER TABLE kasus DROP COLUMN dibatalkan_oleh')
  }
}
