import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { newSession } from '../../api/session'
import { createTestCore, type TestCore } from '../../testing/core'
import { DEMO_PASSWORD, fillDemoData } from './demo'

describe('demo data', () => {
  let t: TestCore
  beforeEach(async () => {
    t = await createTestCore()
  })
  afterEach(async () => t.close())

  it('fills accounts, officials and letters once, through the real API', async () => {
    await fillDemoData(t.core, 40)
    await fillDemoData(t.core, 40)
    const s = newSession('test')
    await t.call(s, 'session.login', { username: 'kabid', password: DEMO_PASSWORD })
    const page = await t.call(s, 'letters.list', { pageSize: 100 })
    expect(page.total).toBe(40)
    expect(new Set(page.items.map((l) => `${l.tahun}/${l.nomorAgenda}`)).size).toBe(40)
    const signer = await t.call(s, 'jabatan.signerOn', { kode: 'kadis', tanggal: '2026-11-24' })
    expect(signer?.nama).toBe('Aarif Apriansyah, S.T., M.T.')
    const racks = await t.call(s, 'racks.list', {})
    expect(racks.map((r) => r.nama)).toEqual(['R01', 'R02', 'R03', 'RJ01'])
    expect((await t.call(s, 'devices.list', {})).total).toBe(38)
  })
})
