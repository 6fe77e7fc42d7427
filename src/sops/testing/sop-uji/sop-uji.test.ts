import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CaseDetail } from '../../../contract/cases'
import { pngImage } from '../../../documents/kit/testing/png'
import { docxText } from '../../../documents/testing/docx'
import { registerSop, unregisterSop } from '../../../services/permohonan/sop-registry'
import { createTestCore, failure, type TestCore } from '../../../testing/core'
import { createOfficials, type Officials } from '../../../testing/officials'
import { sopUji } from '.'

// The proof that an SOP is a module: a test-only SOP (four steps, one branch, one document; its step codes
// `pemeriksaan` and `laporan` are also SOP 07's) runs through the unchanged engine, on SQLite and PostgreSQL
// (SIDARA_TEST_ENGINE), once this test registers it.
describe('a test-only SOP registered beside SOP 07', () => {
  let t: TestCore
  let o: Officials
  let clock: Date
  let opdId: number

  const letter = (jenisPermohonan: string, nomorSurat: string) =>
    t.call(o.tu, 'letters.register', { nomorSurat, tanggalSurat: '2026-11-20', asalOpdId: opdId, hal: 'Permohonan uji', sifat: 'Biasa', jenisPermohonan } as never)
  const act = async (session: Officials['tu'], id: number, input: Record<string, unknown>) => {
    const c = await t.call(session, 'kasus.get', { id })
    return t.call(session, 'kasus.act', { kasusId: id, versi: c.versi, input: input as never })
  }
  const timeline = (c: CaseDetail) => c.riwayat.map((r) => `${r.no}. ${r.nama}: ${r.hasilLabel}`)

  beforeEach(async () => {
    clock = new Date('2026-11-24T02:00:00Z')
    t = await createTestCore({ now: () => clock })
    registerSop(sopUji)
    o = await createOfficials(t)
    opdId = (await t.call(o.tu, 'opd.list', {})).find((x) => x.nama === 'Dinas Pendidikan')!.id
  })
  afterEach(async () => {
    unregisterSop(sopUji.declaration.kode)
    await t.close()
  })

  it('opens from a letter of its Jenis Permohonan and takes the branch to Selesai, with its document', async () => {
    const l = await letter('Colocation', 'UJI/001/2026')
    let c = await t.call(o.tu, 'kasus.open', { suratId: l.id })
    expect([c.sopKode, c.nomor, c.langkah, c.langkahNama]).toEqual(['SOP-UJI', 'UJI-2026-0001', 'pemeriksaan', 'Pemeriksaan kelengkapan'])
    expect(c.pemegang).toBe('Tim Data Center')

    // Step 2 has no form of its own: the plain one (outcome and note), its fields named plainly.
    const noOutcome = await failure(act(o.dc1, c.id, { langkah: 'pemeriksaan', catatan: 'Belum dipilih' }))
    expect(noOutcome.fields).toEqual({ hasil: 'Pilih hasil langkah ini.' })
    // Photos follow the SOP's own photo steps.
    const foto = await t.call(o.dc1, 'kasus.attachPhoto', { kasusId: c.id, fileName: 'berkas.png', bytes: pngImage(20, 20, () => [10, 20, 30, 255]), keterangan: 'Berkas diperiksa' })
    expect(foto.langkah).toBe('pemeriksaan')
    c = await act(o.dc1, c.id, { langkah: 'pemeriksaan', hasil: 'lengkap', catatan: 'Berkas lengkap' })
    expect([c.langkah, c.bolehBertindak]).toEqual(['laporan', false])
    // Whose turn it is follows (SOP, step): this SOP's `laporan` is the Kasi's, SOP 07's `laporan` the Tim DC's.
    const giliran = async (s: Officials['tu']) =>
      (await t.call(s, 'kasus.list', { page: 1, pageSize: 10, sortDesc: true, terlambat: false, giliranSaya: true })).items.map((r) => r.nomor)
    expect(await giliran(o.kasi)).toEqual(['UJI-2026-0001'])
    expect(await giliran(o.dc1)).toEqual([])
    expect(c.dokumenTersedia).toEqual([])
    const laterPhoto = await failure(t.call(o.dc1, 'kasus.attachPhoto', { kasusId: c.id, fileName: 'b.png', bytes: pngImage(20, 20, () => [1, 2, 3, 255]), keterangan: 'Terlambat' }))
    expect(laterPhoto.message).toBe('Foto dokumentasi diunggah pada langkah 2 (pemeriksaan kelengkapan).')

    // Step 3 has its own schema: its field errors name its fields, with the contract's words.
    const empty = await failure(act(o.kasi, c.id, { langkah: 'laporan', ringkasan: '  ' }))
    expect(empty.code).toBe('VALIDATION')
    expect(empty.fields).toEqual({ ringkasan: 'Ringkasan wajib diisi.' })
    // A stale form for another step of this SOP is refused by the engine's rule.
    const wrongStep = await failure(act(o.kasi, c.id, { langkah: 'pemeriksaan', hasil: 'lengkap' }))
    expect(wrongStep.message).toBe('Langkah yang berjalan sekarang adalah 3. Berita Acara Uji; langkah lain belum dapat dikerjakan.')
    // The Sekretariat records step 3 on the Kasi's behalf (the SOP's acting position kasi-it).
    c = await act(o.tu, c.id, { langkah: 'laporan', ringkasan: 'Colocation satu server disetujui.', catatan: 'Dicatat dari memo' })
    expect(c.status).toBe('selesai')
    expect(c.riwayat.find((r) => r.langkah === 'laporan')!.atasNama).toBe('Dewi Kartika, S.T.')
    expect(timeline(c)).toEqual(['1. Surat masuk: Selesai', '2. Pemeriksaan kelengkapan: Berkas lengkap', '3. Berita Acara Uji: Berita Acara dibuat', '4. Selesai: Selesai'])
    expect(c.riwayat.map((r) => r.catatan)).toEqual(['Surat UJI/001/2026 dicatat dengan Nomor Agenda 0001/2026.', 'Berkas lengkap', 'Dicatat dari memo', ''])

    expect(c.dokumenTersedia).toEqual(['berita-acara-uji'])
    const doc = await t.call(o.dc1, 'kasus.document', { kasusId: c.id, jenis: 'berita-acara-uji' })
    expect(doc.fileName).toBe('Berita-Acara-Uji-UJI-2026-0001.docx')
    const { text } = await docxText(doc.bytes)
    expect(text).toContain('BERITA ACARA UJI')
    expect(text).toContain('Permohonan UJI-2026-0001 dari Dinas Pendidikan, 24 November 2026.')
    expect(text).toContain('Colocation satu server disetujui.')
    // SOP 07's documents are not this SOP's.
    expect((await failure(t.call(o.dc1, 'kasus.document', { kasusId: c.id, jenis: 'ba-penarikan' }))).message).toBe('Dokumen ini tidak ada pada SOP permohonan ini.')
  })

  it('takes the other branch to Ditolak, and SOP 07 still opens from its own letters', async () => {
    const l = await letter('Colocation', 'UJI/002/2026')
    let c = await t.call(o.tu, 'kasus.open', { suratId: l.id })
    c = await act(o.dc1, c.id, { langkah: 'pemeriksaan', hasil: 'kurang', catatan: 'Formulir tidak dilampirkan' })
    expect([c.status, c.langkah, c.jatuhTempo]).toEqual(['ditolak', 'pemeriksaan', null])
    expect(timeline(c)).toEqual(['1. Surat masuk: Selesai', '2. Pemeriksaan kelengkapan: Berkas kurang; ditolak'])
    expect(c.dokumenTersedia).toEqual([])

    const penarikan = await t.call(o.tu, 'kasus.open', { suratId: (await letter('Penarikan Server', 'PNR/003/2026')).id })
    expect([penarikan.sopKode, penarikan.nomor, penarikan.langkah]).toEqual(['SOP-07', 'PNR-2026-0001', 'disposisi-kadis'])
    const list = await t.call(o.tu, 'kasus.list', { page: 1, pageSize: 10, sortDesc: true, terlambat: false, giliranSaya: false })
    expect(list.items.map((r) => [r.sopKode, r.langkahNama])).toEqual([['SOP-07', 'Disposisi Kepala Dinas'], ['SOP-UJI', 'Pemeriksaan kelengkapan']])
    const stats = await t.call(o.tu, 'kasus.stats', {})
    expect(stats.perLangkah.map((s) => s.nama)).toEqual(['Disposisi Kepala Dinas'])

    const other = await failure(t.call(o.tu, 'kasus.open', { suratId: (await letter('Hosting Aplikasi', 'HST/004/2026')).id }))
    expect(other.message).toMatch(/^Belum ada SOP untuk Jenis Permohonan "Hosting Aplikasi"/)
  })
})
