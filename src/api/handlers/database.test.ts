import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestCore, failure, type TestCore } from '../../testing/core'
import { PG_CA, PG_URL } from '../../testing/postgres'

describe('perubahan.nomor and basisData.ujiKoneksi through dispatch', () => {
  let t: TestCore
  beforeEach(async () => {
    t = await createTestCore()
  })
  afterEach(async () => t.close())

  it('every committed command moves the Nomor Perubahan; reads and refused commands do not', async () => {
    const admin = await t.signIn(['admin'])
    await t.core.changes.check()
    const before = (await t.call(admin, 'perubahan.nomor', {})).nomor
    await t.call(admin, 'opd.list', {})
    await failure(t.call(admin, 'opd.create', { nama: '' }))
    expect(await t.core.changes.check()).toBe(before)
    await t.call(admin, 'opd.create', { nama: 'Dinas Uji Perubahan', singkatan: 'DUP' })
    await t.call(admin, 'opd.create', { nama: 'Dinas Uji Perubahan Dua', singkatan: 'DUP2' })
    expect(await t.core.changes.check()).toBe(before + 2)
    expect((await t.call(admin, 'perubahan.nomor', {})).nomor).toBe(before + 2)
  })

  it("a window's own command shows in its next perubahan.nomor at once, not at the next poll", async () => {
    const admin = await t.signIn(['admin'])
    const before = (await t.call(admin, 'perubahan.nomor', {})).nomor
    await t.call(admin, 'opd.create', { nama: 'Dinas Uji Seketika', singkatan: 'DUS' })
    // No check() here: a kept screen shown right after a save must learn the record moved (App.vue's KeepAlive).
    expect((await t.call(admin, 'perubahan.nomor', {})).nomor).toBe(before + 1)
  })

  it('Uji Koneksi answers in Indonesian for an unreachable host and checks the fields first', async () => {
    const admin = await t.signIn(['admin'])
    const r = await t.call(admin, 'basisData.ujiKoneksi', { host: '127.0.0.1', port: 1, database: 'sidara', user: 'sidara_app', password: 'x', tls: false, caFile: '' })
    expect(r).toMatchObject({ ok: false, problem: 'host', message: expect.stringMatching(/^Server basis data 127\.0\.0\.1:1 tidak dapat dihubungi\./) })
    const bad = await failure(t.call(admin, 'basisData.ujiKoneksi', { host: 'a b', port: 70000, database: '', user: 'u', password: '', tls: false, caFile: '' }))
    expect(bad.fields).toMatchObject({
      host: 'Host server berisi karakter yang tidak dapat dipakai (spasi, /, @, ?, #).',
      port: 'Port 1 sampai 65535.',
      database: 'Nama basis data wajib diisi.',
      password: 'Kata sandi (untuk menguji koneksi) wajib diisi.',
    })
  })

  it.runIf(PG_URL)('Uji Koneksi reaches the real server over verified TLS, and names a wrong password', async () => {
    const admin = await t.signIn(['admin'])
    const u = new URL(PG_URL!)
    const server = { host: u.hostname, port: Number(u.port || 5432), database: u.pathname.slice(1), user: decodeURIComponent(u.username), tls: Boolean(PG_CA), caFile: PG_CA ?? '' }
    const good = await t.call(admin, 'basisData.ujiKoneksi', { ...server, password: decodeURIComponent(u.password) })
    expect(good).toMatchObject({ ok: true, message: expect.stringMatching(/^Koneksi berhasil: PostgreSQL \d+/) })
    const wrong = await t.call(admin, 'basisData.ujiKoneksi', { ...server, password: 'salah-sekali' })
    expect(wrong).toMatchObject({ ok: false, problem: 'password', message: expect.stringMatching(/kata sandi salah/) })
  })
})
