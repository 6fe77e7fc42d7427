// Who may start a letter's dispositions in an office whose Admin has not yet recorded who holds the posts
// (Pengaturan > Jabatan): the Kepala Dinas by his account's role, until the post has a holder.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestCore, failure, type TestCore } from '../testing/core'
import { createOfficials, type Officials } from '../testing/officials'

describe('the first disposition of a letter before the posts are recorded', () => {
  let t: TestCore
  let o: Officials
  let suratId: number

  beforeEach(async () => {
    const clock = new Date('2026-11-24T02:00:00Z') // Selasa 09.00 WIB
    t = await createTestCore({ now: () => clock })
    o = await createOfficials(t, { posts: false })
    suratId = (await t.call(o.tu, 'letters.register', {
      nomorSurat: '005/123/DISDIK/2026', tanggalSurat: '2026-11-20', asalSurat: 'Dinas Pendidikan', hal: 'Permohonan penarikan server PPDB', sifat: 'Biasa', jenisPermohonan: 'Penarikan Server',
    })).id
  })
  afterEach(async () => t.close())

  it('the Kepala Dinas starts it by his role, and the Sekretariat records one for him', async () => {
    const own = await t.call(o.kadis, 'disposisi.create', { suratId, kepada: [{ pegawaiId: o.pegawai.kabid }], instruksi: ['Untuk ditindaklanjuti'] })
    expect(own.parentPenerimaId).toBeNull()
    const onBehalf = await t.call(o.tu, 'disposisi.create', { suratId, dariPegawaiId: o.pegawai.kadis, kepada: [{ pegawaiId: o.pegawai.kasi }], instruksi: ['Untuk diketahui'] })
    expect(onBehalf.dicatatOleh).toBe('Rina Marlina, S.E.')
    expect((await t.call(o.kabid, 'disposisi.inbox', {})).total).toBe(1)
  })

  it('someone without the role cannot start it, and once the post has a holder only the holder can', async () => {
    const kabid = await failure(t.call(o.kabid, 'disposisi.create', { suratId, kepada: [{ pegawaiId: o.pegawai.kasi }] }))
    expect(kabid.fields?.dariPegawaiId).toMatch(/dimulai oleh Kepala Dinas/)

    // The Admin records the Kabid as acting Kepala Dinas (Plt.): the post now has a holder, so the role alone no longer counts.
    const post = (await t.call(o.admin, 'jabatan.list', {})).find((j) => j.kode === 'kadis')!
    await t.call(o.admin, 'jabatan.assign', { jabatanId: post.id, versi: post.versi, pegawaiId: o.pegawai.kabid, jenis: 'Plt.', dari: '2026-11-01' })
    const kadis = await failure(t.call(o.kadis, 'disposisi.create', { suratId, kepada: [{ pegawaiId: o.pegawai.kasi }] }))
    expect(kadis.fields?.dariPegawaiId).toMatch(/dimulai oleh Kepala Dinas/)
    const plt = await t.call(o.kabid, 'disposisi.create', { suratId, kepada: [{ pegawaiId: o.pegawai.kasi }] })
    expect(plt.parentPenerimaId).toBeNull()
  })
})
