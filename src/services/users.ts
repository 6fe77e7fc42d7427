import type { EntityManager } from 'typeorm'
import { DomainError } from '../api/contract/errors'
import type { Role } from '../api/contract/roles'
import { dialectOf } from '../db/engines'
import { User, UserRole } from '../db/entities/User'
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
  const { nocase } = dialectOf(em)
  const taken = await em.createQueryBuilder(User, 'u').where(`${nocase('u.username')} = ${nocase(':username')}`, { username: u.username }).getCount()
  if (taken) throw new DomainError(`Nama pengguna "${u.username}" sudah dipakai.`, 'username')
  const inserted = await em.insert(User, {
    username: u.username, nama: u.nama, passwordHash: u.passwordHash ?? (await hashPassword(u.password)), pegawaiId: u.pegawaiId ?? null,
    aktif: true, mustChangePassword: !!u.mustChangePassword, createdAt: nowIso, updatedAt: nowIso,
  })
  const id = Number(inserted.identifiers[0].id)
  const roles = [...new Set(u.roles)]
  if (roles.length) await em.insert(UserRole, roles.map((role) => ({ userId: id, role })))
  return id
}

/**
 * The names of users by id, for "recorded by" columns of other modules' records (issue 9: only this module reads
 * app_user). Unknown ids are left out of the map.
 */
export async function userNames(em: EntityManager, ids: readonly (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))]
  if (!wanted.length) return new Map()
  const users = await em.createQueryBuilder(User, 'u').select(['u.id', 'u.nama']).where('u.id IN (:...wanted)', { wanted }).getMany()
  return new Map(users.map((u) => [Number(u.id), u.nama]))
}
