import type { EntityManager } from 'typeorm'
import type { CurrentUser, SessionInfo } from '../contract/session'
import { AppError } from '../contract/errors'
import { ROLES, type Role } from '../contract/roles'
import { beginSignedIn, type Actor, type Session } from '../runtime/session'
import { dialectOf } from '../db/engines'
import { User, UserRole } from '../db/entities/User'
import { appendAudit } from './audit'
import { currentOffice } from './settings'
import type { Ctx } from './context'
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from './passwords'

export const MAX_FAILED_LOGINS = 5
export const LOCK_MINUTES = 15
/** The same words for an unknown user, a wrong password and a locked account, so the message reveals nothing. */
export const LOGIN_FAILED_MESSAGE = `Nama pengguna atau kata sandi salah. Setelah ${MAX_FAILED_LOGINS} kali salah, akun dikunci selama ${LOCK_MINUTES} menit.`

async function rolesOf(em: EntityManager, userId: number): Promise<Role[]> {
  const rows = await em.find(UserRole, { where: { userId }, order: { role: 'ASC' } })
  return rows.map((r) => r.role).filter((r): r is Role => (ROLES as readonly string[]).includes(r))
}

/** Who a session belongs to for one call, or why it has just ended (shown to the user instead of a bare sign-in page). */
export interface ActorResolution {
  actor: Actor | null
  ended?: string
}

/**
 * Resolves the session's user for one call. The session ends (and says why) when it was idle longer than
 * `idleMinutes`, or when the user's password was changed or reset since it signed in (`sesi_ke` moved on);
 * a deactivated user counts as signed out. A live session's activity time moves to `nowMs`, unless `activity` is
 * false (a badge or change poll the screen makes by itself: not the user at work, so it must not keep an unattended
 * PC signed in).
 */
export async function loadActor(em: EntityManager, session: Session, nowMs: number = Date.now(), idleMinutes = Infinity, activity = true): Promise<ActorResolution> {
  if (session.userId === null) return { actor: null }
  if (nowMs - session.lastActivity > idleMinutes * 60_000) {
    session.userId = null
    return { actor: null, ended: `Sesi Anda berakhir karena tidak ada kegiatan selama ${idleMinutes} menit. Masuk kembali untuk melanjutkan; isian yang belum disimpan tetap ada.` }
  }
  const u = await em.findOneBy(User, { id: session.userId })
  if (!u || !u.aktif) {
    session.userId = null
    return { actor: null }
  }
  if (u.sesiKe !== session.sesiKe) {
    session.userId = null
    return { actor: null, ended: 'Sesi Anda berakhir karena kata sandi akun ini diganti atau diatur ulang. Masuk kembali dengan kata sandi yang baru.' }
  }
  if (activity) session.lastActivity = Math.max(session.lastActivity, nowMs)
  return { actor: { userId: u.id, username: u.username, nama: u.nama, pegawaiId: u.pegawaiId, roles: await rolesOf(em, u.id), mustChangePassword: u.mustChangePassword } }
}

export async function currentUser(em: EntityManager, userId: number): Promise<CurrentUser> {
  const u = await em.findOneByOrFail(User, { id: userId })
  return { id: u.id, username: u.username, nama: u.nama, pegawaiId: u.pegawaiId, roles: await rolesOf(em, u.id), mustChangePassword: u.mustChangePassword }
}

export async function countUsers(em: EntityManager): Promise<number> {
  return em.count(User)
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

/** The account with its password hash (left out of every other read: select: false), by username ignoring case or by id. */
async function loginRow(em: EntityManager, where: 'username' | 'id', value: string | number): Promise<User | null> {
  const qb = em.createQueryBuilder(User, 'u').addSelect('u.passwordHash')
  // Same expression as the unique index on the username (COLLATE NOCASE / lower()), so it is used.
  if (where === 'username') qb.where(`${dialectOf(em).nocase('u.username')} = ${dialectOf(em).nocase(':value')}`, { value })
  else qb.where('u.id = :value', { value })
  return qb.getOne()
}

/**
 * Signs in. Runs outside the work queue (see dispatch): the key derivation (about a second at the OWASP cost) runs
 * between two short queued steps, so failed sign-ins do not hold up everyone else. A correct password hashed with
 * older parameters is re-hashed (also outside the queue) and stored if it did not change meanwhile. Success gives the
 * session a new id. Declared as a query because it manages its own transactions: a failed attempt must be counted
 * even though the call fails.
 */
export async function login(ctx: Ctx, input: { username: string; password: string }): Promise<CurrentUser> {
  const core = ctx.core
  const user = await core.run(() => loginRow(core.ds.manager, 'username', input.username))
  // Always run the KDF, so the time taken does not tell whether the user exists.
  const passwordOk = await verifyPassword(input.password, user?.passwordHash ?? (await dummyPasswordHash()))
  const rehashed = passwordOk && user && needsRehash(user.passwordHash) ? await hashPassword(input.password) : null
  return core.run(async () => {
    const ds = core.ds
    const now = core.clock()
    const nowIso = now.toISOString()
    const fresh = user ? await loginRow(ds.manager, 'id', user.id) : undefined
    const locked = !!fresh?.lockedUntil && fresh.lockedUntil > nowIso
    if (!fresh || !fresh.aktif || locked || !passwordOk) {
      if (fresh && fresh.aktif && !locked) {
        await ds.transaction(async (em) => {
          // Counted in SQL, so concurrent wrong guesses are all counted.
          await em.increment(User, { id: fresh.id }, 'failedAttempts', 1)
          const { failedAttempts } = await em.findOneByOrFail(User, { id: fresh.id })
          if (failedAttempts >= MAX_FAILED_LOGINS) {
            const lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString()
            await em.update(User, { id: fresh.id }, { failedAttempts: 0, lockedUntil })
            await appendAudit(em, { entityType: 'pengguna', entityId: fresh.id, after: { terkunciSampai: lockedUntil }, reason: `${MAX_FAILED_LOGINS} kali salah kata sandi`, operation: 'session.lock', actor: null, shell: ctx.session.shell, at: nowIso, key: core.auditKey.key() })
          }
        })
      }
      throw new AppError('UNAUTHENTICATED', LOGIN_FAILED_MESSAGE, { password: LOGIN_FAILED_MESSAGE })
    }
    await ds.transaction(async (em) => {
      await em.update(User, { id: fresh.id }, { failedAttempts: 0, lockedUntil: null, lastLoginAt: nowIso })
      // Only if the hash is still the one checked: a password changed meanwhile must not be overwritten.
      if (rehashed) await em.update(User, { id: fresh.id, passwordHash: fresh.passwordHash }, { passwordHash: rehashed })
    })
    beginSignedIn(ctx.session, fresh.id, fresh.sesiKe, now.getTime())
    return currentUser(ds.manager, fresh.id)
  })
}

export async function logout(ctx: Ctx): Promise<{ ok: true }> {
  ctx.session.userId = null
  return { ok: true }
}
