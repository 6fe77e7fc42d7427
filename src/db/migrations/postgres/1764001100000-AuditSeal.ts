import type { MigrationInterface, QueryRunner } from 'typeorm'

/**
 * PostgreSQL twin of ../1764001100000-AuditSeal: a keyed MAC on every new audit entry and the signed anchor row
 * (entry count, last id, last hash) whose key lives outside the database. Entries before this migration have no MAC;
 * `legacy_until` records up to which id that is allowed.
 */
export class AuditSeal1764001100000 implements MigrationInterface {
  name = 'AuditSeal1764001100000'

  async up(q: QueryRunner): Promise<void> {
    // Adding a column is not an UPDATE of rows, so the append-only triggers (1764000900000) do not fire.
    await q.query('ALTER TABLE audit_log ADD COLUMN mac varchar(64)')
    await q.query(`CREATE TABLE audit_anchor (
      id integer PRIMARY KEY CHECK (id = 1),
      jumlah integer NOT NULL,
      last_id integer NOT NULL,
      last_hash varchar(64) NOT NULL,
      legacy_until integer NOT NULL,
      mac varchar(64),
      updated_at varchar(30) NOT NULL
    )`)
    await q.query(
      `INSERT INTO audit_anchor (id, jumlah, last_id, last_hash, legacy_until, mac, updated_at)
       SELECT 1, COUNT(*), COALESCE(MAX(id), 0), COALESCE((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '${'0'.repeat(64)}'), COALESCE(MAX(id), 0), NULL, $1
       FROM audit_log`,
      [new Date().toISOString()],
    )
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE audit_anchor')
    await q.query('ALTER TABLE audit_log DROP COLUMN mac')
  }
}
