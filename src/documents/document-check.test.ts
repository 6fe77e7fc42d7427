// The document check (issue 13): every kind the app exports, at 1, 15 and 50 devices (letters for the Buku Agenda,
// dispositions for the Lembar Disposisi), on A4 and F4, converted by LibreOffice and read page by page. All documents,
// the Buku Agenda workbook (.xlsx) included, go through one soffice run, so the check stays a few seconds long.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { DeviceDetail } from '../contract/inventory'
import type { OfficeSettings } from '../contract/settings'
import { bukuAgendaDocx, bukuAgendaXlsx, XLSX_PT, type AgendaRow } from './buku-agenda'
import { beritaAcaraPenarikanDocx, formulirKelengkapanDocx, laporanPelaksanaanDocx, suratBalasanDocx } from '../sops/sop-07/docx'
import {
  KABID_AN,
  KASI,
  PIHAK_KEDUA,
  PIHAK_PERTAMA,
  sampleBeritaAcara,
  sampleDevices,
  sampleFormulir,
  sampleLaporan,
  sampleSuratBalasan,
} from '../sops/sop-07/docx/testing/sample'
import type { DeviceLine } from '../sops/sop-07/docx/types'
import { PAPER_MM, type DocStyle, type Orientation, type Paper, type Signer } from './kit'
import { arialWidthPt } from './kit/sheet-layout'
import { convertAllToPdf, hasLibreOffice, overlappingWords, pdfImages, pdfPageSizes, pdfPageTexts, pdfWords, type PdfWord } from './kit/testing/libreoffice'
import { phonePhoto } from './kit/testing/photo'
import { SAMPLE_KOP, sampleLogo } from './kit/testing/sample'
import { lembarDisposisiDocx } from './lembar-disposisi'
import { rekapInventarisDocx } from './rekap-inventaris'
import { sampleLembar } from './testing/lembar-sample'

const COUNTS = [1, 15, 50] as const
const PAPERS: readonly Paper[] = ['A4', 'F4']
const PHOTO_COUNT = 12
/** Photos 1, 4, 7 and 10 are portrait shots stored landscape with EXIF orientation 6, as phones store them. */
const isPortrait = (i: number) => i % 3 === 0
const MB = 1024 * 1024

/**
 * Pages each kind takes at 1, 15 and 50 devices (letters for the Buku Agenda), on A4 and F4 alike unless a range is
 * given: read off the PDFs once and looked at. BA: page 1, 15+ devices to a landscape page, the closing block, two
 * pages of photos; Laporan: two pages of photos after the report.
 */
const PAGES: Record<string, Record<(typeof COUNTS)[number], [number, number]>> = {
  'ba-penarikan': { 1: [4, 4], 15: [5, 5], 50: [7, 7] },
  'laporan-pelaksanaan': { 1: [4, 4], 15: [4, 4], 50: [5, 5] },
  'surat-balasan': { 1: [1, 2], 15: [2, 2], 50: [3, 3] },
  'formulir-kelengkapan': { 1: [2, 2], 15: [3, 3], 50: [5, 5] },
  'rekap-inventaris': { 1: [1, 1], 15: [2, 2], 50: [4, 4] },
  'buku-agenda': { 1: [1, 1], 15: [2, 3], 50: [5, 6] },
  'buku-agenda-xlsx': { 1: [1, 1], 15: [2, 2], 50: [5, 6] },
  'buku-agenda-xlsx-portrait': { 1: [1, 1], 15: [2, 2], 50: [5, 6] },
  'lembar-disposisi': { 1: [1, 1], 15: [1, 1], 50: [1, 1] },
}

/** Dispositions on the Lembar Disposisi for each count: the Kadis alone, the whole chain, a chain forwarded again. */
const LEMBAR_DISPOSITIONS: Record<(typeof COUNTS)[number], number> = { 1: 1, 15: 3, 50: 5 }

/** Page size in points as printed: F4 is 215 x 330 mm in Word; the workbook's nearest Excel paper is Folio, 8.5 x 13 in. */
function pageSizePt(paper: Paper, file: 'docx' | 'xlsx'): { short: number; long: number } {
  if (file === 'xlsx' && paper === 'F4') return { short: 612, long: 936 }
  const mm = PAPER_MM[paper]
  return { short: (mm.width / 25.4) * 72, long: (mm.height / 25.4) * 72 }
}

interface Check {
  kind: string
  n: number
  paper: Paper
  bytes: Buffer
  /** Every recorded value that must be printed, each whole (a serial broken over two lines fails). */
  fields: string[]
  maxBytes: number
  photos: boolean
  file: 'docx' | 'xlsx'
  /** Set where every page must have this orientation (the workbook follows the setting). */
  orientation?: Orientation
}

const signers: Signer[] = [KABID_AN, KASI, PIHAK_PERTAMA, PIHAK_KEDUA, { nama: 'Fajar Nugroho, S.Kom.', pangkat: 'Penata Muda, III/a', jabatan: 'Pranata Komputer Ahli Pertama' }]

/** A line that belongs to a signature block: heading, jabatan, name, pangkat, NIP, place and date, page number. */
function signatureLine(line: string): boolean {
  const l = line.trim()
  if (!l) return true
  if (/^- \d+ -$/.test(l) || /^NIP\. /.test(l) || /^(PIHAK (PERTAMA|KEDUA)|Mengetahui,|Yang melaporkan,|Pemohon,|Petugas Data Center,)$/.test(l)) return true
  if (/^Batam, /.test(l) || /^(a\.n\.|u\.b\.|Plt\.|Plh\.)?\s*[A-Z0-9 .,/()-]+,$/.test(l)) return true
  return signers.some((s) => l === s.nama || l === s.pangkat || l.toUpperCase() === l && l.startsWith(s.jabatan.toUpperCase()))
}

/** Whole tokens of the PDF text: words split at white space, as a reader sees them. */
const tokens = (text: string) => new Set(text.split(/\s+/).filter(Boolean))

const deviceFields = (devices: readonly DeviceLine[]) => devices.flatMap((d) => [d.nama, d.nomorSeri, d.kodeBarang, d.rakU, d.hostnameIp])

function rekapDevices(lines: readonly DeviceLine[]): DeviceDetail[] {
  return lines.map((d, i) => {
    const [rak, u, sisi] = d.rakU.split(' ')
    return {
      id: i + 1, nama: d.nama, jenis: 'server', opdId: 1, opdNama: 'Dinas Pendidikan', opdSingkatan: 'DISDIK', merek: d.merek, tipe: d.tipe, nomorSeri: d.nomorSeri,
      kodeBarang: d.kodeBarang, tinggiU: 2, rakId: 1, rakNama: rak, uBawah: Number(u.slice(1).split('-')[0]), sisi: sisi as 'depan', kedalamanPenuh: false,
      posisi: `${rak} ${u} (${sisi})`, ip: [d.hostnameIp.split(' / ')[1]], status: 'Aktif', monitoring: true,
    } as DeviceDetail
  })
}

function agendaRows(n: number): AgendaRow[] {
  return Array.from({ length: n }, (_, i) => ({
    tahun: 2026, nomorAgenda: i + 1, tanggalDiterima: '2026-11-24', nomorSurat: `500.12/${700 + i}/DISDIK/2026`, tanggalSurat: '2026-11-20',
    asalSurat: 'Dinas Pendidikan', hal: `Permohonan penarikan server aplikasi layanan ${i + 1} dari Data Center`, isiRingkas: '', sifat: 'Biasa', rahasia: false,
    dibatalkan: i === 1, diteruskanKepada: 'Kepala Bidang Penyelenggaraan E-Government', keterangan: i === 1 ? 'Dibatalkan: salah catat' : '',
  }))
}

async function buildAll(): Promise<Check[]> {
  const foto = await Promise.all(
    Array.from({ length: PHOTO_COUNT }, async (_, i) => ({ bytes: await phonePhoto({ seed: i, orientation: isPortrait(i) ? 6 : undefined }), caption: `Foto penarikan ${i + 1}` })),
  )
  const checks: Check[] = []
  for (const paper of PAPERS) {
    const style: DocStyle = { font: 'Arial', sizePt: 12, paper }
    for (const n of COUNTS) {
      const perangkat = sampleDevices(n)
      const ba = { ...sampleBeritaAcara(style), perangkat, foto }
      checks.push({
        kind: 'ba-penarikan', n, paper, file: 'docx', bytes: await beritaAcaraPenarikanDocx(ba), photos: true, maxBytes: 3 * MB,
        fields: [ba.nomor, ba.pihakPertama.nama, ba.pihakKedua.nama, ba.suratPermohonan.nomor, ba.tempat, '09.30 WIB', `${n} (`, 'rangkap 2 (dua)', ...deviceFields(perangkat)],
      })
      const lap = { ...sampleLaporan(style), perangkat, foto }
      checks.push({
        kind: 'laporan-pelaksanaan', n, paper, file: 'docx', bytes: await laporanPelaksanaanDocx(lap), photos: true, maxBytes: 3 * MB,
        fields: [lap.nomor, lap.kasusNomor, lap.penyusun.nama, lap.mengetahui!.nama, ...lap.langkah.map((l) => l.nama), ...deviceFields(perangkat)],
      })
      const sb = { ...sampleSuratBalasan(style), perangkat }
      checks.push({
        kind: 'surat-balasan', n, paper, file: 'docx', bytes: await suratBalasanDocx(sb), photos: false, maxBytes: MB,
        fields: [sb.nomor, sb.kepada, sb.penandatangan.nama, ...sb.tembusan, ...perangkat.flatMap((d) => [d.nama, d.nomorSeri, d.kodeBarang])],
      })
      const form = { ...sampleFormulir(style), perangkat }
      checks.push({
        kind: 'formulir-kelengkapan', n, paper, file: 'docx', bytes: await formulirKelengkapanDocx(form), photos: false, maxBytes: MB,
        fields: [form.kasusNomor, form.suratPermohonan.nomor, ...deviceFields(perangkat)],
      })
      const kop = { ...SAMPLE_KOP, logo: sampleLogo() }
      const rekap = rekapDevices(perangkat)
      checks.push({
        kind: 'rekap-inventaris', n, paper, file: 'docx', photos: false, maxBytes: MB,
        bytes: await rekapInventarisDocx({ kit: { office: { kota: 'Batam' } as OfficeSettings, kop, style }, tanggal: '2026-11-24', opd: { nama: 'Dinas Pendidikan' }, devices: rekap, pembuat: KASI, mengetahui: KABID_AN }),
        fields: [KASI.nama, KABID_AN.nama, ...rekap.flatMap((d) => [d.nama, d.nomorSeri, d.kodeBarang])],
      })
      const rows = agendaRows(n)
      checks.push({
        kind: 'buku-agenda', n, paper, file: 'docx', photos: false, maxBytes: MB,
        bytes: await bukuAgendaDocx({ dari: '2026-11-01', sampai: '2026-11-30', rows }, kop, style, 'Batam', '2026-11-30', KABID_AN),
        fields: [KABID_AN.nama, `Jumlah surat: ${n}`, ...rows.flatMap((r) => [r.nomorSurat])],
      })
      const book = { dari: '2026-11-01', sampai: '2026-11-30', rows }
      checks.push({
        kind: 'buku-agenda-xlsx', n, paper, file: 'xlsx', orientation: 'landscape', photos: false, maxBytes: MB,
        bytes: await bukuAgendaXlsx(book, 'Dinas Komunikasi dan Informatika Kota Batam', { paper, orientation: 'landscape' }),
        fields: [`Jumlah surat: ${n}`, ...rows.flatMap((r) => [r.nomorSurat, r.hal])],
      })
      // Portrait is narrow: Nomor Surat may wrap after a slash there, so only the texts are checked whole.
      checks.push({
        kind: 'buku-agenda-xlsx-portrait', n, paper, file: 'xlsx', orientation: 'portrait', photos: false, maxBytes: MB,
        bytes: await bukuAgendaXlsx(book, 'Dinas Komunikasi dan Informatika Kota Batam', { paper, orientation: 'portrait' }),
        fields: [`Jumlah surat: ${n}`, ...rows.flatMap((r) => [r.asalSurat])],
      })
      const lembar = sampleLembar(LEMBAR_DISPOSITIONS[n], kop, style)
      checks.push({
        kind: 'lembar-disposisi', n, paper, file: 'docx', photos: false, maxBytes: MB,
        bytes: await lembarDisposisiDocx(lembar),
        fields: [lembar.letter.nomorSurat, lembar.letter.asalSurat, lembar.letter.hal, '0091/2026', ...lembar.dispositions.flatMap((d) => [d.catatan, ...d.penerima.map((r) => r.nama)])],
      })
    }
  }
  return checks
}

describe.skipIf(!hasLibreOffice())('document check: every kind at 1, 15 and 50 devices on A4 and F4, read from the PDF', () => {
  let checks: Check[]
  let pdfs: {
    check: Check
    pages: string[]
    laidOut: string[]
    images: { page: number; width: number; height: number }[]
    sizes: { width: number; height: number }[]
    words: PdfWord[]
  }[]

  beforeAll(async () => {
    checks = await buildAll()
    const dir = mkdtempSync(join(tmpdir(), 'sidara-check-'))
    const paths = checks.map((c) => {
      const path = join(dir, `${c.kind}-${c.n}-${c.paper}.${c.file}`)
      writeFileSync(path, c.bytes)
      return path
    })
    const converted = await convertAllToPdf(paths)
    pdfs = await Promise.all(
      converted.map(async (pdf, i) => ({
        check: checks[i],
        pages: await pdfPageTexts(pdf),
        laidOut: await pdfPageTexts(pdf, { layout: true }),
        images: await pdfImages(pdf),
        sizes: await pdfPageSizes(pdf),
        words: checks[i].file === 'xlsx' ? await pdfWords(pdf) : [],
      })),
    )
  }, 600_000)

  it('converts every document, within its page and size bounds', () => {
    // All mismatches at once, so one run shows every count to look at.
    const wrong = pdfs.flatMap(({ check, pages }) => {
      const [min, max] = PAGES[check.kind][check.n as (typeof COUNTS)[number]]
      const label = `${check.kind} ${check.n} ${check.paper}`
      return [
        ...(pages.length < min || pages.length > max ? [`${label}: ${pages.length} halaman, diharapkan ${min}-${max}`] : []),
        ...(check.bytes.byteLength >= check.maxBytes ? [`${label}: ${check.bytes.byteLength} byte`] : []),
      ]
    })
    expect(wrong).toEqual([])
  })

  it('never leaves a page holding only signatures', () => {
    for (const { check, pages } of pdfs) {
      pages.forEach((text, i) => {
        const lines = text.split('\n').filter((l) => l.trim())
        const onlySignature = lines.some((l) => /^NIP\. |^Mengetahui,$/.test(l.trim())) && lines.every(signatureLine)
        expect(onlySignature, `${check.kind} ${check.n} ${check.paper} halaman ${i + 1}:\n${text}`).toBe(false)
      })
    }
  })

  it('numbers pages from page 2, "- 2 -" at the top, none on the kop page', () => {
    // pdftotext drops the spaces inside "- 2 -" (LibreOffice places the field's glyphs apart): read it as -2-.
    const number = (text: string) => /^-\s*(\d+)\s*-$/.exec(text.trim().split('\n')[0].trim())?.[1] ?? null
    for (const { check, laidOut } of pdfs) {
      expect(number(laidOut[0]), `${check.kind} ${check.n} ${check.paper}`).toBeNull()
      laidOut.slice(1).forEach((text, i) => expect(number(text), `${check.kind} ${check.n} ${check.paper} halaman ${i + 2}`).toBe(String(i + 2)))
    }
  })

  it('prints every recorded field, each serial and number whole', () => {
    for (const { check, pages } of pdfs) {
      const printed = tokens(pages.join('\n'))
      for (const field of check.fields) {
        for (const token of field.split(/\s+/).filter(Boolean)) expect(printed.has(token) || [...printed].some((t) => t.includes(token)), `${check.kind} ${check.n} ${check.paper}: "${token}" dari "${field}"`).toBe(true)
      }
    }
  })

  it('fits 15 or more devices to each landscape page of the BA, its opening on page 1', () => {
    for (const { check, pages } of pdfs.filter((p) => p.check.kind === 'ba-penarikan')) {
      const label = `${check.kind} ${check.n} ${check.paper}`
      const first = pages[0].replace(/\s+/g, ' ')
      expect(first, label).toContain('kami yang bertanda tangan di bawah ini')
      expect(first, label).toContain('sebagaimana tercantum dalam daftar berikut')
      // Each device's serial is printed once, in its row.
      const perPage = pages.map((text) => (text.match(/FOC2345X\d{4}/g) ?? []).length).filter((rows) => rows > 0)
      expect(perPage.reduce((a, b) => a + b, 0), label).toBe(check.n)
      for (const rows of perPage.slice(0, -1)) expect(rows, label).toBeGreaterThanOrEqual(15)
    }
  })

  it('prints portrait photos portrait and every photo small', () => {
    for (const { check, images } of pdfs.filter((p) => p.check.photos)) {
      const photos = images.filter((im) => im.width >= 300 || im.height >= 300)
      const label = `${check.kind} ${check.n} ${check.paper}`
      expect(photos, label).toHaveLength(PHOTO_COUNT)
      expect(photos.filter((p) => p.height > p.width), label).toHaveLength(Array.from({ length: PHOTO_COUNT }, (_, i) => i).filter(isPortrait).length)
      // About 200 dpi at 7.6 x 6 cm: no side over 600 pixels.
      for (const p of photos) expect(Math.max(p.width, p.height), label).toBeLessThanOrEqual(600)
    }
  })

  it('prints on the paper from the settings, the workbook in its set orientation', () => {
    for (const { check, sizes } of pdfs) {
      const want = pageSizePt(check.paper, check.file)
      sizes.forEach((size, i) => {
        const label = `${check.kind} ${check.n} ${check.paper} halaman ${i + 1}: ${size.width} x ${size.height}`
        expect(Math.abs(Math.min(size.width, size.height) - want.short), label).toBeLessThan(2)
        expect(Math.abs(Math.max(size.width, size.height) - want.long), label).toBeLessThan(2)
        if (check.orientation) expect(size.width > size.height ? 'landscape' : 'portrait', label).toBe(check.orientation)
      })
    }
  })

  it('prints the Buku Agenda workbook at 9 pt or more, its wrapped rows grown so no line covers another', () => {
    // The printed size is read off a known word's width: Arial's advance widths times the size.
    const em = arialWidthPt('Permohonan', 1)
    for (const { check, words } of pdfs.filter((p) => p.check.file === 'xlsx')) {
      const label = `${check.kind} ${check.n} ${check.paper}`
      const sample = words.filter((w) => w.text === 'Permohonan')
      expect(sample.length, label).toBe(check.n)
      for (const w of sample) expect((w.xMax - w.xMin) / em, label).toBeGreaterThanOrEqual(9)
      expect(Math.min(...sample.map((w) => (w.xMax - w.xMin) / em)), label).toBeCloseTo(XLSX_PT, 0)
      expect(overlappingWords(words).map((w) => `${w.page}: ${w.text}`), label).toEqual([])
    }
  })
})
