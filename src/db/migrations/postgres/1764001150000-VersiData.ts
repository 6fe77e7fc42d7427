import type { MigrationInterface, QueryRunner } from 'typeorm'
import { VERSI_TABLES } from '../1764001150000-VersiData'

/** PostgreSQL twin of ../1764001150000-VersiData: a version column on the tables edited from a screen. */
export class VersiData1764001150000 implements MigrationInterface {
  name = 'VersiData1764001150000'

  async up(q: QueryRunner): Promise<void> {
    for (const t of VERSI_TABLES) await q.query(`ALTER TABLE ${t} ADD COLUMN versi integer NOT NULL DEFAULT 1`)
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of VERSI_TABLES) await q.query(`ALTER TABLE ${t} DROP COLUMN versi`)
  }
}
