// The two rekap workbooks as LibreOffice prints them (a tester's findings, issue 10 item 6): wrapped headers and long
// posts ran into the next row, the notes printed on top of each other, the title lost its first and last letters
// and the text came out in a serif. Written with the demo's officials, the starter OPD list and SOP 07's steps.
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { BarisRekapDisposisi, RekapDisposisi, RekapPermohonan } from '../contract/statistik'
import { OPD_AWAL } from '../db/seed/opd-list'
import { DEFAULT_OFFICE, namaKantor } from '../domain/office'
import { DEMO_USERS } from '../demo/demo-users'
import { SOP_07 } from '../sops/sop-07/common/declaration'
import type { Paper } from './kit'
import { EXCEL_PAPER, SHEET_PT } from './kit/printed-sheet'
import { arialWidthPt, SHEET_MARGIN_IN } from './kit/sheet-layout'
import { convertAllToPdf, hasLibreOffice, overlappingWords, pdfFonts, pdfPageSizes, pdfPageTexts, pdfWords, type PdfWord } from './kit/testing/libreoffice'
import { writeTemp } from './testing/docx'
import { CATATAN_REKAP_DISPOSISI, rekapDisposisiXlsx } from './rekap-disposisi'
import { CATATAN_REKAP_PERMOHONAN, rekapPermohonanXlsx } from './rekap-permohonan'

/** As the settings hold it by default, in capitals: the tester's title was cut to "EKAP ... BATA". */
const KANTOR = namaKantor(DEFAULT_OFFICE)
const baris = (nama: string, jabatan: string, n: number): BarisRekapDisposisi => ({
  pegawaiId: null, nama, jabatan, diterima: 10 + n, tepatWaktu: 7, terlambat: 2 + n, berjalan: 1, rataRataHariKerja: 2.5,
})
const PEJABAT = DEMO_USERS.filter((u) => u.jabatan).map((u, i) => baris(u.nama, u.jabatan!, i))
const UNIT = ['Pimpinan Dinas', 'Bidang Penyelenggaraan E-Government', 'Seksi Infrastruktur dan Teknologi', 'Sekretariat'].map((u, i) => baris(u, '', i))
const REKAP_DISPOSISI: RekapDisposisi = { dari: '2026-11-01', sampai: '2026-11-30', perPejabat: PEJABAT, perUnit: UNIT, jumlah: baris('Jumlah', '', 0) }
/** The longest names of the starter list, "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah" first. */
const OPD = [...OPD_AWAL].sort((a, b) => b.nama.length - a.nama.length).slice(0, 5)
const REKAP_PERMOHONAN: RekapPermohonan = {
  dari: '2026-11-01', sampai: '2026-11-30',
  perOpd: OPD.map((o, i) => ({ opdId: i + 1, pemohon: o.nama, jumlah: 3, selesai: 1, ditolak: 1, berjalan: 1, rataRataHariKerja: 12.5 })),
  perLangkah: SOP_07.steps.map((s) => ({
    langkah: s.kode, no: s.no, nama: s.nama, standarHariKerja: 1, berjalan: 1, terlambat: 0, rataRataBerjalan: 1, selesai: 4, rataRataHariKerja: 1.3, melebihiStandar: 1,
  })),
}

interface Sheet {
  title: string
  headers: string[]
  /** The first cell of text of each row, in order (a name that may wrap: its first words). */
  rows: string[]
  notes: string[]
  orientation: 'portrait' | 'landscape'
}
const firstWords = (text: string, n = 3) => text.split(' ').slice(0, n).join(' ')
const TITLE_DISPOSISI = `REKAP DISPOSISI PER PEJABAT — ${KANTOR}`
const TITLE_PERMOHONAN = `REKAP PERMOHONAN PENARIKAN SERVER — ${KANTOR}`
const FILES = {
  disposisi: {
    write: (paper: Paper) => rekapDisposisiXlsx(REKAP_DISPOSISI, KANTOR, { paper }),
    sheets: [
      {
        title: TITLE_DISPOSISI, headers: ['No', 'Nama', 'Jabatan', 'Diterima', 'Tepat Waktu', 'Terlambat', 'Belum Jatuh Tempo', 'Rata-rata Hari Kerja'],
        // Landscape: each official's name and post on one line of its own row.
        rows: [...PEJABAT.map((p) => `${p.nama} ${p.jabatan}`), 'Jumlah'], notes: CATATAN_REKAP_DISPOSISI, orientation: 'landscape',
      },
      { title: TITLE_DISPOSISI, headers: ['No', 'Unit Kerja', 'Diterima', 'Tepat Waktu', 'Terlambat', 'Belum Jatuh Tempo', 'Rata-rata Hari Kerja'], rows: [...UNIT.map((u) => u.nama), 'Jumlah'], notes: CATATAN_REKAP_DISPOSISI, orientation: 'portrait' },
    ] satisfies Sheet[],
  },
  permohonan: {
    write: (paper: Paper) => rekapPermohonanXlsx(REKAP_PERMOHONAN, KANTOR, { paper }),
    sheets: [
      {
        title: TITLE_PERMOHONAN, headers: ['No', 'OPD Pemohon', 'Permohonan', 'Selesai', 'Ditolak', 'Berjalan', 'Rata-rata Hari Kerja (dibuka s.d. ditutup)'],
        rows: [...OPD.map((o) => firstWords(o.nama)), 'Jumlah'], notes: CATATAN_REKAP_PERMOHONAN, orientation: 'portrait',
      },
      {
        title: TITLE_PERMOHONAN, headers: ['No', 'Langkah', 'Standar (hari kerja)', 'Selesai dalam periode', 'Rata-rata Hari Kerja', 'Melebihi Standar', 'Berjalan sekarang', 'Terlambat sekarang'],
        rows: SOP_07.steps.map((s) => firstWords(s.nama)), notes: CATATAN_REKAP_PERMOHONAN, orientation: 'portrait',
      },
    ] satisfies Sheet[],
  },
} as const
type Name = keyof typeof FILES
const PAPERS: Paper[] = ['A4', 'F4']
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim()

interface Printed {
  name: Name
  paper: Paper
  bytes: Buffer
  /** Each page's lines as pdftotext -layout places them, spaces squeezed. */
  pages: string[][]
  words: PdfWord[]
  sizes: { width: number; height: number }[]
  fonts: string[]
}

describe.skipIf(!hasLibreOffice())('Rekap Disposisi and Rekap Permohonan .xlsx printed through LibreOffice', () => {
  const printed: Printed[] = []

  beforeAll(async () => {
    const files = (Object.keys(FILES) as Name[]).flatMap((name) => PAPERS.map((paper) => ({ name, paper })))
    const bytes = await Promise.all(files.map((f) => FILES[f.name].write(f.paper)))
    // One soffice run for all four (starting LibreOffice is most of a conversion's time).
    const pdfs = await convertAllToPdf(files.map((f, i) => writeTemp(`rekap-${f.name}-${f.paper}.xlsx`, bytes[i])))
    for (const [i, f] of files.entries()) {
      const pages = (await pdfPageTexts(pdfs[i], { layout: true })).map((p) => p.split('\n').map(squeeze).filter(Boolean))
      printed.push({ ...f, bytes: bytes[i], pages, words: await pdfWords(pdfs[i]), sizes: await pdfPageSizes(pdfs[i]), fonts: await pdfFonts(pdfs[i]) })
    }
  }, 240_000) // LibreOffice on a loaded 2-core machine

  it('sets each sheet up for printing: paper, orientation, fitted to the width, header row repeated, margins', async () => {
    for (const p of printed) {
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(p.bytes as unknown as ArrayBuffer)
      FILES[p.name].sheets.forEach((sheet, i) => {
        expect(wb.worksheets[i].pageSetup, `${p.name} ${p.paper} ${i}`).toMatchObject({
          paperSize: EXCEL_PAPER[p.paper], orientation: sheet.orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:4', margins: SHEET_MARGIN_IN,
        })
      })
    }
  })

  it('prints one page per sheet, in its orientation, in Arial (Liberation Sans) at 10 pt', () => {
    const em = arialWidthPt('Jumlah', 1)
    for (const p of printed) {
      const label = `${p.name} ${p.paper}`
      expect(p.sizes.map((s) => (s.width > s.height ? 'landscape' : 'portrait')), label).toEqual(FILES[p.name].sheets.map((s) => s.orientation))
      expect(p.fonts.length, label).toBeGreaterThan(0)
      for (const font of p.fonts) expect(font, label).toMatch(/^LiberationSans(-Bold|-Italic)?$/)
      // "fit to width" did not shrink the text: the printed size, read off a bold word's width, stays 10 pt.
      const jumlah = p.words.filter((w) => w.text === 'Jumlah')
      expect(jumlah.length, label).toBeGreaterThan(0)
      for (const w of jumlah) expect((w.xMax - w.xMin) / em / 1.07, label).toBeCloseTo(SHEET_PT, 0)
    }
  })

  it('prints the title whole above the period, wrapped inside the table width rather than cut at its ends', () => {
    for (const p of printed) {
      FILES[p.name].sheets.forEach((sheet, i) => {
        const label = `${p.name} ${p.paper} ${i}`
        const lines = p.pages[i].filter((l) => !/^-\s*\d+\s*-$/.test(l)) // the page number above
        const periode = lines.findIndex((l) => l === 'Periode 1 November 2026 s.d. 30 November 2026')
        expect(periode, label).toBeGreaterThan(0)
        expect(lines.slice(0, periode).join(' '), label).toBe(sheet.title)
        // pdftotext reads a clipped title whole, so its place tells: every title word inside the table's edges (a
        // merged cell clips what overflows it: the tester's "EKAP ... BATA").
        const words = p.words.filter((w) => w.page === i + 1)
        const no = words.find((w) => w.text === 'No')!
        const table = words.filter((w) => w.yMin >= no.yMin)
        const [left, right] = [Math.min(...table.map((w) => w.xMin)), Math.max(...table.map((w) => w.xMax))]
        const title = words.filter((w) => w.yMax <= words.find((v) => v.text === 'Periode')!.yMin && !/^(-|\d+)$/.test(w.text))
        expect(title.map((w) => w.text).join(' '), label).toBe(sheet.title)
        for (const w of title) {
          expect(w.xMin, `${label}: ${w.text} from ${left}`).toBeGreaterThanOrEqual(left - 4)
          expect(w.xMax, `${label}: ${w.text} to ${right}`).toBeLessThanOrEqual(right + 4)
        }
      })
    }
  })

  it('prints every header word, name and post whole: no word the workbook did not write', () => {
    for (const p of printed) {
      const written = FILES[p.name].sheets.flatMap((s) => [s.title, ...s.headers, ...s.rows, ...s.notes])
      const cells = p.name === 'disposisi' ? [...PEJABAT, ...UNIT].flatMap((b) => [b.nama, b.jabatan]) : [...OPD.map((o) => o.nama), ...SOP_07.steps.map((s) => s.nama)]
      const known = new Set([...written, ...cells, 'Periode 1 November 2026 s.d. 30 November 2026'].flatMap((t) => t.split(/\s+/)))
      // Figures and the page number ("- 2 -") are digits.
      const strange = p.words.map((w) => w.text).filter((w) => !known.has(w) && !/^(\d+([.,]\d)?|-)$/.test(w))
      expect(strange, `${p.name} ${p.paper}`).toEqual([])
      for (const header of FILES[p.name].sheets.flatMap((s) => s.headers)) for (const word of header.split(' ')) expect(p.words.some((w) => w.text === word), `${p.name} ${p.paper}: ${word}`).toBe(true)
    }
  })

  it('prints each row on lines of its own, in order, the notes one under the other, and no text over other text', () => {
    for (const p of printed) {
      FILES[p.name].sheets.forEach((sheet, i) => {
        const label = `${p.name} ${p.paper} ${i}`
        const lines = p.pages[i]
        // Each row (then each note) on a line below the one before: two rows or two notes sharing a line are text
        // printed over other text, and a row not found below its predecessor is out of order or cut.
        let previous = lines.findIndex((l) => l.includes(sheet.headers[1]))
        expect(previous, label).toBeGreaterThan(-1)
        for (const text of [...sheet.rows, ...sheet.notes.map((n) => firstWords(n, 5))]) {
          const line = lines.findIndex((l, k) => k > previous && l.includes(text))
          expect(line, `${label}: ${text} below line ${previous}`).toBeGreaterThan(previous)
          previous = line
        }
      })
      expect(overlappingWords(p.words).map((w) => `${w.page}: ${w.text}`), `${p.name} ${p.paper}`).toEqual([])
    }
  })
})
