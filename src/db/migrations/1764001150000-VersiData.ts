import type { MigrationInterface, QueryRunner } from 'typeorm'

/**
 * The tables an Admin or a user edits from a screen that had no version yet get one (issue 11, item 4): every
 * command that changes one of their rows carries the version the user saw and is refused when it is stale.
 * Existing rows start at 1.
 */
export const VERSI_TABLES = ['opd', 'app_user', 'kode_klasifikasi', 'hari_libur', 'format_nomor', 'jabatan', 'attachment'] as const

export class VersiData1764001150000 implements MigrationInterface {
  name = 'VersiData1764001150000'

  async up(q: QueryRunner): Promise<void> {
    for (const t of VERSI_TABLES) await q.query(`ALTER TABLE ${t} ADD COLUMN versi INTEGER NOT NULL DEFAULT 1`)
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of VERSI_TABLES) await q.query(`ALTER TABLE ${t} DROP COLUMN versi`)
  }
}
