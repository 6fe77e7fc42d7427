import { In, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm'
import { DomainError } from '../contract/errors'
import type { Role } from '../contract/roles'
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

/** The display names of the accounts `ids` (an id without an account is absent): for lists that show who did what. */
export async function userNames(em: EntityManager, ids: number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const rows = await em.createQueryBuilder(User, 'u').select(['u.id', 'u.nama']).where('u.id IN (:...ids)', { ids: unique }).getMany()
  return new Map(rows.map((u) => [Number(u.id), u.nama]))
}

/** Active accounts without a Pegawai that hold a role other than admin (disposition cannot reach them): id and name. */
export async function activeUsersWithoutPegawai(em: EntityManager): Promise<{ id: number; nama: string }[]> {
  return em
    .createQueryBuilder()
    .from('app_user', 'u')
    .select(['u.id AS id', 'u.nama AS nama'])
    .where('u.pegawai_id IS NULL AND u.aktif = :aktif', { aktif: true })
    .andWhere("EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role <> 'admin')")
    .getRawMany()
}

/**
 * Whether an active account holds `role` (e.g. a Tim Data Center member for SOP 07's steps 5-10); with `pegawaiId`,
 * an account linked to that Pegawai (whose role stands for an SOP post that has no holder yet).
 */
export async function hasActiveUserWithRole(em: EntityManager, role: Role, pegawaiId?: number): Promise<boolean> {
  const qb = em
    .createQueryBuilder()
    .from('app_user', 'u')
    .select('u.id', 'id')
    .where('u.aktif = :aktif', { aktif: true })
    .andWhere('EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = :role)', { role })
  if (pegawaiId !== undefined) qb.andWhere('u.pegawai_id = :pegawaiId', { pegawaiId })
  return (await qb.limit(1).getRawOne()) !== undefined
}

/** The roles each Pegawai of `pegawaiIds` holds through their active accounts (all accounts together); absent when none. */
export async function rolesOfPegawai(em: EntityManager, pegawaiIds: readonly number[]): Promise<Map<number, Role[]>> {
  const roles = new Map<number, Role[]>()
  for (let i = 0; i < pegawaiIds.length; i += 500) {
    const rows: { pegawai_id: number | string; role: Role }[] = await em
      .createQueryBuilder()
      .from('app_user', 'u')
      .innerJoin('user_role', 'r', 'r.user_id = u.id')
      .select(['u.pegawai_id AS pegawai_id', 'r.role AS role'])
      .where('u.aktif = :aktif AND u.pegawai_id IN (:...ids)', { aktif: true, ids: pegawaiIds.slice(i, i + 500) })
      .getRawMany()
    for (const r of rows) {
      const list = roles.get(Number(r.pegawai_id)) ?? []
      if (!list.includes(r.role)) list.push(r.role)
      roles.set(Number(r.pegawai_id), list)
    }
  }
  return roles
}

/** The username of each Pegawai of `pegawaiIds` with an active account (the oldest account when several). */
export async function usernamesOfPegawai(em: EntityManager, pegawaiIds: readonly number[]): Promise<Map<number, string>> {
  const accounts = pegawaiIds.length ? await em.find(User, { where: { pegawaiId: In([...pegawaiIds]), aktif: true }, order: { id: 'ASC' } }) : []
  const username = new Map<number, string>()
  for (const u of accounts) if (u.pegawaiId !== null && !username.has(u.pegawaiId)) username.set(u.pegawaiId, u.username)
  return username
}

/** Joins app_user as `alias` to a caller's query, on `alias.id = userIdColumn`, keeping rows without one (who recorded it). */
export function leftJoinUser<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, userIdColumn: string): SelectQueryBuilder<T> {
  return qb.leftJoin('app_user', alias, `${alias}.id = ${userIdColumn}`)
}
