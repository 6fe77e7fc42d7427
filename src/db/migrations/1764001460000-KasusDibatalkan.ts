import type { MigrationInterface, QueryRunner } from 'typeorm'

/**
 * A case ends with its letter: voiding a letter whose case still runs closes the case as 'dibatalkan' (kasus.status is
 * free text, so no constraint changes) and keeps who voided it and why (the letter's reason) on the case itself, so
 * the case page says why it stopped without reading the letter's history. A tester's finding (s22): a voided letter
 * left its case "Berjalan" at step 2 forever.
 */
export class KasusDibatalkan1764001460000 implements MigrationInterface {
  name = 'KasusDibatalkan1764001460000'

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE kasus ADD COLUMN dibatalkan_oleh VARCHAR(200)')
    await q.query('ALTER TABLE kasus ADD COLUMN alasan_batal TEXT')
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE kasus DROP COLUMN alasan_batal')
    await q.query('ALTER TABLE kasus DROP COLUMN dibatalkan_oleh')
  }
}
