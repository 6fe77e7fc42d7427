// Tests of the kit helpers the SOP 07 documents added: tanggalTerbilang, numberedList, signatureRow, photoGrid.
import type { FileChild } from 'docx'
import { describe, expect, it } from 'vitest'
import { docxText } from '../testing/docx'
import { createDocument, DEFAULT_STYLE, fittedImage, numberedList, photoCaption, photoGrid, signatureRow, tanggalTerbilang, toBuffer, type Signer } from './index'
import { pngImage } from './testing/png'

const read = async (children: FileChild[]) => docxText(await toBuffer(createDocument(DEFAULT_STYLE, [{ children }])))

describe('tanggalTerbilang', () => {
  it('spells out day, date, month and year with the date in figures', () => {
    expect(tanggalTerbilang('2026-11-24')).toBe(
      'Selasa tanggal dua puluh empat bulan November tahun dua ribu dua puluh enam (24-11-2026)',
    )
    expect(tanggalTerbilang('2026-01-01')).toBe('Kamis tanggal satu bulan Januari tahun dua ribu dua puluh enam (01-01-2026)')
    expect(tanggalTerbilang('2025-12-11')).toBe('Kamis tanggal sebelas bulan Desember tahun dua ribu dua puluh lima (11-12-2025)')
    expect(tanggalTerbilang('2024-02-29')).toBe('Kamis tanggal dua puluh sembilan bulan Februari tahun dua ribu dua puluh empat (29-02-2024)')
    expect(tanggalTerbilang('2030-03-31')).toBe('Minggu tanggal tiga puluh satu bulan Maret tahun dua ribu tiga puluh (31-03-2030)')
  })

  it('takes the date part of a timestamp and refuses what is not a date', () => {
    expect(tanggalTerbilang('2026-11-24T09:30:00+07:00')).toContain('(24-11-2026)')
    expect(() => tanggalTerbilang('2026-02-30')).toThrow('Tanggal tidak valid')
  })
})

describe('numberedList', () => {
  it('writes marker, tab and text with a hanging indent', async () => {
    const doc = await read(numberedList(['Kepala Dinas;', 'Arsip.'], { indentCm: 0.6 }))
    expect(doc.paragraphs).toEqual(['1.Kepala Dinas;', '2.Arsip.'])
    expect(doc.xml).toContain('<w:ind w:left="340" w:hanging="340"/>')
    expect(doc.xml.match(/<w:tab\/>/g)).toHaveLength(2)
  })

  it('takes other markers', async () => {
    const doc = await read(numberedList(['satu', 'dua'], { marker: (i) => `${'ab'[i]}.` }))
    expect(doc.paragraphs).toEqual(['a.satu', 'b.dua'])
  })
})

describe('signatureRow', () => {
  const kasi: Signer = { nama: 'Siti Aminah, S.Kom.', nip: '198512312010012002', pangkat: 'Penata, III/c', jabatan: 'Kepala Seksi Infrastruktur dan Teknologi' }
  const opd: Signer = { nama: 'Budi', jabatan: 'Pengelola Server', nip: null, pangkat: null }

  it('bottom-aligns the columns and pads a signer without pangkat and NIP so the names line up', async () => {
    const doc = await read([signatureRow([{ signer: opd, heading: 'PIHAK KEDUA' }, { signer: kasi, heading: 'PIHAK PERTAMA', above: ['Batam, 24 November 2026'] }])])
    expect(doc.xml.match(/<w:vAlign w:val="bottom"\/>/g)).toHaveLength(2)
    expect(doc.xml).toContain('<w:cantSplit/>')
    const budi = doc.paragraphs.indexOf('Budi')
    expect(doc.paragraphs.slice(budi + 1, budi + 3)).toEqual(['', ''])
    const right = doc.paragraphs.indexOf('Batam, 24 November 2026')
    expect(doc.paragraphs.slice(right, right + 3)).toEqual(['Batam, 24 November 2026', 'PIHAK PERTAMA', 'KEPALA SEKSI INFRASTRUKTUR DAN TEKNOLOGI,'])
    expect(doc.paragraphs.at(-1)).toBe('NIP. 19851231 201001 2 002')
  })

  it('leaves a column empty for null', async () => {
    const doc = await read([signatureRow([null, { signer: kasi }])])
    expect(doc.xml.match(/<w:tc>/g)).toHaveLength(2)
  })
})

describe('photoGrid', () => {
  const landscape = pngImage(640, 480, () => [10, 20, 30, 255])
  const portrait = pngImage(300, 400, () => [200, 20, 30, 255])

  it('gives no image for bytes that are not a PNG or JPEG', () => {
    expect(fittedImage(landscape, 7.6, 7)).not.toBeNull()
    expect(fittedImage(new Uint8Array([1, 2, 3]), 7.6, 7)).toBeNull()
  })

  it('lays photos two to a row with numbered captions under them', async () => {
    const doc = await read([photoGrid([{ bytes: landscape, caption: 'Rak sebelum' }, { bytes: portrait, caption: ' ' }, { bytes: landscape, caption: 'Rak sesudah' }])])
    expect(doc.paragraphs.filter((p) => p.startsWith('Foto'))).toEqual(['Foto 1. Rak sebelum', 'Foto 2.', 'Foto 3. Rak sesudah'])
    expect(doc.media).toHaveLength(2) // identical bytes are stored once
    expect(doc.xml.match(/<w:drawing>/g)).toHaveLength(3)
    // 640 x 480 fits 7.6 cm wide (287 x 215 px); 300 x 400 fits 6 cm high (170 x 227 px); 9525 EMU a pixel.
    expect(doc.xml).toMatch(/<wp:extent cx="27\d{5}" cy="20\d{5}"\/>/)
    expect(doc.xml).toMatch(/<wp:extent cx="16\d{5}" cy="21\d{5}"\/>/)
    expect(doc.xml.match(/<w:tr>/g)).toHaveLength(4) // two rows of photos, each with a row of captions
  })

  it('numbers captions from where asked and refuses an empty list', () => {
    expect(photoCaption(4, 'Sesudah')).toBe('Foto 4. Sesudah')
    expect(() => photoGrid([])).toThrow('no photos')
  })
})
