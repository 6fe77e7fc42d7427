// A first-day office whose Admin has not yet recorded who holds the posts (Pengaturan > Jabatan): SOP 07's steps 2-4
// still move with the letter's dispositions, by the people's roles, until a post has a holder (a tester's finding: a
// case opened after Kadis -> Kabid -> Kasi -> Tim DC stayed at step 2, "Sedang berjalan", with no word why).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../../testing/core'
import { createOfficials, type Officials } from '../../testing/officials'

describe('SOP 07 steps 2-4 in an office that has recorded only the Kepala Dinas\'s post', () => {
  let t: TestCore
  let o: Officials
  let disdik: number

  const letter = () =>
    t.call(o.tu, 'letters.register', {
      nomorSurat: '005/123/DISDIK/2026', tanggalSurat: '2026-11-20', asalOpdId: disdik, hal: 'Permohonan penarikan server PPDB', sifat: 'Segera', jenisPermohonan: 'Penarikan Server',
    })

  beforeEach(async () => {
    const clock = new Date('2026-11-24T02:00:00Z') // Selasa 09.00 WIB
    t = await createTestCore({ now: () => clock })
    o = await createOfficials(t, { posts: false })
    // As the tester's first day: the Admin gave the Kepala Dinas his post when creating his account (a letter's first
    // disposition comes from that post's holder), the Kabid, Kasi and Tim DC only their roles.
    const kadis = (await t.call(o.admin, 'jabatan.list', {})).find((j) => j.kode === 'kadis')!
    await t.call(o.admin, 'jabatan.assign', { jabatanId: kadis.id, versi: kadis.versi, pegawaiId: o.pegawai.kadis, jenis: 'definitif', dari: '2020-01-01' })
    disdik = (await t.call(o.tu, 'opd.list', {})).find((x) => x.nama === 'Dinas Pendidikan')!.id
  })
  afterEach(async () => t.close())

  it('a case opened after the chain starts where the dispositions reached: the roles stand for the empty posts', async () => {
    const { id: suratId } = await letter()
    await t.call(o.kadis, 'disposisi.create', { suratId, kepada: [{ pegawaiId: o.pegawai.kabid }], instruksi: ['Untuk ditindaklanjuti'] })
    await t.call(o.kabid, 'disposisi.create', { suratId, kepada: [{ pegawaiId: o.pegawai.kasi }] })
    await t.call(o.kasi, 'disposisi.create', { suratId, kepada: [{ pegawaiId: o.pegawai.dc1 }] })
    const opened = await t.call(o.dc1, 'kasus.open', { suratId })
    const c = await t.call(o.dc1, 'kasus.get', { id: opened.id })
    expect(c.langkah).toBe('pemeriksaan')
    expect(c.tim.map((m) => m.nama)).toEqual(['Fajar Nugroho, A.Md.'])
  })

  it('an open case moves with each disposition as it is recorded', async () => {
    const { id: suratId } = await letter()
    const opened = await t.call(o.tu, 'kasus.open', { suratId })
    await t.call(o.kadis, 'disposisi.create', { suratId, kepada: [{ pegawaiId: o.pegawai.kabid }] })
    expect((await t.call(o.tu, 'kasus.get', { id: opened.id })).langkah).toBe('disposisi-kabid')
    await t.call(o.kabid, 'disposisi.create', { suratId, kepada: [{ pegawaiId: o.pegawai.kasi }] })
    expect((await t.call(o.tu, 'kasus.get', { id: opened.id })).langkah).toBe('penunjukan-tim')
  })

  it('a disposition to someone without the next post\'s role does not complete the step', async () => {
    const { id: suratId } = await letter()
    const opened = await t.call(o.tu, 'kasus.open', { suratId })
    // The Kadis sends it straight to a Tim DC member: not the Kepala Bidang's step.
    await t.call(o.kadis, 'disposisi.create', { suratId, kepada: [{ pegawaiId: o.pegawai.dc1 }] })
    expect((await t.call(o.tu, 'kasus.get', { id: opened.id })).langkah).toBe('disposisi-kadis')
  })

  it('once a post has a holder, only the holder counts for it', async () => {
    const { id: suratId } = await letter()
    const opened = await t.call(o.tu, 'kasus.open', { suratId })
    // The Kepala Bidang post is given to Dewi (the Kasi): Hendra's Kabid role no longer stands for it.
    const post = (await t.call(o.admin, 'jabatan.list', {})).find((j) => j.kode === 'kabid-pe')!
    await t.call(o.admin, 'jabatan.assign', { jabatanId: post.id, versi: post.versi, pegawaiId: o.pegawai.kasi, jenis: 'definitif', dari: '2020-01-01' })
    await t.call(o.kadis, 'disposisi.create', { suratId, kepada: [{ pegawaiId: o.pegawai.kabid }] })
    expect((await t.call(o.tu, 'kasus.get', { id: opened.id })).langkah).toBe('disposisi-kadis')
    await t.call(o.kadis, 'disposisi.create', { suratId, kepada: [{ jabatanKode: 'kabid-pe' }] })
    expect((await t.call(o.tu, 'kasus.get', { id: opened.id })).langkah).toBe('disposisi-kabid')
  })
})
