import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Document, FileChild } from 'docx'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  checkbox,
  cmToTwip,
  contentWidthTwip,
  createDocument,
  dataTable,
  DEFAULT_STYLE,
  fieldTable,
  kopSurat,
  mengetahuiBlock,
  mmToTwip,
  sectionProperties,
  signatureBlock,
  signatureColumns,
  title,
  toBuffer,
  type Signer,
} from './index'
import { convertToPdf, hasLibreOffice, pdfPageCount } from './testing/libreoffice'
import { SAMPLE_KOP, SAMPLE_SIGNER, SAMPLE_TABLE_HEADERS, sampleLetter, sampleLogo } from './testing/sample'

async function unzip(doc: Document): Promise<JSZip> {
  return JSZip.loadAsync(await toBuffer(doc))
}

async function part(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name)
  if (!file) throw new Error(`missing ${name}`)
  return file.async('string')
}

async function documentXml(doc: Document): Promise<string> {
  return part(await unzip(doc), 'word/document.xml')
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
}

/** The text of each paragraph, line breaks as '\n'. */
function paragraphTexts(xml: string): string[] {
  return (xml.match(/<w:p\/>|<w:p[ >].*?<\/w:p>/gs) ?? []).map((p) =>
    [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => (m[1] === undefined ? '\n' : unescapeXml(m[1]))).join(''),
  )
}

/** The properties (<w:rPr>) of the run whose text is exactly `text`. */
function runProperties(xml: string, text: string): string {
  const run = (xml.match(/<w:r>.*?<\/w:r>/gs) ?? []).find((r) => r.includes(`>${text}</w:t>`))
  if (!run) throw new Error(`no run "${text}"`)
  return /<w:rPr>(.*?)<\/w:rPr>/s.exec(run)?.[1] ?? ''
}

function docWith(children: FileChild[]): Document {
  return createDocument(DEFAULT_STYLE, [{ children }])
}

describe('page', () => {
  it('converts millimetres and centimetres to twips', () => {
    expect(mmToTwip(25.4)).toBe(1440)
    expect(cmToTwip(2)).toBe(1134)
    expect(cmToTwip(2.5)).toBe(1417)
    expect(cmToTwip(3)).toBe(1701)
  })

  it('gives the text width between the margins', () => {
    expect(contentWidthTwip('A4')).toBe(11906 - 1701 - 1134)
    expect(contentWidthTwip('F4')).toBe(12189 - 1701 - 1134)
    expect(contentWidthTwip('A4', 'landscape')).toBe(16838 - 1701 - 1134)
  })

  it('sets paper and margins for a section', () => {
    expect(sectionProperties('F4').page).toMatchObject({
      size: { width: 12189, height: 18709, orientation: 'portrait' },
      margin: { top: 1134, left: 1701, right: 1134, bottom: 1417 },
    })
  })
})

describe('sample letter', () => {
  const logo = sampleLogo()
  let a4: JSZip
  let xml: string
  let paragraphs: string[]

  beforeAll(async () => {
    a4 = await unzip(sampleLetter(DEFAULT_STYLE, logo))
    xml = await part(a4, 'word/document.xml')
    paragraphs = paragraphTexts(xml)
  })

  it('has the kop lines in upper case', () => {
    expect(paragraphs).toContain('PEMERINTAH KOTA BATAM')
    expect(paragraphs).toContain('DINAS KOMUNIKASI DAN INFORMATIKA')
    expect(paragraphs).toContain('Jalan Engku Putri Nomor 1, Batam Centre, Batam 29461')
    expect(paragraphs).toContain('Telepon (0778) 462016 Laman kominfo.batam.go.id Pos-el diskominfo@batam.go.id')
    expect(runProperties(xml, 'PEMERINTAH KOTA BATAM')).toContain('<w:sz w:val="28"/>')
    expect(runProperties(xml, 'DINAS KOMUNIKASI DAN INFORMATIKA')).toContain('<w:sz w:val="32"/>')
  })

  it('draws a double rule under the kop', () => {
    expect(xml).toMatch(/<w:pBdr><w:bottom w:val="double"[^>]*\/><\/w:pBdr>/)
  })

  it('embeds the logo as an image part', () => {
    expect(Object.keys(a4.files).filter((name) => /^word\/media\/.+\.png$/.test(name))).toHaveLength(1)
    expect(xml).toContain('<w:drawing>')
  })

  it('has the label-colon-value rows', () => {
    expect(paragraphs.join('|')).toContain('Nomor|:|500.12.2/091/KOMINFO-PE/2026')
    expect(paragraphs.join('|')).toContain('Lampiran|:|1 (satu) berkas')
  })

  it('signs a.n. the Kepala Dinas with a bold underlined name and a grouped NIP', () => {
    expect(paragraphs).toContain('a.n. KEPALA DINAS KOMUNIKASI DAN INFORMATIKA')
    expect(paragraphs).toContain('KEPALA BIDANG PENYELENGGARAAN E-GOVERNMENT,')
    expect(paragraphs).toContain('Pembina, IV/a')
    expect(paragraphs).toContain('NIP. 19730408 200212 1 005')
    const name = runProperties(xml, 'Dr. Rudi Hartono, S.T., M.Kom.')
    expect(name).toContain('<w:b/>')
    expect(name).toContain('<w:u w:val="single"/>')
  })

  it('has the data table with a repeating, shaded header row', () => {
    for (const header of SAMPLE_TABLE_HEADERS) expect(paragraphs).toContain(header)
    expect(paragraphs).toContain('Server Aplikasi SIMPUS')
    expect(xml).toContain('<w:tblHeader/>')
    expect(xml).toContain('w:fill="D9D9D9"')
  })

  it('sets Arial 12 as the document default', async () => {
    const styles = await part(a4, 'word/styles.xml')
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial"[^>]*\/><w:sz w:val="24"\/>/)
  })

  it('uses A4 paper with the Tata Naskah Dinas margins', () => {
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>')
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1417" w:left="1701"/)
  })

  it('uses F4 paper when the style says so', async () => {
    const f4 = await documentXml(sampleLetter({ ...DEFAULT_STYLE, paper: 'F4' }, logo))
    expect(f4).toContain('<w:pgSz w:w="12189" w:h="18709" w:orient="portrait"/>')
  })

  it('turns the page for a landscape section', async () => {
    const doc = createDocument(DEFAULT_STYLE, [{ orientation: 'landscape', children: [title('BUKU AGENDA SURAT MASUK')] }])
    expect(await documentXml(doc)).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>')
  })

  it('takes font and size from the style', async () => {
    const styles = await part(
      await unzip(createDocument({ font: 'Bookman Old Style', sizePt: 11, paper: 'A4' }, [{ children: [] }])),
      'word/styles.xml',
    )
    expect(styles).toContain('w:ascii="Bookman Old Style"')
    expect(styles).toContain('<w:sz w:val="22"/>')
  })
})

describe('kop', () => {
  it('without a logo centres the text across the page, with no image part', async () => {
    const zip = await unzip(docWith([...kopSurat({ ...SAMPLE_KOP, logo: null }), ...kopSurat({ ...SAMPLE_KOP, logo: new Uint8Array() })]))
    const xml = await part(zip, 'word/document.xml')
    expect(paragraphTexts(xml)).toContain('PEMERINTAH KOTA BATAM')
    expect(xml).not.toContain('<w:tbl>')
    expect(Object.keys(zip.files).some((name) => name.startsWith('word/media/'))).toBe(false)
  })

  it('leaves out contacts the office has not filled in', async () => {
    const xml = await documentXml(docWith(kopSurat({ ...SAMPLE_KOP, alamat: ' ', telepon: '', laman: '' })))
    expect(paragraphTexts(xml)).toContain('Pos-el diskominfo@batam.go.id')
    expect(xml).not.toContain('Telepon')
  })

  it('refuses a logo that is not PNG or JPEG', () => {
    expect(() => kopSurat({ ...SAMPLE_KOP, logo: new TextEncoder().encode('<svg/>') })).toThrow('PNG atau JPEG')
  })
})

describe('signature', () => {
  const texts = async (children: FileChild[]) => paragraphTexts(await documentXml(docWith(children)))
  const kasi: Signer = { nama: 'Siti Aminah, S.Kom.', nip: '198512312010012002', pangkat: 'Penata, III/c', jabatan: 'Kepala Seksi Infrastruktur dan Teknologi' }

  it('without a prefix writes the jabatan alone, with a comma', async () => {
    const lines = await texts(signatureBlock(kasi))
    expect(lines[0]).toBe('KEPALA SEKSI INFRASTRUKTUR DAN TEKNOLOGI,')
    expect(lines.slice(1, 5)).toEqual(['', '', '', ''])
    expect(lines.slice(5)).toEqual(['Siti Aminah, S.Kom.', 'Penata, III/c', 'NIP. 19851231 201001 2 002'])
  })

  it('writes Plt. before the post filled', async () => {
    const lines = await texts(
      signatureBlock({ ...kasi, prefix: 'Plt.', atasNamaJabatan: 'Kepala Bidang Penyelenggaraan e-Government' }),
    )
    expect(lines[0]).toBe('Plt. KEPALA BIDANG PENYELENGGARAAN E-GOVERNMENT,')
    expect(lines).not.toContain('KEPALA SEKSI INFRASTRUKTUR DAN TEKNOLOGI,')
  })

  it('writes u.b. with the principal first', async () => {
    const lines = await texts(signatureBlock({ ...kasi, prefix: 'u.b.', atasNamaJabatan: 'Kepala Bidang' }))
    expect(lines.slice(0, 2)).toEqual(['u.b. KEPALA BIDANG', 'KEPALA SEKSI INFRASTRUKTUR DAN TEKNOLOGI,'])
  })

  it('leaves out a missing pangkat and NIP (e.g. a non-ASN signer from the OPD)', async () => {
    const lines = await texts(signatureBlock({ nama: 'Budi', jabatan: 'Pengelola Server', nip: null, pangkat: '' }))
    expect(lines.at(-1)).toBe('Budi')
    expect(lines.join('\n')).not.toContain('NIP')
  })

  it('keeps the block together on one page', async () => {
    const xml = await documentXml(docWith(signatureBlock(kasi)))
    const paragraphs = xml.match(/<w:p[ >].*?<\/w:p>/gs) ?? []
    expect(paragraphs.slice(0, -1).every((p) => p.includes('<w:keepNext/>'))).toBe(true)
    expect(paragraphs.at(-1)).not.toContain('<w:keepNext/>')
  })

  it('puts two signers side by side with bold headings', async () => {
    const xml = await documentXml(
      docWith([signatureColumns(kasi, SAMPLE_SIGNER, { left: 'PIHAK KEDUA', right: 'PIHAK PERTAMA' })]),
    )
    const lines = paragraphTexts(xml)
    expect(lines.indexOf('PIHAK KEDUA')).toBeLessThan(lines.indexOf('PIHAK PERTAMA'))
    expect(runProperties(xml, 'PIHAK KEDUA')).toContain('<w:b/>')
    expect(xml.match(/<w:tc>/g)).toHaveLength(2)
    expect(xml).toContain('<w:cantSplit/>')
  })

  it('leaves an empty column for a null signer', async () => {
    const xml = await documentXml(docWith([signatureColumns(null, kasi)]))
    expect(xml.match(/<w:tc>/g)).toHaveLength(2)
    expect(paragraphTexts(xml)[0]).toBe('')
  })

  it('starts the acknowledgement with "Mengetahui,"', async () => {
    const lines = await texts(mengetahuiBlock(kasi))
    expect(lines[0]).toBe('Mengetahui,')
    expect(lines[1]).toBe('KEPALA SEKSI INFRASTRUKTUR DAN TEKNOLOGI,')
  })
})

describe('tables and text', () => {
  it('checkbox gives ballot boxes', () => {
    expect(checkbox(true)).toBe('☑')
    expect(checkbox(false)).toBe('☐')
  })

  it('dataTable refuses widths that do not match the columns', () => {
    expect(() => dataTable(['A', 'B'], [], [100])).toThrow('2 columns but 1 widths')
  })

  it('dataTable fills short rows and splits lines', async () => {
    const xml = await documentXml(docWith([dataTable(['No', 'Spesifikasi', 'Keterangan'], [['1', 'CPU 16 core\nRAM 64 GB']])]))
    expect(paragraphTexts(xml)).toEqual(['No', 'Spesifikasi', 'Keterangan', '1', 'CPU 16 core\nRAM 64 GB', ''])
  })

  it('dataTable keeps header hyphens from breaking, and body hyphens as written', async () => {
    const xml = await documentXml(docWith([dataTable(['No', 'Rata-rata Hari Kerja'], [['1', 'E-Government']])]))
    const header = xml.slice(xml.indexOf('<w:tblHeader/>'), xml.indexOf('</w:tr>'))
    expect(header).toContain('Rata</w:t><w:noBreakHyphen/><w:t xml:space="preserve">rata Hari Kerja</w:t>')
    expect(header).not.toMatch(/Rata-/)
    expect(paragraphTexts(xml)).toContain('E-Government')
  })

  it('dataTable says an empty table is empty in one row across every column', async () => {
    const xml = await documentXml(docWith([dataTable(['No', 'Nama', 'Jumlah'], [], [10, 60, 30], { emptyText: 'Tidak ada disposisi pada periode ini.' })]))
    const rows = xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!
    expect(rows).toHaveLength(2)
    expect(rows[1].match(/<w:tc>/g)).toHaveLength(1)
    expect(rows[1]).toContain('<w:gridSpan w:val="3"/>')
    expect(paragraphTexts(rows[1])).toEqual(['Tidak ada disposisi pada periode ini.'])
    // With rows, or without the option, no such row.
    const filled = await documentXml(docWith([dataTable(['No'], [['1']], undefined, { emptyText: 'Kosong.' })]))
    expect(filled).not.toContain('Kosong.')
    expect((await documentXml(docWith([dataTable(['No'], [])]))).match(/<w:tr>/g)).toHaveLength(1)
  })

  it('title is centred and bold', async () => {
    const xml = await documentXml(docWith([title('LEMBAR DISPOSISI')]))
    expect(xml).toContain('<w:jc w:val="center"/>')
    expect(runProperties(xml, 'LEMBAR DISPOSISI')).toContain('<w:b/>')
  })

  it('fieldTable escapes text safely', async () => {
    const xml = await documentXml(docWith([fieldTable([['Hal', 'Server <DB> & "Aplikasi"']])]))
    expect(paragraphTexts(xml)).toEqual(['Hal', ':', 'Server <DB> & "Aplikasi"'])
  })
})

describe.skipIf(!hasLibreOffice())('LibreOffice', () => {
  let dir: string

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sidara-kit-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it.each(['A4', 'F4'] as const)('opens the %s sample and lays it out on one page', async (paper) => {
    const docx = join(dir, `sample-${paper}.docx`)
    await writeFile(docx, await toBuffer(sampleLetter({ ...DEFAULT_STYLE, paper }, sampleLogo())))
    const pdf = await convertToPdf(docx)
    expect(await pdfPageCount(pdf)).toBe(1)
    await rm(join(pdf, '..'), { recursive: true, force: true })
  })
})
