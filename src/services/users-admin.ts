import { beginSignedIn } from '../runtime/session'
import { In, type EntityManager } from 'typeorm'
import type { z } from 'zod'
import type { CurrentUser } from '../contract/session'
import type { UserCreateInput, UserRow } from '../contract/users'
import { AppError, DomainError, NotFoundError } from '../contract/errors'
import type { Role } from '../contract/roles'
import { countUsers, currentUser } from './auth'
import { requireActor, type Ctx } from './context'
import { hashPassword, verifyPassword } from './passwords'
import { User, UserRole } from '../db/entities/User'
import { dialectOf } from '../db/engines'
import { bumpVersi, claimVersi } from './versi'
import { saveOffice } from './settings'
import { insertUser } from './users'
import { assignHolder, createPegawai, jabatanByKode, leftJoinPegawai, pegawaiExists } from './people'
import { todayInOffice } from '../domain/dates'
import type { OfficeIdentity } from '../domain/office'

/** Accounts as the Pengguna screen shows them (all, or the one `id`), sorted by name ignoring case. */
async function userRows(em: EntityManager, id?: number): Promise<UserRow[]> {
  const qb = leftJoinPegawai(em.createQueryBuilder(User, 'u'), 'p', 'u.pegawaiId')
    .select('u.id', 'id')
    .addSelect('u.username', 'username')
    .addSelect('u.nama', 'nama')
    .addSelect('u.pegawaiId', 'pegawai_id')
    .addSelect('p.nama', 'pegawai_nama')
    .addSelect('u.aktif', 'aktif')
    .addSelect('u.lockedUntil', 'locked_until')
    .addSelect('u.lastLoginAt', 'last_login_at')
    .addSelect('u.versi', 'versi')
    .orderBy(dialectOf(em).nocase('u.nama'))
  if (id !== undefined) qb.where('u.id = :id', { id })
  const rows: { id: number; username: string; nama: string; pegawai_id: number | null; pegawai_nama: string | null; aktif: number | boolean; locked_until: string | null; last_login_at: string | null; versi: number }[] =
    await qb.getRawMany()
  // Roles in one query for all the accounts (GROUP_CONCAT and string_agg differ), alphabetical as before.
  const roles = new Map<number, Role[]>()
  if (rows.length) {
    const ids = rows.map((r) => Number(r.id))
    for (const r of await em.find(UserRole, { where: { userId: In(ids) }, order: { userId: 'ASC', role: 'ASC' } })) {
      roles.set(r.userId, [...(roles.get(r.userId) ?? []), r.role as Role])
    }
  }
  const now = new Date().toISOString()
  return rows.map((r) => ({
    id: Number(r.id), username: r.username, nama: r.nama, pegawaiId: r.pegawai_id === null ? null : Number(r.pegawai_id), pegawaiNama: r.pegawai_nama, aktif: !!r.aktif,
    terkunci: !!r.locked_until && r.locked_until > now, lastLoginAt: r.last_login_at, roles: roles.get(Number(r.id)) ?? [],
    versi: Number(r.versi),
  }))
}

export const listUsers = (em: EntityManager) => userRows(em)

async function getUser(em: EntityManager, id: number): Promise<UserRow> {
  const [row] = await userRows(em, id)
  if (!row) throw new NotFoundError('Pengguna')
  return row
}

const userSnapshot = (u: UserRow) => ({ username: u.username, nama: u.nama, roles: u.roles, pegawaiId: u.pegawaiId, aktif: u.aktif })

async function assertPegawaiExists(em: EntityManager, pegawaiId: number | null): Promise<void> {
  if (pegawaiId === null) return
  if (!(await pegawaiExists(em, pegawaiId))) throw new DomainError('Pegawai yang dipilih tidak ada.', 'pegawaiId')
}

/** Roles that take part in the disposition chain or the SOP steps, and so need a Pegawai record. */
const ROLES_WITH_PEGAWAI: readonly Role[] = ['sekretariat', 'kadis', 'kabid', 'kasi', 'timdc']

/** The Pegawai of a new account: the one chosen, or a new one of the same name when the roles need it. */
async function pegawaiForNewUser(ctx: Ctx, input: UserCreate): Promise<number | null> {
  if (input.pegawaiId !== null) {
    await assertPegawaiExists(ctx.em, input.pegawaiId)
    return input.pegawaiId
  }
  if (!input.roles.some((r) => ROLES_WITH_PEGAWAI.includes(r)) && !input.jabatanKode) return null
  const jabatan = input.jabatanKode ? await jabatanByKode(ctx.em, input.jabatanKode) : null
  const pegawai = await createPegawai(ctx, {
    nama: input.nama, nip: input.nip, pangkatGolongan: '', jabatan: jabatan?.nama ?? '', unit: '', telepon: '', aktifDari: null, aktifSampai: null,
  })
  return pegawai.id
}

type UserCreate = z.output<typeof UserCreateInput>

/**
 * Creates an account for a person: links or creates their Pegawai and, with `jabatanKode`, records them as the
 * definitive holder of that post from today, so they can receive dispositions at once. One transaction: a refused
 * username leaves no Pegawai behind.
 */
export async function createUser(ctx: Ctx, input: UserCreate): Promise<UserRow> {
  const pegawaiId = await pegawaiForNewUser(ctx, input)
  if (input.jabatanKode && pegawaiId !== null) {
    const jabatan = await jabatanByKode(ctx.em, input.jabatanKode)
    try {
      await assignHolder(ctx, { jabatanId: jabatan.id, versi: null, pegawaiId, jenis: 'definitif', dari: todayInOffice(ctx.now), sampai: null, nomorSk: '' })
    } catch (e) {
      // The post already has a holder: say so next to the Jabatan field, not on a date the form does not show.
      if (e instanceof DomainError) throw new DomainError(e.message, 'jabatanKode')
      throw e
    }
  }
  // The first password is the Admin's to hand over; the user chooses their own at first sign-in.
  const id = await insertUser(ctx.em, { ...input, pegawaiId, mustChangePassword: true }, ctx.now.toISOString())
  const row = await getUser(ctx.em, id)
  await ctx.audit({ entityType: 'pengguna', entityId: id, after: userSnapshot(row) })
  return row
}

/** The last active Admin cannot lose the role or be deactivated: nobody could administer the app afterwards. */
async function assertAdminRemains(em: EntityManager, userId: number, roles: Role[], aktif: boolean): Promise<void> {
  if (roles.includes('admin') && aktif) return
  const n = await em
    .createQueryBuilder(User, 'u')
    .innerJoin(UserRole, 'r', 'r.userId = u.id')
    .where("r.role = 'admin'")
    .andWhere('u.aktif = :aktif', { aktif: true })
    .andWhere('u.id <> :userId', { userId })
    .getCount()
  if (n === 0) throw new DomainError('Harus tetap ada paling sedikit satu Admin yang aktif.', 'roles')
}

export async function updateUser(ctx: Ctx, input: { id: number; versi: number; nama: string; roles: Role[]; pegawaiId: number | null; aktif: boolean }): Promise<UserRow> {
  const before = await getUser(ctx.em, input.id)
  await claimVersi(ctx.em, User, { id: input.id }, input.versi)
  await assertPegawaiExists(ctx.em, input.pegawaiId)
  await assertAdminRemains(ctx.em, input.id, input.roles, input.aktif)
  await ctx.em.update(User, { id: input.id }, { nama: input.nama, pegawaiId: input.pegawaiId, aktif: input.aktif, updatedAt: ctx.now.toISOString() })
  await ctx.em.delete(UserRole, { userId: input.id })
  const roles = [...new Set(input.roles)]
  if (roles.length) await ctx.em.insert(UserRole, roles.map((role) => ({ userId: input.id, role })))
  const after = await getUser(ctx.em, input.id)
  await ctx.audit({ entityType: 'pengguna', entityId: input.id, before: userSnapshot(before), after: userSnapshot(after) })
  return after
}

/** An Admin sets a temporary password; the user must change it at next sign-in. Also lifts a lock. */
export async function resetPassword(ctx: Ctx, input: { id: number; versi: number; password: string }): Promise<UserRow> {
  await getUser(ctx.em, input.id)
  await claimVersi(ctx.em, User, { id: input.id }, input.versi)
  // A reset ends every session of that user (sesi_ke moves on).
  const passwordHash = await hashPassword(input.password)
  await ctx.em
    .createQueryBuilder()
    .update(User)
    .set({ passwordHash, mustChangePassword: true, failedAttempts: 0, lockedUntil: null, sesiKe: () => 'sesi_ke + 1', updatedAt: ctx.now.toISOString() })
    .where('id = :id', { id: input.id })
    .execute()
  await ctx.audit({ entityType: 'pengguna', entityId: input.id, before: null, after: { kataSandi: 'diatur ulang oleh Admin' } })
  return getUser(ctx.em, input.id)
}

export async function changeOwnPassword(ctx: Ctx, input: { passwordLama: string; passwordBaru: string }): Promise<{ ok: true }> {
  const actor = requireActor(ctx)
  // The hash is left out of every other read of the account (select: false); only here and at sign-in is it needed.
  const own = await ctx.em.createQueryBuilder(User, 'u').addSelect('u.passwordHash').where('u.id = :id', { id: actor.userId }).getOneOrFail()
  if (!(await verifyPassword(input.passwordLama, own.passwordHash))) throw new DomainError('Kata sandi lama salah.', 'passwordLama')
  if (input.passwordLama === input.passwordBaru) throw new DomainError('Kata sandi baru harus berbeda dari yang lama.', 'passwordBaru')
  // The user's other sessions end (sesi_ke moves on); this one moves with it and stays signed in.
  const passwordHash = await hashPassword(input.passwordBaru)
  await ctx.em
    .createQueryBuilder()
    .update(User)
    .set({ passwordHash, mustChangePassword: false, sesiKe: () => 'sesi_ke + 1', updatedAt: ctx.now.toISOString() })
    .where('id = :id', { id: actor.userId })
    .execute()
  // An Admin's screen showing this account (e.g. about to reset the password) is now stale.
  await bumpVersi(ctx.em, User, { id: actor.userId })
  ctx.session.sesiKe = (await ctx.em.findOneByOrFail(User, { id: actor.userId })).sesiKe
  await ctx.audit({ entityType: 'pengguna', entityId: actor.userId, before: null, after: { kataSandi: 'diganti sendiri' } })
  return { ok: true }
}

/** The Admin lifts a sign-in lock (five wrong passwords) before its time runs out; audited. */
export async function unlockUser(ctx: Ctx, input: { id: number; versi: number }): Promise<UserRow> {
  await getUser(ctx.em, input.id)
  await claimVersi(ctx.em, User, { id: input.id }, input.versi)
  const row = await ctx.em.findOneByOrFail(User, { id: input.id })
  if (!row.lockedUntil && !row.failedAttempts) throw new DomainError('Akun ini tidak terkunci.')
  await ctx.em.update(User, { id: input.id }, { failedAttempts: 0, lockedUntil: null, updatedAt: ctx.now.toISOString() })
  await ctx.audit({ entityType: 'pengguna', entityId: input.id, before: { terkunciSampai: row.lockedUntil }, after: { terkunciSampai: null }, reason: 'Dibuka oleh Admin' })
  return getUser(ctx.em, input.id)
}

/** First run: only while no account exists. Stores the office identity and creates the first Admin, signed in. */
export async function runSetup(ctx: Ctx, input: { kantor: Omit<OfficeIdentity, 'logoAttachmentId'>; admin: { nama: string; username: string; password: string } }): Promise<CurrentUser> {
  if ((await countUsers(ctx.em)) > 0) throw new AppError('FORBIDDEN', 'Sidara sudah disiapkan. Masuk dengan akun yang ada.')
  const id = await insertUser(ctx.em, { username: input.admin.username, nama: input.admin.nama, password: input.admin.password, roles: ['admin'] }, ctx.now.toISOString())
  ctx.actor = { userId: id, username: input.admin.username, nama: input.admin.nama, pegawaiId: null, roles: ['admin'] }
  await saveOffice(ctx, { ...input.kantor, logoAttachmentId: null })
  await ctx.audit({ entityType: 'pengguna', entityId: id, after: { username: input.admin.username, nama: input.admin.nama, roles: ['admin'] } })
  // The wizard signs the Admin in: that is their first sign-in, as Pengguna's "Terakhir Masuk" shows.
  await ctx.em.update(User, { id }, { lastLoginAt: ctx.now.toISOString() })
  beginSignedIn(ctx.session, id, 0, ctx.now.getTime())
  return currentUser(ctx.em, id)
}
