import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { convertToPdf, hasLibreOffice, pdfPageCount, pdfPageTexts } from '../documents/kit/testing/libreoffice'
import { docxText, writeTemp } from '../documents/testing/docx'
import { createTestCore, failure, type TestCore } from '../testing/core'
import { createOfficials, type Officials } from '../testing/officials'

// A known fortnight of the office (no holidays in it): three letters disposed Kadis -> Kabid -> Kasi -> Tim DC at
// known times, one of them a Penarikan Server case that ends Ditolak; every figure below is counted by hand.
describe('Figures for leaders: charts and the two rekap', () => {
  let t: TestCore
  let o: Officials
  let clock: Date
  const ids: Record<string, number> = {}
  const penerima: Record<string, number> = {}
  let kasusId = 0
  const kasusDiLangkah: Record<string, number> = {}
  const at = (iso: string) => (clock = new Date(iso))

  /** The recipient line of `pegawaiId` on the letter's latest disposition to them. */
  async function recipientOf(suratId: number, pegawaiId: number): Promise<number> {
    const tree = await t.call(o.kadis, 'disposisi.forLetter', { suratId })
    const all = (list: typeof tree.pohon): typeof tree.pohon => list.flatMap((d) => [d, ...all(d.lanjutan)])
    return all(tree.pohon).flatMap((d) => d.penerima).filter((p) => p.pegawaiId === pegawaiId).at(-1)!.id
  }

  beforeAll(async () => {
    at('2026-10-15T02:00:00Z')
    t = await createTestCore({ now: () => clock })
    o = await createOfficials(t)
    const disdik = (await t.call(o.tu, 'opd.list', {})).find((x) => x.nama === 'Dinas Pendidikan')!.id
    const letter = (nomorSurat: string, sifat: 'Biasa' | 'Penting' | 'Segera' | 'Sangat Segera', jenisPermohonan: 'Penarikan Server' | 'Lainnya' = 'Lainnya') =>
      t.call(o.tu, 'letters.register', { nomorSurat, tanggalSurat: '2026-10-01', asalOpdId: disdik, hal: `Surat ${nomorSurat}`, sifat, jenisPermohonan })
    // October: one Penting letter.
    await letter('X/1', 'Penting')
    const rak = await t.call(o.dc1, 'racks.create', { nama: 'R01', lokasi: 'Ruang Server', tinggiU: 42 })
    const device = await t.call(o.dc1, 'devices.create', {
      opdId: disdik, nama: 'ppdb-app01', jenis: 'server', merek: 'Dell', tipe: 'R740', nomorSeri: 'CN7XK93', kodeBarang: 'NUP-1', cpu: '', ram: '', storage: '',
      tinggiU: 2, rakId: rak.id, uBawah: 10, sisi: 'depan', ip: [], tanggalKolokasi: '2023-02-01', nomorBaKolokasi: '', monitoring: false, monitoringHost: '', status: 'Aktif',
    } as never)

    // Monday 2 November: A (Segera, Penarikan Server, case opened), B (Biasa, due 3 Nov by hand), C (Sangat Segera), E (voided).
    at('2026-11-02T02:00:00Z')
    const a = await letter('A/1', 'Segera', 'Penarikan Server')
    const b = await letter('B/1', 'Biasa')
    const c = await letter('C/1', 'Sangat Segera')
    const e = await letter('E/1', 'Biasa')
    await t.call(o.tu, 'letters.void', { id: e.id, versi: e.versi, alasan: 'Tercatat dua kali' })
    Object.assign(ids, { a: a.id, b: b.id, c: c.id })
    kasusId = (await t.call(o.tu, 'kasus.open', { suratId: a.id })).id
    await t.call(o.kadis, 'disposisi.create', { suratId: a.id, kepada: [{ jabatanKode: 'kabid-pe' }] })
    await t.call(o.kadis, 'disposisi.create', { suratId: b.id, kepada: [{ jabatanKode: 'kabid-pe' }], batasWaktu: '2026-11-03' })
    await t.call(o.kadis, 'disposisi.create', { suratId: c.id, kepada: [{ jabatanKode: 'kabid-pe' }] })
    for (const k of ['a', 'b', 'c']) penerima[`kabid-${k}`] = await recipientOf(ids[k], o.pegawai.kabid)

    // Tuesday 3 November: the Kabid passes A on (on time: 1 working day).
    at('2026-11-03T03:00:00Z')
    await t.call(o.kabid, 'disposisi.create', { suratId: a.id, parentPenerimaId: penerima['kabid-a'], kepada: [{ jabatanKode: 'kasi-it' }] })
    penerima['kasi-a'] = await recipientOf(a.id, o.pegawai.kasi)

    // Thursday 5 November: the Kabid passes B on two days late (3 working days); the Kasi appoints the Tim DC for A (2 days, on time).
    at('2026-11-05T03:00:00Z')
    await t.call(o.kabid, 'disposisi.create', { suratId: b.id, parentPenerimaId: penerima['kabid-b'], kepada: [{ jabatanKode: 'kasi-it' }] })
    await t.call(o.kasi, 'disposisi.create', { suratId: a.id, parentPenerimaId: penerima['kasi-a'], kepada: [{ pegawaiId: o.pegawai.dc1 }] })
    // The list behind a bar of the per-step chart: the case is now at step 5 and at no other.
    kasusDiLangkah.pemeriksaan = (await t.call(o.kabid, 'kasus.list', { langkah: 'pemeriksaan' })).total
    kasusDiLangkah.formulir = (await t.call(o.kabid, 'kasus.list', { langkah: 'formulir' })).total

    // Friday 6 November: the Tim DC finds the request does not match (step 5, 1 day) and replies (step 6): Ditolak.
    at('2026-11-06T03:00:00Z')
    const act = async (input: object) => {
      const k = await t.call(o.dc1, 'kasus.get', { id: kasusId })
      return t.call(o.dc1, 'kasus.act', { kasusId, versi: k.versi, input: input as never })
    }
    await act({ langkah: 'pemeriksaan', perangkatIds: [device.id], tidakTerdaftar: [{ nama: 'ppdb-backup01', keterangan: 'Tidak terdaftar' }], hasil: 'tidak-sesuai', alasan: 'Satu perangkat tidak terdaftar.' })
    await act({
      langkah: 'surat-balasan', tanggal: '2026-11-06', sifat: 'Biasa', lampiran: '-', hal: 'Tanggapan', kepada: 'Kepala Dinas Pendidikan Kota Batam', temuan: 'Tidak terdaftar.',
      penandatangan: 'an-kabid', tembusan: [],
    })
  })
  afterAll(async () => t.close())

  const nov = { dari: '2026-11-01', sampai: '2026-11-30' }

  it('counts letters per month and sifat over 12 months, voided ones left out', async () => {
    const r = await t.call(o.kadis, 'statistik.suratPerBulan', { sampaiBulan: '2026-11' })
    expect(r.bulan).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'])
    const of = (sifat: string) => r.seri.find((s) => s.sifat === sifat)!.jumlah.slice(10)
    expect([of('Biasa'), of('Penting'), of('Segera'), of('Sangat Segera')]).toEqual([[0, 1], [1, 0], [0, 1], [0, 1]])
    // The current month is the default end.
    expect((await t.call(o.kabid, 'statistik.suratPerBulan', {})).bulan.at(-1)).toBe('2026-11')
  })

  it('judges each recipient on time, late or not yet due, per official and per unit', async () => {
    const r = await t.call(o.kabid, 'statistik.disposisi', nov)
    const line = (x: (typeof r.perPejabat)[number]) => [x.nama, x.diterima, x.tepatWaktu, x.terlambat, x.berjalan, x.rataRataHariKerja]
    // Kabid: A on time (1 day), B late (3 days, due 3 Nov by hand), C still open past its 1-day Sangat Segera target.
    // Kasi: A passed on in 2 days (Segera: due 5 Nov), B not yet due (Biasa: 12 Nov). Tim DC: A acted on through the
    // case's step 5 on 6 November, 1 working day after the Kasi's disposition (due 9 Nov): on time, though he never
    // opened the disposition itself (tester s22).
    expect(r.perPejabat.map(line)).toEqual([
      ['Hendra Gunawan, S.Kom., M.Si.', 3, 1, 2, 0, 2],
      ['Dewi Kartika, S.T.', 2, 1, 0, 1, 2],
      ['Fajar Nugroho, A.Md.', 1, 1, 0, 0, 1],
    ])
    expect(r.perUnit.map(line)).toEqual([
      ['Bidang Penyelenggaraan E-Government', 3, 1, 2, 0, 2],
      ['Seksi Infrastruktur dan Teknologi', 3, 2, 0, 1, 1.5],
    ])
    expect(line(r.jumlah)).toEqual(['Jumlah', 6, 3, 2, 1, 1.8])
    // October holds none.
    expect((await t.call(o.kabid, 'statistik.disposisi', { dari: '2026-10-01', sampai: '2026-10-31' })).jumlah.diterima).toBe(0)
  })

  it('lists the dispositions behind a bar: one official\'s late ones, newest first', async () => {
    const late = await t.call(o.kadis, 'statistik.pantauDisposisi', { ...nov, pegawaiId: o.pegawai.kabid, keadaan: 'terlambat' })
    expect(late.total).toBe(2)
    expect(late.items.map((i) => [i.suratId, i.batasWaktu, i.ditindaklanjuti, i.hariKerja])).toEqual([[ids.c, '2026-11-03', null, null], [ids.b, '2026-11-03', '2026-11-05', 3]])
    const unit = await t.call(o.kadis, 'statistik.pantauDisposisi', { ...nov, unit: 'Seksi Infrastruktur dan Teknologi', keadaan: 'berjalan' })
    // The Tim DC's line of A was acted on through the case (step 5): only the Kasi's B is still running.
    expect(unit.items.map((i) => i.nama).sort()).toEqual(['Dewi Kartika, S.T.'])
  })

  it('gives per SOP step the open cases and the working days taken against the 1-day standard, and per OPD the outcome', async () => {
    const r = await t.call(o.kasi, 'statistik.permohonan', nov)
    const step = (kode: string) => r.perLangkah.find((s) => s.langkah === kode)!
    expect([2, 3, 4, 5, 6].map((no) => r.perLangkah.find((s) => s.no === no)!).map((s) => [s.no, s.standarHariKerja, s.selesai, s.rataRataHariKerja, s.melebihiStandar]))
      .toEqual([[2, 1, 1, 0, 0], [3, 1, 1, 1, 0], [4, 1, 1, 2, 1], [5, 1, 1, 1, 0], [6, 1, 1, 0, 0]])
    expect(step('pemeriksaan')).toMatchObject({ berjalan: 0, terlambat: 0, rataRataBerjalan: null })
    expect(kasusDiLangkah).toEqual({ pemeriksaan: 1, formulir: 0 })
    // Once closed, the case is at no step any more.
    expect((await t.call(o.kabid, 'kasus.list', { langkah: 'surat-balasan' })).total).toBe(0)
    expect(r.perLangkah.some((s) => s.no === 1 || s.no === 14)).toBe(false)
    // Opened Monday 2, closed Friday 6 November: 4 working days.
    expect(r.perOpd).toEqual([{ opdId: expect.any(Number), pemohon: 'Dinas Pendidikan', jumlah: 1, selesai: 0, ditolak: 1, berjalan: 0, rataRataHariKerja: 4 }])
  })

  it('counts devices not withdrawn per OPD and rack fill', async () => {
    const r = await t.call(o.kabid, 'statistik.inventaris', {})
    expect(r.perOpd.map((x) => [x.nama, x.jumlah])).toEqual([['Dinas Pendidikan', 1]])
    expect(r.rak.map((x) => [x.nama, x.tinggiU, x.terpakaiU, x.persenTerisi])).toEqual([['R01', 42, 2, 5]])
  })

  it('keeps the figures from staff', async () => {
    expect((await failure(t.call(o.dc1, 'statistik.disposisi', nov))).code).toBe('FORBIDDEN')
    expect((await failure(t.call(o.kabid, 'statistik.disposisi', { dari: '2026-11-30', sampai: '2026-11-01' }))).fields?.sampai).toBe('Sampai tanggal tidak boleh sebelum Dari tanggal.')
  })

  it('prints the Rekap Disposisi as .docx (LibreOffice opens it) and .xlsx with the same figures', async () => {
    const docx = await t.call(o.kabid, 'documents.rekapDisposisi', { ...nov, format: 'docx' })
    expect(docx.fileName).toBe('Rekap-Disposisi-2026-11-01-sd-2026-11-30.docx')
    const { paragraphs } = await docxText(docx.bytes)
    expect(paragraphs).toContain('REKAP DISPOSISI PER PEJABAT')
    expect(paragraphs).toContain('Periode 1 November 2026 s.d. 30 November 2026')
    const xlsx = await t.call(o.tu, 'documents.rekapDisposisi', { ...nov, format: 'xlsx' })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(xlsx.bytes) as never)
    const sheet = wb.getWorksheet('Per Pejabat')!
    expect((sheet.getRow(5).values as unknown[]).slice(1)).toEqual([1, 'Hendra Gunawan, S.Kom., M.Si.', 'Kepala Bidang Penyelenggaraan E-Government', 3, 1, 2, 0, 2])
    expect((sheet.getRow(8).values as unknown[]).slice(2)).toEqual(['Jumlah', '', 6, 3, 2, 1, 1.8])
    if (hasLibreOffice()) {
      const pdf = await convertToPdf(writeTemp(docx.fileName, docx.bytes))
      expect(await pdfPageCount(pdf)).toBe(1)
      const text = (await pdfPageTexts(pdf)).join('\n')
      expect(text).toMatch(/Hendra Gunawan/)
      expect(text).toMatch(/Seksi Infrastruktur/)
    }
  }, 90_000) // LibreOffice converts the .docx: slow on a loaded 2-core CI machine

  it('prints the Rekap Permohonan as .docx (LibreOffice opens it) and .xlsx', async () => {
    const docx = await t.call(o.kadis, 'documents.rekapPermohonan', { ...nov, format: 'docx' })
    const { paragraphs } = await docxText(docx.bytes)
    expect(paragraphs).toContain('REKAP PERMOHONAN PENARIKAN SERVER')
    expect(paragraphs).toContain('Dinas Pendidikan')
    const xlsx = await t.call(o.kadis, 'documents.rekapPermohonan', { ...nov, format: 'xlsx' })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(xlsx.bytes) as never)
    expect((wb.getWorksheet('Per OPD')!.getRow(5).values as unknown[]).slice(1)).toEqual([1, 'Dinas Pendidikan', 1, 0, 1, 0, 4])
    const langkah = wb.getWorksheet('Per Langkah')!
    expect((langkah.getRow(7).values as unknown[]).slice(1)).toEqual([4, 'Penunjukan Tim Data Center', 1, 1, 2, 1, 0, 0])
    if (hasLibreOffice()) {
      const pdf = await convertToPdf(writeTemp(docx.fileName, docx.bytes))
      expect(await pdfPageCount(pdf)).toBeGreaterThanOrEqual(1)
      expect((await pdfPageTexts(pdf)).join('\n')).toMatch(/REKAP PERMOHONAN PENARIKAN SERVER/)
    }
  }, 90_000) // as above
})
