import type { MigrationInterface, QueryRunner } from 'typeorm'

/**
 * The audit chain's seal: a keyed MAC on every new entry and an anchor row (entry count, last id, last hash) signed
 * with a key that lives outside the database. Entries written before this migration have no MAC; the anchor records
 * up to which id that is allowed (`legacy_until`) and is signed at the first start after the upgrade.
 */
export class AuditSeal1764001100000 implements MigrationInterface {
  name = 'AuditSeal1764001100000'

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_log ADD COLUMN mac VARCHAR(64)`)
    await q.query(`CREATE TABLE audit_anchor (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      jumlah INTEGER NOT NULL,
      last_id INTEGER NOT NULL,
      last_hash VARCHAR(64) NOT NULL,
      legacy_until INTEGER NOT NULL,
      mac VARCHAR(64),
      updated_at VARCHAR(30) NOT NULL
    )`)
    await q.query(
      `INSERT INTO audit_anchor (id, jumlah, last_id, last_hash, legacy_until, mac, updated_at)
       SELECT 1, COUNT(*), COALESCE(MAX(id), 0), COALESCE((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '${'0'.repeat(64)}'), COALESCE(MAX(id), 0), NULL, ?
       FROM audit_log`,
      [new Date().toISOString()],
    )
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE audit_anchor')
    await q.query('ALTER TABLE audit_log DROP COLUMN mac')
  }
}
