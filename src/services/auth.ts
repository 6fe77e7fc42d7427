import type { EntityManager } from 'typeorm'
import type { CurrentUser, SessionInfo } from '../api/contract/session'
import { AppError } from '../api/contract/errors'
import { ROLES, type Role } from '../api/contract/roles'
import type { Actor, Session } from '../api/session'
import { appendAudit } from './audit'
import { currentOffice } from './settings'
import type { Ctx } from './context'
import { dummyPasswordHash, verifyPassword } from './passwords'

export const MAX_FAILED_LOGINS = 5
export const LOCK_MINUTES = 15
/** The same words for an unknown user, a wrong password and a locked account, so the message reveals nothing. */
export const LOGIN_FAILED_MESSAGE = `Nama pengguna atau kata sandi salah. Setelah ${MAX_FAILED_LOGINS} kali salah, akun dikunci selama ${LOCK_MINUTES} menit.`

interface UserRow {
  id: number
  username: string
  nama: string
  pegawai_id: number | null
  aktif: number
  must_change_password: number
}

async function rolesOf(em: EntityManager, userId: number): Promise<Role[]> {
  const rows: { role: string }[] = await em.query('SELECT role FROM user_role WHERE user_id = ?', [userId])
  return rows.map((r) => r.role).filter((r): r is Role => (ROLES as readonly string[]).includes(r))
}

/** Resolves the session's user for one call; a deactivated user counts as signed out. */
export async function loadActor(em: EntityManager, session: Session): Promise<Actor | null> {
  if (session.userId === null) return null
  const rows: UserRow[] = await em.query('SELECT id, username, nama, pegawai_id, aktif, must_change_password FROM app_user WHERE id = ?', [session.userId])
  const u = rows[0]
  if (!u || !u.aktif) {
    session.userId = null
    return null
  }
  return { userId: u.id, username: u.username, nama: u.nama, pegawaiId: u.pegawai_id, roles: await rolesOf(em, u.id), mustChangePassword: !!u.must_change_password }
}

export async function currentUser(em: EntityManager, userId: number): Promise<CurrentUser> {
  const rows: UserRow[] = await em.query('SELECT id, username, nama, pegawai_id, aktif, must_change_password FROM app_user WHERE id = ?', [userId])
  const u = rows[0]
  return { id: u.id, username: u.username, nama: u.nama, pegawaiId: u.pegawai_id, roles: await rolesOf(em, u.id), mustChangePassword: !!u.must_change_password }
}

export async function countUsers(em: EntityManager): Promise<number> {
  const [{ n }] = await em.query('SELECT COUNT(*) AS n FROM app_user')
  return Number(n)
}

/** "Dinas Komunikasi dan Informatika Kota Batam", from the kop settings. */
async function officeName(em: EntityManager): Promise<string> {
  const o = await currentOffice(em)
  const dinas = o.dinas.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()).replace(/\bDan\b/g, 'dan')
  const wilayah = o.pemerintah.replace(/^PEMERINTAH\s+/i, '').toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase())
  return `${dinas} ${wilayah}`.trim()
}

export async function sessionInfo(ctx: Ctx): Promise<SessionInfo> {
  const setupNeeded = (await countUsers(ctx.em)) === 0
  return {
    user: ctx.actor ? await currentUser(ctx.em, ctx.actor.userId) : null,
    setupNeeded,
    demo: ctx.core.demo,
    namaKantor: await officeName(ctx.em),
  }
}

/**
 * Signs in. Declared as a query because it manages its own transactions: a failed attempt must be counted even
 * though the call fails.
 */
export async function login(ctx: Ctx, input: { username: string; password: string }): Promise<CurrentUser> {
  const ds = ctx.core.ds
  const rows: (UserRow & { password_hash: string; failed_attempts: number; locked_until: string | null })[] = await ds.query(
    'SELECT id, username, nama, pegawai_id, aktif, password_hash, failed_attempts, locked_until FROM app_user WHERE username = ? COLLATE NOCASE',
    [input.username],
  )
  const user = rows[0]
  const nowIso = ctx.now.toISOString()
  // Always run the KDF, so the time taken does not tell whether the user exists.
  const passwordOk = await verifyPassword(input.password, user?.password_hash ?? (await dummyPasswordHash()))
  const locked = !!user?.locked_until && user.locked_until > nowIso
  if (!user || !user.aktif || locked || !passwordOk) {
    if (user && user.aktif && !locked) {
      const attempts = user.failed_attempts + 1
      const lockedUntil = attempts >= MAX_FAILED_LOGINS ? new Date(ctx.now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null
      await ds.transaction(async (em) => {
        await em.query('UPDATE app_user SET failed_attempts = ?, locked_until = ? WHERE id = ?', [lockedUntil ? 0 : attempts, lockedUntil, user.id])
        if (lockedUntil) {
          await appendAudit(em, { entityType: 'pengguna', entityId: user.id, after: { terkunciSampai: lockedUntil }, reason: `${MAX_FAILED_LOGINS} kali salah kata sandi`, operation: 'session.lock', actor: null, shell: ctx.session.shell, at: nowIso, key: ctx.core.auditKey.key() })
        }
      })
    }
    throw new AppError('UNAUTHENTICATED', LOGIN_FAILED_MESSAGE, { password: LOGIN_FAILED_MESSAGE })
  }
  await ds.transaction(async (em) => {
    await em.query('UPDATE app_user SET failed_attempts = 0, locked_until = NULL, last_login_at = ? WHERE id = ?', [nowIso, user.id])
  })
  ctx.session.userId = user.id
  return currentUser(ds.manager, user.id)
}

export async function logout(ctx: Ctx): Promise<{ ok: true }> {
  ctx.session.userId = null
  return { ok: true }
}
