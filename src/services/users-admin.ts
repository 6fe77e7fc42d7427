import { beginSignedIn } from '../api/session'
import type { EntityManager } from 'typeorm'
import type { z } from 'zod'
import type { CurrentUser } from '../api/contract/session'
import type { UserCreateInput, UserRow } from '../api/contract/users'
import { AppError, DomainError, NotFoundError } from '../api/contract/errors'
import type { Role } from '../api/contract/roles'
import { countUsers, currentUser } from './auth'
import { requireActor, type Ctx } from './context'
import { hashPassword, verifyPassword } from './passwords'
import { User } from '../db/entities/User'
import { bumpVersi, claimVersi } from './versi'
import { saveOffice } from './settings'
import { insertUser } from './users'
import { assignHolder, createPegawai, jabatanByKode } from './people'
import { todayInOffice } from '../domain/dates'
import type { OfficeIdentity } from '../domain/office'

async function userRows(em: EntityManager, where = '', params: unknown[] = []): Promise<UserRow[]> {
  const rows: { id: number; username: string; nama: string; pegawai_id: number | null; pegawai_nama: string | null; aktif: number; locked_until: string | null; last_login_at: string | null; roles: string | null; versi: number }[] =
    await em.query(
      `SELECT u.id, u.username, u.nama, u.pegawai_id, p.nama AS pegawai_nama, u.aktif, u.locked_until, u.last_login_at, u.versi,
         (SELECT GROUP_CONCAT(r.role) FROM user_role r WHERE r.user_id = u.id) AS roles
       FROM app_user u LEFT JOIN pegawai p ON p.id = u.pegawai_id ${where} ORDER BY u.nama COLLATE NOCASE`,
      params,
    )
  const now = new Date().toISOString()
  return rows.map((r) => ({
    id: Number(r.id), username: r.username, nama: r.nama, pegawaiId: r.pegawai_id, pegawaiNama: r.pegawai_nama, aktif: !!r.aktif,
    terkunci: !!r.locked_until && r.locked_until > now, lastLoginAt: r.last_login_at, roles: (r.roles ? r.roles.split(',') : []) as Role[],
    versi: Number(r.versi),
  }))
}

export const listUsers = (em: EntityManager) => userRows(em)

async function getUser(em: EntityManager, id: number): Promise<UserRow> {
  const [row] = await userRows(em, 'WHERE u.id = ?', [id])
  if (!row) throw new NotFoundError('Pengguna')
  return row
}

const userSnapshot = (u: UserRow) => ({ username: u.username, nama: u.nama, roles: u.roles, pegawaiId: u.pegawaiId, aktif: u.aktif })

async function assertPegawaiExists(em: EntityManager, pegawaiId: number | null): Promise<void> {
  if (pegawaiId === null) return
  const rows: unknown[] = await em.query('SELECT id FROM pegawai WHERE id = ?', [pegawaiId])
  if (!rows.length) throw new DomainError('Pegawai yang dipilih tidak ada.', 'pegawaiId')
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
  const [{ n }] = await em.query(
    `SELECT COUNT(*) AS n FROM app_user u JOIN user_role r ON r.user_id = u.id WHERE r.role = 'admin' AND u.aktif = 1 AND u.id <> ?`,
    [userId],
  )
  if (Number(n) === 0) throw new DomainError('Harus tetap ada paling sedikit satu Admin yang aktif.', 'roles')
}

export async function updateUser(ctx: Ctx, input: { id: number; versi: number; nama: string; roles: Role[]; pegawaiId: number | null; aktif: boolean }): Promise<UserRow> {
  const before = await getUser(ctx.em, input.id)
  await claimVersi(ctx.em, User, { id: input.id }, input.versi)
  await assertPegawaiExists(ctx.em, input.pegawaiId)
  await assertAdminRemains(ctx.em, input.id, input.roles, input.aktif)
  await ctx.em.query('UPDATE app_user SET nama = ?, pegawai_id = ?, aktif = ?, updated_at = ? WHERE id = ?', [input.nama, input.pegawaiId, input.aktif ? 1 : 0, ctx.now.toISOString(), input.id])
  await ctx.em.query('DELETE FROM user_role WHERE user_id = ?', [input.id])
  for (const role of new Set(input.roles)) await ctx.em.query('INSERT INTO user_role (user_id, role) VALUES (?, ?)', [input.id, role])
  const after = await getUser(ctx.em, input.id)
  await ctx.audit({ entityType: 'pengguna', entityId: input.id, before: userSnapshot(before), after: userSnapshot(after) })
  return after
}

/** An Admin sets a temporary password; the user must change it at next sign-in. Also lifts a lock. */
export async function resetPassword(ctx: Ctx, input: { id: number; versi: number; password: string }): Promise<UserRow> {
  await getUser(ctx.em, input.id)
  await claimVersi(ctx.em, User, { id: input.id }, input.versi)
  // A reset ends every session of that user (sesi_ke moves on).
  await ctx.em.query('UPDATE app_user SET password_hash = ?, must_change_password = 1, failed_attempts = 0, locked_until = NULL, sesi_ke = sesi_ke + 1, updated_at = ? WHERE id = ?', [
    await hashPassword(input.password), ctx.now.toISOString(), input.id,
  ])
  await ctx.audit({ entityType: 'pengguna', entityId: input.id, before: null, after: { kataSandi: 'diatur ulang oleh Admin' } })
  return getUser(ctx.em, input.id)
}

export async function changeOwnPassword(ctx: Ctx, input: { passwordLama: string; passwordBaru: string }): Promise<{ ok: true }> {
  const actor = requireActor(ctx)
  const rows: { password_hash: string }[] = await ctx.em.query('SELECT password_hash FROM app_user WHERE id = ?', [actor.userId])
  if (!(await verifyPassword(input.passwordLama, rows[0].password_hash))) throw new DomainError('Kata sandi lama salah.', 'passwordLama')
  if (input.passwordLama === input.passwordBaru) throw new DomainError('Kata sandi baru harus berbeda dari yang lama.', 'passwordBaru')
  // The user's other sessions end (sesi_ke moves on); this one moves with it and stays signed in.
  await ctx.em.query('UPDATE app_user SET password_hash = ?, must_change_password = 0, sesi_ke = sesi_ke + 1, updated_at = ? WHERE id = ?', [await hashPassword(input.passwordBaru), ctx.now.toISOString(), actor.userId])
  // An Admin's screen showing this account (e.g. about to reset the password) is now stale.
  await bumpVersi(ctx.em, User, { id: actor.userId })
  const [{ sesi_ke }] = await ctx.em.query('SELECT sesi_ke FROM app_user WHERE id = ?', [actor.userId])
  ctx.session.sesiKe = Number(sesi_ke)
  await ctx.audit({ entityType: 'pengguna', entityId: actor.userId, before: null, after: { kataSandi: 'diganti sendiri' } })
  return { ok: true }
}

/** The Admin lifts a sign-in lock (five wrong passwords) before its time runs out; audited. */
export async function unlockUser(ctx: Ctx, input: { id: number; versi: number }): Promise<UserRow> {
  await getUser(ctx.em, input.id)
  await claimVersi(ctx.em, User, { id: input.id }, input.versi)
  const [row] = await ctx.em.query('SELECT locked_until, failed_attempts FROM app_user WHERE id = ?', [input.id])
  if (!row.locked_until && !row.failed_attempts) throw new DomainError('Akun ini tidak terkunci.')
  await ctx.em.query('UPDATE app_user SET failed_attempts = 0, locked_until = NULL, updated_at = ? WHERE id = ?', [ctx.now.toISOString(), input.id])
  await ctx.audit({ entityType: 'pengguna', entityId: input.id, before: { terkunciSampai: row.locked_until }, after: { terkunciSampai: null }, reason: 'Dibuka oleh Admin' })
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
  await ctx.em.query('UPDATE app_user SET last_login_at = ? WHERE id = ?', [ctx.now.toISOString(), id])
  beginSignedIn(ctx.session, id, 0, ctx.now.getTime())
  return currentUser(ctx.em, id)
}
