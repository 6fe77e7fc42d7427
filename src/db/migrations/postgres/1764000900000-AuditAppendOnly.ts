import type { MigrationInterface, QueryRunner } from 'typeorm'

/**
 * On a shared server the audit trail must hold even against a PC whose app misbehaves: rows of audit_log can be
 * added, never changed or removed. Row triggers stop UPDATE and DELETE for every role, the owner included; TRUNCATE
 * fires no row trigger, so a statement trigger stops it too (DATABASE.md section 6). The README's grants (app role
 * gets only SELECT, INSERT) are the second guard; an owner can still disable a trigger, which is why the app's role
 * should not own the tables.
 */
export class AuditAppendOnly1764000900000 implements MigrationInterface {
  name = 'AuditAppendOnly1764000900000'

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION sidara_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'Jejak audit tidak dapat diubah atau dihapus (audit_log hanya dapat ditambah).'
          USING ERRCODE = 'insufficient_privilege';
      END
    $$`)
    await q.query(`CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION sidara_audit_append_only()`)
    await q.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION sidara_audit_append_only()`)
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER audit_log_no_truncate ON audit_log')
    await q.query('DROP TRIGGER audit_log_no_update_delete ON audit_log')
    await q.query('DROP FUNCTION sidara_audit_append_only()')
  }
}
