import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../api/dispatch'
import { newSession, type Session } from '../runtime/session'
import { createTestCore, failure, type TestCore } from '../testing/core'
import { usePasswordCostForTests } from './passwords'
import { insertUser } from './users'

describe('sessions (issue 11)', () => {
  let t: TestCore
  let now = new Date('2026-11-24T03:00:00Z')
  let admin: Session
  const login = async (username: string, password = 'rahasia-uji-123') => {
    const s = newSession('test')
    const env = await dispatch(t.core, s, 'session.login', { username, password })
    return { s, env }
  }
  beforeEach(async () => {
    // Real time: users.list judges a lock against the wall clock.
    now = new Date()
    t = await createTestCore({ now: () => now })
    admin = await t.signIn(['admin'])
    await insertUser(t.core.ds.manager, { username: 'sekre', nama: 'Sekre', password: 'rahasia-uji-123', roles: ['sekretariat'] }, now.toISOString())
  })
  afterEach(async () => t.close())

  it('sign-in gives the session a new id', async () => {
    const s = newSession('test')
    const before = s.id
    expect((await dispatch(t.core, s, 'session.login', { username: 'sekre', password: 'rahasia-uji-123' })).ok).toBe(true)
    expect(s.id).not.toBe(before)
    expect(s.userId).not.toBeNull()
  })

  it('an idle session ends after the setting (default 30 minutes) and says why', async () => {
    const { s } = await login('sekre')
    now = new Date(now.getTime() + 29 * 60_000)
    expect((await dispatch(t.core, s, 'letters.list', {})).ok).toBe(true)
    now = new Date(now.getTime() + 29 * 60_000) // 29 minutes after the last call: still alive
    expect((await dispatch(t.core, s, 'letters.list', {})).ok).toBe(true)
    now = new Date(now.getTime() + 31 * 60_000)
    const ended = await dispatch(t.core, s, 'letters.list', {})
    expect(ended).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Sesi Anda berakhir karena tidak ada kegiatan selama 30 menit. Masuk kembali untuk melanjutkan; isian yang belum disimpan tetap ada.' } })
    // The Admin sets 10 minutes; a stale screen cannot overwrite it.
    now = new Date(now.getTime() + 1000)
    admin.lastActivity = now.getTime()
    const set = await t.call(admin, 'keamanan.simpanSesi', { batasMenganggurMenit: 10, versi: 0 })
    expect(set.batasMenganggurMenit).toBe(10)
    expect((await failure(t.call(admin, 'keamanan.simpanSesi', { batasMenganggurMenit: 20, versi: 0 }))).code).toBe('CONFLICT')
    const again = await login('sekre')
    now = new Date(now.getTime() + 11 * 60_000)
    expect((await dispatch(t.core, again.s, 'letters.list', {})).ok).toBe(false)
  })

  it('the screen\'s own polls (badges, change feed) do not keep an unattended window signed in', async () => {
    const { s } = await login('sekre')
    // An open window polls every few seconds for 31 minutes with nobody at the keyboard.
    for (let minute = 1; minute <= 31; minute++) {
      now = new Date(now.getTime() + 60_000)
      for (const op of ['perubahan.nomor', 'tugas.jumlah', 'disposisi.inboxCount']) {
        const env = await dispatch(t.core, s, op, {})
        expect(env.ok, `${op} at minute ${minute}`).toBe(minute <= 30)
      }
    }
    const ended = await dispatch(t.core, s, 'letters.list', {})
    expect(ended.ok).toBe(false)
    // A call the user makes does count: after it, the polls live on.
    const { s: busy } = await login('sekre')
    now = new Date(now.getTime() + 20 * 60_000)
    expect((await dispatch(t.core, busy, 'letters.list', {})).ok).toBe(true)
    now = new Date(now.getTime() + 20 * 60_000)
    expect((await dispatch(t.core, busy, 'tugas.jumlah', {})).ok).toBe(true)
  })

  it('a password change ends the user\'s other sessions but not the one that changed it; an Admin reset ends all', async () => {
    const a = (await login('sekre')).s
    const b = (await login('sekre')).s
    expect((await dispatch(t.core, a, 'users.changePassword', { passwordLama: 'rahasia-uji-123', passwordBaru: 'kata-sandi-baru-456', ulangi: 'kata-sandi-baru-456' })).ok).toBe(true)
    expect((await dispatch(t.core, a, 'letters.list', {})).ok).toBe(true)
    const other = await dispatch(t.core, b, 'letters.list', {})
    expect(other.ok ? '' : other.error.message).toMatch(/^Sesi Anda berakhir karena kata sandi akun ini diganti/)
    const [{ id, versi }] = await t.core.ds.query(`SELECT id, versi FROM app_user WHERE username = 'sekre'`)
    await t.call(admin, 'users.resetPassword', { id, versi, password: 'sementara-789-abc' })
    expect((await dispatch(t.core, a, 'letters.list', {})).ok).toBe(false)
  })

  it('the Admin can unlock an account locked by five wrong guesses', async () => {
    for (let i = 0; i < 5; i++) await login('sekre', 'salah-salah')
    expect((await login('sekre')).env.ok).toBe(false) // locked, right password or not
    const [{ id }] = await t.core.ds.query(`SELECT id FROM app_user WHERE username = 'sekre'`)
    expect((await t.call(admin, 'users.list', {})).find((u) => u.id === id)?.terkunci).toBe(true)
    const locked = (await t.call(admin, 'users.list', {})).find((u) => u.id === id)!
    const unlocked = await t.call(admin, 'users.unlock', { id, versi: locked.versi })
    expect(unlocked.terkunci).toBe(false)
    expect((await failure(t.call(admin, 'users.unlock', { id, versi: locked.versi }))).code).toBe('CONFLICT')
    expect((await login('sekre')).env.ok).toBe(true)
    expect((await failure(t.call(admin, 'users.unlock', { id, versi: unlocked.versi }))).message).toBe('Akun ini tidak terkunci.')
  })

  it('wrong guesses in parallel are all counted, and other calls are not held up by the key derivation', async () => {
    const s = newSession('test')
    s.userId = admin.userId
    const guesses = Array.from({ length: 8 }, () => login('sekre', 'salah-salah'))
    // While the guesses derive keys, a list call finishes long before them.
    let listDone = 0
    let guessesDone = 0
    const list = dispatch(t.core, admin, 'letters.list', {}).then(() => (listDone = guessesDone))
    await Promise.all(guesses.map((g) => g.then(() => guessesDone++)))
    await list
    expect(listDone).toBeLessThan(8)
    const [{ locked_until }] = await t.core.ds.query(`SELECT locked_until FROM app_user WHERE username = 'sekre'`)
    expect(locked_until).not.toBeNull()
  })

  it('a hash from before the OWASP parameters is upgraded at the next sign-in', async () => {
    const previous = usePasswordCostForTests({ N: 1 << 10, r: 8, p: 1 })
    await insertUser(t.core.ds.manager, { username: 'lama', nama: 'Lama', password: 'rahasia-uji-123', roles: ['kasi'] }, now.toISOString())
    usePasswordCostForTests(previous)
    expect((await login('lama')).env.ok).toBe(true)
    const [{ password_hash }] = await t.core.ds.query(`SELECT password_hash FROM app_user WHERE username = 'lama'`)
    expect(password_hash).toMatch(new RegExp(`^scrypt\\$${previous.N}\\$8\\$1\\$`))
    expect((await login('lama')).env.ok).toBe(true)
  })
})
