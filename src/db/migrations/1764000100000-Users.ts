import type { MigrationInterface, QueryRunner } from 'typeorm'

/** User accounts and their roles (a user may hold several). */
export class Users1764000100000 implements MigrationInterface {
  name = 'Users1764000100000'

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE app_user (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      username VARCHAR(60) NOT NULL,
      nama VARCHAR(200) NOT NULL,
      password_hash VARCHAR(300) NOT NULL,
      pegawai_id INTEGER,
      aktif BOOLEAN NOT NULL DEFAULT 1,
      failed_attempts INTEGER NOT NULL DEFAULT 0,
      locked_until VARCHAR(30),
      must_change_password BOOLEAN NOT NULL DEFAULT 0,
      last_login_at VARCHAR(30),
      created_at VARCHAR(30) NOT NULL,
      updated_at VARCHAR(30) NOT NULL
    )`)
    await q.query(`CREATE UNIQUE INDEX ux_app_user_username ON app_user (username COLLATE NOCASE)`)
    await q.query(`CREATE TABLE user_role (
      user_id INTEGER NOT NULL REFERENCES app_user(id),
      role VARCHAR(20) NOT NULL,
      PRIMARY KEY (user_id, role)
    )`)
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE user_role')
    await q.query('DROP TABLE app_user')
  }
}
