import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestCore, failure, type TestCore } from '../testing/core'
import { createOfficials, type Officials } from '../testing/officials'

// Two desks on one letter (tester s22): the Kadis disposed in the app while the Sekretariat's dialog for his paper
// sheet was open; both were accepted and the letter got two Kadis dispositions without a word.
describe('a disposition saved from a screen that did not see the latest one', () => {
  let t: TestCore
  let o: Officials
  let suratId: number
  beforeEach(async () => {
    t = await createTestCore({ now: () => new Date('2026-11-24T02:00:00Z') })
    o = await createOfficials(t)
    const l = await t.call(o.tu, 'letters.register', {
      nomorSurat: '000.5/412/DISHUB/XI/2026', tanggalSurat: '2026-11-20', asalSurat: 'Dinas Perhubungan', hal: 'Penarikan server parkir', sifat: 'Biasa', jenisPermohonan: 'Penarikan Server',
    })
    suratId = l.id
  })
  afterEach(async () => t.close())

  const count = async () => (await t.call(o.kadis, 'disposisi.forLetter', { suratId })).pohon.length

  it('is refused naming the disposition made meanwhile, writes nothing, and goes through once that one was seen', async () => {
    const byKadis = await t.call(o.kadis, 'disposisi.create', { suratId, kepada: [{ jabatanKode: 'kabid-pe' }], disposisiTerakhirDilihat: 0 })
    const recorded = { suratId, dariPegawaiId: o.pegawai.kadis, kepada: [{ jabatanKode: 'kasi-it' }], tanggal: '2026-11-24' }
    const e = await failure(t.call(o.tu, 'disposisi.create', { ...recorded, disposisiTerakhirDilihat: 0 }))
    expect(e.code).toBe('CONFLICT')
    expect(e.message).toBe(
      'Surat ini sudah didisposisikan oleh Aarif Apriansyah, S.T., M.T. (Kepala Dinas Komunikasi dan Informatika) kepada Hendra Gunawan, S.Kom., M.Si. ' +
        '(Kepala Bidang Penyelenggaraan E-Government) pada 24 November 2026, sesudah formulir ini dibuka. Periksa dulu agar tidak tercatat dua kali.',
    )
    expect(await count()).toBe(1)
    // Seen: a deliberate second disposition is recorded.
    const second = await t.call(o.tu, 'disposisi.create', { ...recorded, disposisiTerakhirDilihat: byKadis.id })
    expect(second.dicatatOleh).toBe('Rina Marlina, S.E.')
    expect(await count()).toBe(2)
    // The other way round: the Kadis's own dialog opened before the Sekretariat's record names the recorder.
    const again = await failure(t.call(o.kadis, 'disposisi.create', { suratId, kepada: [{ pegawaiId: o.pegawai.dc1 }], disposisiTerakhirDilihat: byKadis.id }))
    expect(again.message).toMatch(/kepada Dewi .* pada 24 November 2026 \(dicatat oleh Rina Marlina, S\.E\.\), sesudah/)
  })

  it("does not stop a forward for another official's forward of the same letter", async () => {
    const first = await t.call(o.kadis, 'disposisi.create', { suratId, kepada: [{ jabatanKode: 'kabid-pe' }, { jabatanKode: 'kasi-it' }], disposisiTerakhirDilihat: 0 })
    await t.call(o.kasi, 'disposisi.create', { suratId, kepada: [{ pegawaiId: o.pegawai.dc1 }], disposisiTerakhirDilihat: first.id })
    const kabid = await t.call(o.kabid, 'disposisi.create', { suratId, kepada: [{ pegawaiId: o.pegawai.dc2 }], disposisiTerakhirDilihat: first.id })
    expect(kabid.penerima.map((p) => p.nama)).toEqual(['Yoga Pratama, S.Kom.'])
    // Without the field (imports, older callers) nothing is checked.
    await t.call(o.kadis, 'disposisi.create', { suratId, kepada: [{ jabatanKode: 'kabid-pe' }] })
    expect(await count()).toBe(2)
  })
})
