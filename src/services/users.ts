import type { EntityManager } from 'typeorm'
import { DomainError } from '../api/contract/errors'
import type { Role } from '../api/contract/roles'
import { insertRow } from '../db/sql'
import { hashPassword } from './passwords'

export interface NewUser {
  username: string
  nama: string
  password: string
  /** A hash made already (the demo's accounts share one, so filling the demo takes one key derivation, not seven). */
  passwordHash?: string
  roles: Role[]
  pegawaiId?: number | null
  mustChangePassword?: boolean
}

/** Inserts a user with its roles (no audit: callers that act for a person write the audit entry). */
export async function insertUser(em: EntityManager, u: NewUser, nowIso: string): Promise<number> {
  const taken: unknown[] = await em.query('SELECT id FROM app_user WHERE username = ? COLLATE NOCASE', [u.username])
  if (taken.length) throw new DomainError(`Nama pengguna "${u.username}" sudah dipakai.`, 'username')
  const id = await insertRow(
    em,
    `INSERT INTO app_user (username, nama, password_hash, pegawai_id, aktif, must_change_password, created_at, updated_at)
     VALUES (?, ?, ?, ?, 1, ?, ?, ?)`,
    [u.username, u.nama, u.passwordHash ?? (await hashPassword(u.password)), u.pegawaiId ?? null, u.mustChangePassword ? 1 : 0, nowIso, nowIso],
  )
  for (const role of new Set(u.roles)) await em.query('INSERT INTO user_role (user_id, role) VALUES (?, ?)', [id, role])
  return id
}
