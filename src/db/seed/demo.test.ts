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
    expect(page.total).toBe(44)
    expect(new Set(page.items.map((l) => `${l.tahun}/${l.nomorAgenda}`)).size).toBe(44)
    const signer = await t.call(s, 'jabatan.signerOn', { kode: 'kadis', tanggal: '2026-11-24' })
    expect(signer?.nama).toBe('Aarif Apriansyah, S.T., M.T.')
    // Sample cases stand at different points of SOP 07.
    const cases = await t.call(s, 'kasus.list', { pageSize: 10 })
    expect(cases.items.map((c) => [c.pemohon, c.status, c.langkahNo]).sort()).toEqual([
      ['Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'berjalan', 7],
      ['Badan Pendapatan Daerah', 'berjalan', 5],
      ['Dinas Lingkungan Hidup', 'ditolak', 6],
      ['Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'berjalan', 2],
    ])
    const racks = await t.call(s, 'racks.list', {})
    expect(racks.map((r) => r.nama)).toEqual(['R01', 'R02', 'R03', 'RJ01'])
    expect((await t.call(s, 'devices.list', {})).total).toBe(38)
    // Every document number issued is in the one register, and no two documents share one.
    const docs: { nomor: string }[] = await t.core.ds.query("SELECT nomor FROM kasus_dokumen WHERE nomor <> ''")
    const issued: { nomor: string }[] = await t.core.ds.query('SELECT nomor FROM nomor_terbit')
    expect(docs.length).toBeGreaterThan(0)
    expect(new Set(docs.map((d) => d.nomor)).size).toBe(docs.length)
    expect(issued.map((d) => d.nomor).sort()).toEqual(docs.map((d) => d.nomor).sort())
  })
})
