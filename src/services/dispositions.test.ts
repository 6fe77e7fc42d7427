import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestCore, failure, type TestCore } from '../testing/core'
import { createOfficials, type Officials } from '../testing/officials'

describe('disposition chain', () => {
  let t: TestCore
  let o: Officials
  let clock = new Date('2026-11-24T02:00:00Z') // Selasa 09.00 WIB
  let suratId: number
  beforeEach(async () => {
    clock = new Date('2026-11-24T02:00:00Z')
    t = await createTestCore({ now: () => clock })
    o = await createOfficials(t)
    const l = await t.call(o.tu, 'letters.register', {
      nomorSurat: '500.12/091/DISDIK/2026', tanggalSurat: '2026-11-20', asalSurat: 'Dinas Pendidikan', hal: 'Permohonan penarikan server PPDB', sifat: 'Segera', jenisPermohonan: 'Penarikan Server',
    })
    suratId = l.id
  })
  afterEach(async () => t.close())

  it('travels Kadis -> Kabid -> Kasi -> Tim DC with who and when at every hop', async () => {
    // The Kadis wrote on paper; the Sekretariat records it for him.
    const d1 = await t.call(o.tu, 'disposisi.create', { suratId, dariPegawaiId: o.pegawai.kadis, kepada: [{ jabatanKode: 'kabid-pe' }], instruksi: ['Untuk ditindaklanjuti'], catatan: 'Segera proses.' })
    expect(d1.dicatatOleh).toBe('Rina Marlina, S.E.')
    expect(d1.dariJabatan).toBe('Kepala Dinas Komunikasi dan Informatika')
    expect(d1.penerima[0]).toMatchObject({ nama: 'Hendra Gunawan, S.Kom., M.Si.', jabatan: 'Kepala Bidang Penyelenggaraan E-Government', status: 'belum_dibaca' })
    // Segera: two working days from Selasa 24 November.
    expect(d1.batasWaktu).toBe('2026-11-26')

    const box = await t.call(o.kabid, 'disposisi.inbox', {})
    expect(box.total).toBe(1)
    expect(box.items[0]).toMatchObject({ hal: 'Permohonan penarikan server PPDB', dariNama: 'Aarif Apriansyah, S.T., M.T.', instruksi: ['Untuk ditindaklanjuti'], status: 'belum_dibaca' })
    expect(await t.call(o.kabid, 'disposisi.inboxCount', {})).toEqual({ belumDibaca: 1, aktif: 1, terlambat: 0 })
    const read = await t.call(o.kabid, 'disposisi.markRead', { penerimaId: box.items[0].penerimaId })
    expect(read.status).toBe('dibaca')
    expect(read.dibacaPada).toBe(clock.toISOString())

    clock = new Date('2026-11-24T05:00:00Z')
    const d2 = await t.call(o.kabid, 'disposisi.create', { suratId, kepada: [{ jabatanKode: 'kasi-it' }], instruksi: ['Proses lebih lanjut'] })
    expect(d2.parentPenerimaId).toBe(box.items[0].penerimaId)
    expect(d2.dicatatOleh).toBeNull()
    const d3 = await t.call(o.kasi, 'disposisi.create', { suratId, kepada: [{ pegawaiId: o.pegawai.dc1 }, { pegawaiId: o.pegawai.dc2 }], instruksi: ['Untuk ditindaklanjuti'], catatan: 'Periksa perangkat di rak.' })
    expect(d3.penerima.map((p) => p.nama)).toEqual(['Fajar Nugroho, A.Md.', 'Yoga Pratama, S.Kom.'])

    const tree = await t.call(o.kabid, 'disposisi.forLetter', { suratId })
    expect(tree.pohon).toHaveLength(1)
    expect(tree.pohon[0].lanjutan[0].id).toBe(d2.id)
    expect(tree.pohon[0].lanjutan[0].lanjutan[0].id).toBe(d3.id)
    // Forwarding marks the forwarder's item as followed up; the letter now sits with the two staff.
    expect(tree.pohon[0].penerima[0].status).toBe('ditindaklanjuti')
    expect(tree.posisiSaatIni.map((p) => p.nama)).toEqual(['Fajar Nugroho, A.Md.', 'Yoga Pratama, S.Kom.'])

    const item = (await t.call(o.dc1, 'disposisi.inbox', {})).items[0]
    const noNote = await failure(t.call(o.dc1, 'disposisi.setStatus', { penerimaId: item.penerimaId, statusDilihat: item.status, status: 'selesai', catatan: '' }))
    expect(noNote.fields?.catatan).toBe('Catatan wajib diisi saat menandai selesai (paling sedikit 5 karakter).')
    await t.call(o.dc1, 'disposisi.setStatus', { penerimaId: item.penerimaId, statusDilihat: item.status, status: 'selesai', catatan: 'Perangkat sudah diperiksa.' })
    // A second screen that still shows the old status cannot move it again.
    const stale = await failure(t.call(o.dc1, 'disposisi.setStatus', { penerimaId: item.penerimaId, statusDilihat: item.status, status: 'selesai', catatan: 'Dari layar lama.' }))
    expect(stale.code).toBe('CONFLICT')
    const back = await failure(t.call(o.dc1, 'disposisi.setStatus', { penerimaId: item.penerimaId, statusDilihat: 'selesai', status: 'ditindaklanjuti', catatan: '' }))
    expect(back.fields?.status).toMatch(/tidak dapat kembali/)
    expect((await t.call(o.dc1, 'disposisi.inbox', { filter: 'selesai' })).total).toBe(1)

    const history = await t.call(o.tu, 'letters.history', { id: suratId })
    const hops = history.filter((h) => h.operation === 'disposisi.create').map((h) => h.changes[0].after)
    expect(hops).toEqual([
      'Dewi Kartika, S.T. (Kepala Seksi Infrastruktur dan Teknologi) kepada Fajar Nugroho, A.Md.; Yoga Pratama, S.Kom.',
      'Hendra Gunawan, S.Kom., M.Si. (Kepala Bidang Penyelenggaraan E-Government) kepada Dewi Kartika, S.T. (Kepala Seksi Infrastruktur dan Teknologi)',
      'Aarif Apriansyah, S.T., M.T. (Kepala Dinas Komunikasi dan Informatika) kepada Hendra Gunawan, S.Kom., M.Si. (Kepala Bidang Penyelenggaraan E-Government) (dicatat oleh Rina Marlina, S.E.)',
    ])
  })

  it("a voided letter's open disposition leaves the Aktif Kotak Masuk (as it leaves the counts) and stays, marked, under Semua", async () => {
    await t.call(o.kadis, 'disposisi.create', { suratId, kepada: [{ jabatanKode: 'kabid-pe' }], instruksi: ['Untuk ditindaklanjuti'] })
    const letter = await t.call(o.tu, 'letters.get', { id: suratId })
    await t.call(o.tu, 'letters.void', { id: suratId, versi: letter.versi, alasan: 'Salah catat, surat ganda.' })
    expect((await t.call(o.kabid, 'disposisi.inbox', {})).total).toBe(0)
    expect(await t.call(o.kabid, 'disposisi.inboxCount', {})).toEqual({ belumDibaca: 0, aktif: 0, terlambat: 0 })
    const all = await t.call(o.kabid, 'disposisi.inbox', { filter: 'semua' })
    expect(all.items.map((i) => [i.hal, i.statusSurat])).toEqual([['Permohonan penarikan server PPDB', 'dibatalkan']])
  })

  it('enforces the rules of the chain', async () => {
    // Nobody but the Kepala Dinas starts the chain, and only a recipient forwards.
    const notReceived = await failure(t.call(o.kabid, 'disposisi.create', { suratId, kepada: [{ jabatanKode: 'kasi-it' }] }))
    expect(notReceived.fields?.dariPegawaiId).toMatch(/belum menerima surat ini/)
    const self = await failure(t.call(o.kadis, 'disposisi.create', { suratId, kepada: [{ pegawaiId: o.pegawai.kadis }] }))
    expect(self.fields?.kepada).toBe('Tidak dapat mendisposisikan kepada diri sendiri.')
    const none = await failure(t.call(o.kadis, 'disposisi.create', { suratId, kepada: [] }))
    expect(none.fields?.kepada).toBe('Pilih paling sedikit satu penerima (Diteruskan kepada).')
    // Only the Sekretariat records on behalf of someone else.
    const onBehalf = await failure(t.call(o.kabid, 'disposisi.create', { suratId, dariPegawaiId: o.pegawai.kadis, kepada: [{ jabatanKode: 'kasi-it' }] }))
    expect(onBehalf.code).toBe('FORBIDDEN')
    // Someone else's item cannot be marked read.
    await t.call(o.kadis, 'disposisi.create', { suratId, kepada: [{ jabatanKode: 'kabid-pe' }] })
    const item = (await t.call(o.kabid, 'disposisi.inbox', {})).items[0]
    expect((await failure(t.call(o.kasi, 'disposisi.markRead', { penerimaId: item.penerimaId }))).code).toBe('FORBIDDEN')
    // A voided letter takes no new dispositions.
    await t.call(o.tu, 'letters.void', { id: suratId, versi: (await t.call(o.tu, 'letters.get', { id: suratId })).versi, alasan: 'Salah catat' })
    const voided = await failure(t.call(o.kabid, 'disposisi.create', { suratId, kepada: [{ jabatanKode: 'kasi-it' }] }))
    expect(voided.message).toBe('Surat yang sudah dibatalkan tidak dapat didisposisikan.')
  })

  it('branches to two recipients and puts late items first', async () => {
    await t.call(o.kadis, 'disposisi.create', { suratId, kepada: [{ jabatanKode: 'kabid-pe' }, { pegawaiId: o.pegawai.kasi }], batasWaktu: '2026-11-25' })
    const other = await t.call(o.tu, 'letters.register', { nomorSurat: 'B/2', tanggalSurat: '2026-11-20', asalSurat: 'Dinas Sosial', hal: 'Undangan rapat', sifat: 'Biasa', jenisPermohonan: 'Lainnya' })
    await t.call(o.kadis, 'disposisi.create', { suratId: other.id, kepada: [{ jabatanKode: 'kabid-pe' }] })
    // Jumat 27 November: the first item (due Rabu 25) is late, the Biasa one (due 1 Desember) is not.
    clock = new Date('2026-11-27T02:00:00Z')
    const box = await t.call(o.kabid, 'disposisi.inbox', {})
    expect(box.items.map((i) => [i.hal, i.terlambat, i.hariTerlambat])).toEqual([
      ['Permohonan penarikan server PPDB', true, 2],
      ['Undangan rapat', false, 0],
    ])
    expect((await t.call(o.kabid, 'disposisi.inboxCount', {})).terlambat).toBe(1)
    const tree = await t.call(o.kasi, 'disposisi.forLetter', { suratId })
    expect(tree.posisiSaatIni).toHaveLength(2)
    expect(tree.posisiSaatIni.every((p) => p.terlambat && p.lamaHariKerja === 3)).toBe(true)
  })
})
