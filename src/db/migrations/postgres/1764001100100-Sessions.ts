import type { MigrationInterface, QueryRunner } from 'typeorm'

/** PostgreSQL twin of ../1764001100100-Sessions: the per-user session generation (a password change moves it on). */
export class Sessions1764001100100 implements MigrationInterface {
  name = 'Sessions1764001100100'

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE app_user ADD COLUMN sesi_ke integer NOT NULL DEFAULT 0')
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE app_user DROP COLUMN sesi_ke')
  }
}
