import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Session } from '../runtime/session'
import { behindTheApp } from '../testing/behind-the-app'
import { createTestCore, type TestCore } from '../testing/core'
import { verifyAuditChain } from './audit'

describe('audit trail', () => {
  let t: TestCore
  let tu: Session
  let admin: Session
  beforeEach(async () => {
    t = await createTestCore({ now: () => new Date('2026-11-24T03:00:00Z') })
    tu = await t.signIn(['sekretariat'])
    admin = await t.signIn(['admin'])
    for (let i = 1; i <= 4; i++) {
      await t.call(tu, 'letters.register', { nomorSurat: `A/${i}`, tanggalSurat: '2026-11-20', asalSurat: 'Dinas Sosial', hal: `Surat ${i}`, sifat: 'Biasa', jenisPermohonan: 'Lainnya' })
    }
  })
  afterEach(async () => t.close())

  it('records who, when, what, before and after in the same transaction', async () => {
    const page = await t.call(admin, 'audit.list', { entityType: 'surat_masuk' })
    expect(page.total).toBe(4)
    const first = page.items.at(-1)!
    expect(first).toMatchObject({ operation: 'letters.register', action: 'Mencatat surat masuk', entityType: 'surat_masuk', shell: 'test', before: null })
    expect(first.username).toMatch(/^sekretariat-/)
    expect((first.after as { nomorSurat: string }).nomorSurat).toBe('A/1')
    // A failed command leaves no audit entry behind.
    const env = await t.call(tu, 'letters.void', { id: 999, versi: 1, alasan: 'tidak ada' }).catch((e) => e)
    expect(env.code).toBe('NOT_FOUND')
    expect((await t.call(admin, 'audit.list', {})).total).toBe(4)
    expect(await t.call(admin, 'audit.entityTypes', {})).toEqual(['surat_masuk'])
  })

  it('verifies an intact chain', async () => {
    expect(await t.call(admin, 'audit.verify', {})).toMatchObject({ ok: true, checked: 4 })
  })

  it('finds a row edited behind the app', async () => {
    await behindTheApp(t)(`UPDATE audit_log SET username = 'orang-lain' WHERE id = 2`)
    const r = await verifyAuditChain(t.core.ds.manager)
    expect(r.ok).toBe(false)
    expect(r.firstBroken).toEqual({ id: 2, problem: 'Isi entri tidak cocok dengan hash-nya; entri ini diubah di luar aplikasi.' })
    expect(r.checked).toBe(1)
  })

  it('finds a removed row', async () => {
    await behindTheApp(t)('DELETE FROM audit_log WHERE id = 3')
    const r = await t.call(admin, 'audit.verify', {})
    expect(r.ok).toBe(false)
    expect(r.firstBroken?.id).toBe(4)
    expect(r.firstBroken?.problem).toMatch(/Tidak bersambung dengan entri sebelumnya \(#2\)/)
  })

  it('finds a forged row whose hash was recomputed without its successor', async () => {
    await behindTheApp(t)(`UPDATE audit_log SET reason = 'dipalsukan', hash = '${'f'.repeat(64)}' WHERE id = 4`)
    const r = await verifyAuditChain(t.core.ds.manager)
    expect(r.firstBroken?.id).toBe(4)
  })
})
