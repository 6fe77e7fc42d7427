// "Diteruskan kepada" (disposisi.recipients): who the dispose form offers, how each reads and in which order. A
// tester's finding: on a first-day office whose posts were not recorded yet, the Kepala Dinas saw bare names, the
// Sekretariat's account among them, and could not tell who the Kepala Bidang was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../testing/core'
import { createOfficials, type Officials } from '../testing/officials'

const NAMA = {
  kadis: 'Aarif Apriansyah, S.T., M.T.',
  kabid: 'Hendra Gunawan, S.Kom., M.Si.',
  kasi: 'Dewi Kartika, S.T.',
  dc1: 'Fajar Nugroho, A.Md.',
  dc2: 'Yoga Pratama, S.Kom.',
  tu: 'Rina Marlina, S.E.',
}

describe('recipients of a disposition', () => {
  let t: TestCore
  let o: Officials
  const list = async (who: keyof Omit<Officials, 'pegawai'>) =>
    (await t.call(o[who], 'disposisi.recipients', {})).map((p) => ({ nama: p.nama, jabatan: p.jabatan, peran: p.peran, tingkat: p.tingkat }))

  beforeEach(async () => {
    const clock = new Date('2026-11-24T02:00:00Z') // Selasa 09.00 WIB
    t = await createTestCore({ now: () => clock })
  })
  afterEach(async () => t.close())

  describe('a first-day office: accounts with roles, no post recorded', () => {
    beforeEach(async () => {
      o = await createOfficials(t, { posts: false })
    })

    it('names each by their role, leaves out the Sekretariat, and starts below the disposer', async () => {
      expect(await list('kadis')).toEqual([
        { nama: NAMA.kabid, jabatan: '', peran: 'Kepala Bidang', tingkat: 1 },
        { nama: NAMA.kasi, jabatan: '', peran: 'Kepala Seksi', tingkat: 2 },
        { nama: NAMA.dc1, jabatan: '', peran: 'Tim Data Center', tingkat: 3 },
        { nama: NAMA.dc2, jabatan: '', peran: 'Tim Data Center', tingkat: 3 },
        // The disposer himself last (the form leaves him out).
        { nama: NAMA.kadis, jabatan: '', peran: 'Kepala Dinas', tingkat: 0 },
      ])
      // The Kepala Bidang: the Kepala Seksi first, then the Tim DC; himself, then the Kepala Dinas above him.
      expect((await list('kabid')).map((p) => p.nama)).toEqual([NAMA.kasi, NAMA.dc1, NAMA.dc2, NAMA.kabid, NAMA.kadis])
      // The Sekretariat, recording for a leader, reads the chain from the top.
      expect((await list('tu')).map((p) => p.nama)).toEqual([NAMA.kadis, NAMA.kabid, NAMA.kasi, NAMA.dc1, NAMA.dc2])
    })

    it('keeps staff without an account and anyone with a role beside Sekretariat; an Admin-only Pegawai is left out', async () => {
      await t.call(o.admin, 'pegawai.create', { nama: 'Budi Staf, S.Kom.', nip: '', pangkatGolongan: '', jabatan: 'Pranata Komputer' })
      // Rina also acts as Kepala Seksi: she is offered, as Kepala Seksi.
      const rina = (await t.call(o.admin, 'users.list', {})).find((u) => u.pegawaiId === o.pegawai.tu)!
      await t.call(o.admin, 'users.update', { id: rina.id, versi: rina.versi, nama: rina.nama, roles: ['sekretariat', 'kasi'], pegawaiId: o.pegawai.tu, aktif: true })
      const ops = await t.call(o.admin, 'pegawai.create', { nama: 'Operator Sidara', nip: '', pangkatGolongan: '', jabatan: '' })
      await t.call(o.admin, 'users.create', { username: 'ops', nama: 'Operator Sidara', roles: ['admin'], pegawaiId: ops.id, password: 'awal-rahasia-1' })
      expect(await list('kadis')).toEqual([
        { nama: NAMA.kabid, jabatan: '', peran: 'Kepala Bidang', tingkat: 1 },
        { nama: NAMA.kasi, jabatan: '', peran: 'Kepala Seksi', tingkat: 2 },
        { nama: NAMA.tu, jabatan: '', peran: 'Kepala Seksi', tingkat: 2 },
        { nama: NAMA.dc1, jabatan: '', peran: 'Tim Data Center', tingkat: 3 },
        { nama: NAMA.dc2, jabatan: '', peran: 'Tim Data Center', tingkat: 3 },
        { nama: 'Budi Staf, S.Kom.', jabatan: 'Pranata Komputer', peran: '', tingkat: 4 },
        { nama: NAMA.kadis, jabatan: '', peran: 'Kepala Dinas', tingkat: 0 },
      ])
    })

    it('offers nobody when only the Admin and the Sekretariat have accounts', async () => {
      const t2 = await createTestCore({ now: () => new Date('2026-11-24T02:00:00Z') })
      try {
        const admin = await t2.signIn(['admin'])
        const rina = await t2.call(admin, 'users.create', { username: 'rina', nama: NAMA.tu, roles: ['sekretariat'], pegawaiId: null, password: 'awal-rahasia-1' })
        // Her account made her Pegawai: an active Pegawai, yet no one to dispose to.
        expect(rina.pegawaiId).not.toBeNull()
        const tu = await t2.signIn(['sekretariat'], 'tu')
        expect(await t2.call(tu, 'disposisi.recipients', {})).toEqual([])
      } finally {
        await t2.close()
      }
    })
  })

  describe('an office with its posts recorded', () => {
    beforeEach(async () => {
      o = await createOfficials(t)
    })

    it('names each by their post, keeps a post holder of the Sekretariat, and orders down the chain', async () => {
      // Rina holds the Sekretaris Dinas post: a post holder is offered whatever her role.
      const sekdis = (await t.call(o.admin, 'jabatan.list', {})).find((j) => j.kode === 'sekdis')!
      await t.call(o.admin, 'jabatan.assign', { jabatanId: sekdis.id, versi: sekdis.versi, pegawaiId: o.pegawai.tu, jenis: 'definitif', dari: '2020-01-01' })
      expect(await list('kadis')).toEqual([
        { nama: NAMA.kabid, jabatan: 'Kepala Bidang Penyelenggaraan E-Government', peran: 'Kepala Bidang', tingkat: 1 },
        { nama: NAMA.kasi, jabatan: 'Kepala Seksi Infrastruktur dan Teknologi', peran: 'Kepala Seksi', tingkat: 2 },
        { nama: NAMA.dc1, jabatan: '', peran: 'Tim Data Center', tingkat: 3 },
        { nama: NAMA.dc2, jabatan: '', peran: 'Tim Data Center', tingkat: 3 },
        { nama: NAMA.tu, jabatan: 'Sekretaris Dinas Komunikasi dan Informatika', peran: '', tingkat: 4 },
        { nama: NAMA.kadis, jabatan: 'Kepala Dinas Komunikasi dan Informatika', peran: 'Kepala Dinas', tingkat: 0 },
      ])
      expect((await list('kasi')).map((p) => p.nama)).toEqual([NAMA.dc1, NAMA.dc2, NAMA.tu, NAMA.kasi, NAMA.kabid, NAMA.kadis])
    })

    it("the post's role sets the level: a Tim DC account holding the Kepala Bidang post (Plt.) is a Kepala Bidang", async () => {
      const kabid = (await t.call(o.admin, 'jabatan.list', {})).find((j) => j.kode === 'kabid-pe')!
      await t.call(o.admin, 'jabatan.assign', { jabatanId: kabid.id, versi: kabid.versi, pegawaiId: o.pegawai.dc2, jenis: 'Plt.', dari: '2026-11-01' })
      const yoga = (await list('kadis')).find((p) => p.nama === NAMA.dc2)
      expect(yoga).toEqual({ nama: NAMA.dc2, jabatan: 'Plt. Kepala Bidang Penyelenggaraan E-Government', peran: 'Tim Data Center', tingkat: 1 })
      expect((await list('kadis')).slice(0, 2).map((p) => p.nama)).toEqual([NAMA.kabid, NAMA.dc2])
    })
  })
})
