import type { MigrationInterface, QueryRunner } from 'typeorm'

/**
 * A per-user session generation: a password change or an Admin reset moves it on, which ends every other session
 * of that user (each session remembers the generation it signed in under).
 */
export class Sessions1764001100100 implements MigrationInterface {
  name = 'Sessions1764001100100'

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE app_user ADD COLUMN sesi_ke INTEGER NOT NULL DEFAULT 0')
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE app_user DROP COLUMN sesi_ke')
  }
}
