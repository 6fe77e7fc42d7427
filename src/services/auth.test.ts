import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { newSession } from '../runtime/session'
import { createTestCore, failure, type TestCore } from '../testing/core'
import { LOGIN_FAILED_MESSAGE } from './auth'
import { verifyAuditChain } from './audit'

describe('sign-in, setup and accounts', () => {
  let t: TestCore
  let clock = new Date('2026-11-24T03:00:00Z')
  beforeEach(async () => {
    clock = new Date('2026-11-24T03:00:00Z')
    t = await createTestCore({ now: () => clock })
  })
  afterEach(async () => t.close())

  const setup = (s = newSession('test')) =>
    t.call(s, 'setup.run', {
      kantor: { pemerintah: 'PEMERINTAH KOTA BATAM', dinas: 'DINAS KOMUNIKASI DAN INFORMATIKA', alamat: 'Jl. Engku Putri No. 1', telepon: '', laman: '', email: '', kota: 'Batam', kertas: 'F4', font: 'Arial', ukuranFont: 12 },
      admin: { nama: 'Admin Kominfo', username: 'admin', password: 'admin-rahasia-1', ulangi: 'admin-rahasia-1' },
    })

  it('first run: setup creates the signed-in Admin and the kop, once', async () => {
    const s = newSession('test')
    expect((await t.call(s, 'session.current', {})).setupNeeded).toBe(true)
    const admin = await setup(s)
    expect(admin.roles).toEqual(['admin'])
    const info = await t.call(s, 'session.current', {})
    expect(info.setupNeeded).toBe(false)
    expect(info.user?.username).toBe('admin')
    expect(info.namaKantor).toBe('Dinas Komunikasi dan Informatika Kota Batam')
    expect((await t.call(s, 'settings.office', {})).kertas).toBe('F4')
    // Signed in by the wizard: Pengguna shows that as the Admin's last sign-in, not "Belum pernah".
    expect((await t.call(s, 'users.list', {})).find((u) => u.username === 'admin')?.lastLoginAt).toBe('2026-11-24T03:00:00.000Z')
    const again = await failure(setup(newSession('test')))
    expect(again.code).toBe('FORBIDDEN')
  })

  it('setup validates the admin password and its repetition', async () => {
    const err = await failure(
      t.call(newSession('test'), 'setup.run', {
        kantor: { pemerintah: 'P', dinas: 'D', alamat: 'A', kota: 'Batam', kertas: 'A4', font: 'Arial', ukuranFont: 12 },
        admin: { nama: 'A', username: 'admin', password: 'pendek', ulangi: 'lain' },
      }),
    )
    expect(err.fields?.['admin.password']).toBe('Kata sandi paling sedikit 8 karakter.')
  })

  it('signs in and out; the message never tells whether the user exists', async () => {
    await setup()
    const s = newSession('test')
    const unknown = await failure(t.call(s, 'session.login', { username: 'tidak-ada', password: 'apa-saja-123' }))
    const wrong = await failure(t.call(s, 'session.login', { username: 'admin', password: 'salah-salah-1' }))
    expect(unknown.message).toBe(LOGIN_FAILED_MESSAGE)
    expect(wrong.message).toBe(LOGIN_FAILED_MESSAGE)
    const user = await t.call(s, 'session.login', { username: 'ADMIN', password: 'admin-rahasia-1' })
    expect(user.username).toBe('admin')
    expect(s.userId).toBe(user.id)
    await t.call(s, 'session.logout', {})
    expect(s.userId).toBeNull()
    expect((await failure(t.call(s, 'users.list', {}))).code).toBe('UNAUTHENTICATED')
  })

  it('locks the account for 15 minutes after five wrong passwords', async () => {
    await setup()
    const s = newSession('test')
    for (let i = 0; i < 5; i++) await failure(t.call(s, 'session.login', { username: 'admin', password: `salah-${i}-xxxx` }))
    // Even the right password is refused while locked, with the same message.
    const locked = await failure(t.call(s, 'session.login', { username: 'admin', password: 'admin-rahasia-1' }))
    expect(locked.message).toBe(LOGIN_FAILED_MESSAGE)
    clock = new Date(clock.getTime() + 16 * 60_000)
    expect((await t.call(s, 'session.login', { username: 'admin', password: 'admin-rahasia-1' })).username).toBe('admin')
    const [{ n }] = await t.core.ds.query(`SELECT COUNT(*) AS n FROM audit_log WHERE operation = 'session.lock'`)
    expect(Number(n)).toBe(1)
  })

  it('never stores or logs the password', async () => {
    await setup()
    const dump = JSON.stringify(await t.core.ds.query('SELECT * FROM audit_log')) + JSON.stringify(await t.core.ds.query('SELECT * FROM app_user'))
    expect(dump).not.toContain('admin-rahasia-1')
  })

  it('Admin creates users who must change the first password; reset works the same way', async () => {
    const adminSession = newSession('test')
    await setup(adminSession)
    const created = await t.call(adminSession, 'users.create', { username: 'rina', nama: 'Rina', roles: ['sekretariat'], password: 'awal-awal-123' })
    expect(created.roles).toEqual(['sekretariat'])
    const rina = newSession('test')
    const me = await t.call(rina, 'session.login', { username: 'rina', password: 'awal-awal-123' })
    expect(me.mustChangePassword).toBe(true)
    expect((await failure(t.call(rina, 'letters.list', {}))).message).toBe('Ganti kata sandi Anda terlebih dahulu.')
    const mismatch = await failure(t.call(rina, 'users.changePassword', { passwordLama: 'awal-awal-123', passwordBaru: 'baru-baru-123', ulangi: 'lain-lain-123' }))
    expect(mismatch.fields?.ulangi).toBe('Ulangan kata sandi tidak sama.')
    await t.call(rina, 'users.changePassword', { passwordLama: 'awal-awal-123', passwordBaru: 'baru-baru-123', ulangi: 'baru-baru-123' })
    expect((await t.call(rina, 'letters.list', {})).total).toBe(0)
    // A Sekretariat user cannot administer users.
    expect((await failure(t.call(rina, 'users.list', {}))).code).toBe('FORBIDDEN')
    // Rina's own password change made the Admin's earlier copy of her account stale.
    expect((await failure(t.call(adminSession, 'users.resetPassword', { id: created.id, versi: created.versi, password: 'sementara-123' }))).code).toBe('CONFLICT')
    await t.call(adminSession, 'users.resetPassword', { id: created.id, versi: created.versi + 1, password: 'sementara-123' })
    const again = newSession('test')
    expect((await t.call(again, 'session.login', { username: 'rina', password: 'sementara-123' })).mustChangePassword).toBe(true)
  })

  it('keeps at least one active Admin, and a deactivated user is signed out', async () => {
    const adminSession = newSession('test')
    const admin = await setup(adminSession)
    const err = await failure(t.call(adminSession, 'users.update', { id: admin.id, versi: 1, nama: 'Admin', roles: ['sekretariat'], aktif: true }))
    expect(err.fields?.roles).toBe('Harus tetap ada paling sedikit satu Admin yang aktif.')
    const u = await t.call(adminSession, 'users.create', { username: 'budi', nama: 'Budi', roles: ['timdc'], password: 'awal-awal-123' })
    const budi = newSession('test')
    await t.call(budi, 'session.login', { username: 'budi', password: 'awal-awal-123' })
    await t.call(adminSession, 'users.update', { id: u.id, versi: u.versi, nama: 'Budi', roles: ['timdc'], aktif: false })
    expect((await t.call(budi, 'session.current', {})).user).toBeNull()
    expect((await verifyAuditChain(t.core.ds.manager)).ok).toBe(true)
  })
})
