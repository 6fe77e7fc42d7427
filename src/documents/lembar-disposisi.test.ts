import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { createTestCore, failure, type TestCore } from '../testing/core'
import { createOfficials, type Officials } from '../testing/officials'
import { docxText } from './testing/docx'

describe('Lembar Disposisi and Buku Agenda', () => {
  let t: TestCore
  let o: Officials
  let suratId: number
  let now = new Date('2026-11-24T02:00:00Z')
  beforeAll(async () => {
    t = await createTestCore({ now: () => now })
    o = await createOfficials(t)
    const l = await t.call(o.tu, 'letters.register', {
      nomorSurat: '500.12/091/DISDIK/2026', tanggalSurat: '2026-11-20', asalSurat: 'Dinas Pendidikan', hal: 'Permohonan penarikan server PPDB dari Data Center',
      sifat: 'Sangat Segera', rahasia: true, jenisPermohonan: 'Penarikan Server', isiRingkas: 'Server PPDB dipindahkan',
    })
    suratId = l.id
    await t.call(o.tu, 'letters.register', { nomorSurat: 'B/2', tanggalSurat: '2026-11-21', asalSurat: 'Dinas Sosial', hal: 'Undangan rapat', sifat: 'Biasa', jenisPermohonan: 'Lainnya' })
  })
  afterAll(async () => t.close())

  it('prints a blank sheet before anyone disposes: boxes empty, sifat ticked', async () => {
    // The Sekretariat prints it to go with the letter to the Kepala Dinas (a Kabid is not in this Rahasia letter's
    // chain yet, so it is not his to print: see the role matrix).
    const file = await t.call(o.tu, 'documents.lembarDisposisi', { suratId })
    expect(file.fileName).toBe('Lembar-Disposisi-0001-2026.docx')
    const doc = await docxText(file.bytes)
    expect(doc.paragraphs).toContain('LEMBAR DISPOSISI')
    // Label, a tab to the box's colon stop, then ": value" (docxText leaves the tab out).
    expect(doc.paragraphs).toContain('Surat dari: Dinas Pendidikan')
    expect(doc.paragraphs).toContain('No. Agenda: 0001/2026')
    expect(doc.paragraphs).toContain('Diterima Tgl.: 24 November 2026')
    expect(doc.xml).toMatch(/<w:t[^>]*>Surat dari<\/w:t><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:tab\/><w:t[^>]*>: Dinas Pendidikan</)
    expect(doc.paragraphs).toContain('Paraf: ..............................')
    expect(doc.text).toContain('☑ Sangat Segera   ☐ Segera   ☐ Penting   ☐ Biasa   ☑ Rahasia')
    expect(doc.paragraphs).toContain('☐ Kepala Bidang Penyelenggaraan E-Government')
    expect(doc.paragraphs).toContain('☐ Untuk ditindaklanjuti')
    for (const box of ['Catatan Kepala Dinas:', 'Catatan Kepala Bidang:', 'Catatan Kepala Seksi:', 'Tanda Terima']) expect(doc.paragraphs).toContain(box)
    expect(doc.text).not.toContain('Kepada:')
  })

  it('fills what was recorded, level by level', async () => {
    await t.call(o.tu, 'disposisi.create', { suratId, dariPegawaiId: o.pegawai.kadis, kepada: [{ jabatanKode: 'kabid-pe' }], instruksi: ['Untuk ditindaklanjuti', 'Koordinasi/konfirmasikan'], instruksiLain: 'Laporkan hasilnya', catatan: 'Segera.' })
    const file = await t.call(o.tu, 'documents.lembarDisposisi', { suratId })
    const doc = await docxText(file.bytes)
    expect(doc.paragraphs).toContain('☑ Kepala Bidang Penyelenggaraan E-Government')
    expect(doc.paragraphs).toContain('☑ Untuk ditindaklanjuti')
    expect(doc.paragraphs).toContain('☑ Koordinasi/konfirmasikan')
    expect(doc.paragraphs).toContain('☐ Arsip')
    expect(doc.paragraphs).toContain('☑ Laporkan hasilnya')
    const kadisBox = doc.paragraphs.indexOf('Catatan Kepala Dinas:')
    expect(doc.paragraphs[kadisBox + 1]).toBe('Kepada: Hendra Gunawan, S.Kom., M.Si. (Kepala Bidang Penyelenggaraan E-Government)')
    expect(doc.paragraphs).toContain('Catatan: Segera.')
    expect(doc.text).toContain('Tanggal: 24 November 2026    Batas waktu: 25 November 2026    (dicatat oleh Rina Marlina, S.E.)')
    // The Kabid's box stays blank until the Kabid disposes.
    const kabidBox = doc.paragraphs.indexOf('Catatan Kepala Bidang:')
    expect(doc.paragraphs[kabidBox + 1]).toBe('')
  })

  it('prints a letter registered earlier on the paper set now, under the kop in force when it was registered, with the default lambang', async () => {
    const office = await t.call(o.admin, 'settings.office', {})
    expect(office.kertas).toBe('A4')
    const before = await docxText((await t.call(o.kabid, 'documents.lembarDisposisi', { suratId })).bytes)
    // No logo uploaded: the bundled lambang is on the kop from the first day.
    expect(before.media).toEqual(['word/media/image1.png'])
    expect(before.xml).toContain('<w:pgSz w:w="11906" w:h="16838"')
    now = new Date('2026-11-26T02:00:00Z')
    await t.call(o.admin, 'settings.updateOffice', { ...office, kertas: 'F4', alamat: 'Alamat baru sesudah surat ini', logoBaru: null })
    const after = await docxText((await t.call(o.kabid, 'documents.lembarDisposisi', { suratId })).bytes)
    // F4 is 215 x 330 mm.
    expect(after.xml).toContain('<w:pgSz w:w="12189" w:h="18709"')
    // The kop prints a long address in two lines, broken after a comma.
    for (const part of office.alamat.split(', ')) expect(after.text).toContain(part)
    expect(after.text).not.toContain('Alamat baru sesudah surat ini')
    await t.call(o.admin, 'settings.updateOffice', { ...office, versi: (await t.call(o.admin, 'settings.office', {})).versi, logoBaru: null })
  })

  // One page on A4 and F4, and LibreOffice opening the Buku Agenda: src/documents/document-check.test.ts (one soffice run).
  it('writes the Buku Agenda for a period as .docx and .xlsx', async () => {
    const docx = await t.call(o.tu, 'documents.bukuAgenda', { dari: '2026-11-01', sampai: '2026-11-30' })
    expect(docx.fileName).toBe('Buku-Agenda-Surat-Masuk-2026-11-01-sd-2026-11-30.docx')
    const doc = await docxText(docx.bytes)
    expect(doc.paragraphs).toContain('BUKU AGENDA SURAT MASUK')
    expect(doc.paragraphs).toContain('Periode 1 November 2026 s.d. 30 November 2026')
    expect(doc.paragraphs).toContain('0001/2026')
    expect(doc.paragraphs).toContain('Sangat Segera, Rahasia')
    expect(doc.paragraphs).toContain('Kepala Bidang Penyelenggaraan E-Government')
    expect(doc.paragraphs).toContain('Jumlah surat: 2.')
    expect(doc.paragraphs).toContain('Mengetahui,')
    expect(doc.xml).toContain('w:orient="landscape"')

    const xlsx = await t.call(o.tu, 'documents.bukuAgenda', { dari: '2026-11-01', sampai: '2026-11-30', format: 'xlsx' })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ArrayBuffer)
    const ws = wb.getWorksheet('Buku Agenda')!
    expect(ws.getRow(4).values).toEqual([undefined, 'No. Agenda', 'Tgl. Diterima', 'Nomor Surat', 'Tgl. Surat', 'Asal Surat', 'Hal / Isi Ringkas', 'Sifat', 'Diteruskan kepada', 'Keterangan'])
    expect(ws.getCell('A5').value).toBe('0001/2026')
    expect(ws.getCell('B5').value).toEqual(new Date('2026-11-24T00:00:00Z'))
    expect(ws.getCell('B5').numFmt).toBe('dd/mm/yyyy')
    expect(ws.getCell('C6').value).toBe('B/2')
    // Landscape by default; Identitas Kantor > Orientasi Buku Agenda and > Ukuran Kertas decide how it prints.
    const office = await t.call(o.admin, 'settings.office', {})
    expect(ws.pageSetup).toMatchObject({ paperSize: office.kertas === 'A4' ? 9 : 14, orientation: 'landscape' })
    expect(office.orientasiBukuAgenda).toBe('landscape')
    await t.call(o.admin, 'settings.updateOffice', { ...office, kertas: 'F4', orientasiBukuAgenda: 'portrait', logoBaru: null })
    const portrait = new ExcelJS.Workbook()
    await portrait.xlsx.load(Buffer.from((await t.call(o.tu, 'documents.bukuAgenda', { dari: '2026-11-01', sampai: '2026-11-30', format: 'xlsx' })).bytes) as unknown as ArrayBuffer)
    expect(portrait.getWorksheet('Buku Agenda')!.pageSetup).toMatchObject({ paperSize: 14, orientation: 'portrait' })
    const changed = await t.call(o.admin, 'settings.office', {})
    await t.call(o.admin, 'settings.updateOffice', { ...changed, kertas: 'A4', orientasiBukuAgenda: 'landscape', logoBaru: null })
    const refused = await failure(t.call(o.admin, 'settings.updateOffice', { ...(await t.call(o.admin, 'settings.office', {})), orientasiBukuAgenda: 'miring' as 'portrait', logoBaru: null }))
    expect(refused.fields?.orientasiBukuAgenda).toBe('Pilih Orientasi Buku Agenda dari daftar.')
    const bad = await failure(t.call(o.tu, 'documents.bukuAgenda', { dari: '2026-11-30', sampai: '2026-11-01' }))
    expect(bad.fields?.sampai).toBe('Sampai tanggal tidak boleh sebelum Dari tanggal.')
  })
})
