// The two rekap as LibreOffice lays them out (a tester's findings, issue 10): the signature block stays whole and
// goes on page 1 when it fits there, no table header breaks inside a word ("Permohona/n", "Rata-/rata"), and an
// empty table says so across its whole width.
import { beforeAll, describe, expect, it } from 'vitest'
import type { BarisRekapDisposisi, RekapDisposisi, RekapPermohonan } from '../contract/statistik'
import { DEFAULT_OFFICE } from '../domain/office'
import { defaultLogo } from './default-logo'
import { DEFAULT_STYLE, type Kop, type Signer } from './kit'
import { MARGIN_CM, PAPER_MM } from './kit/page'
import { convertAllToPdf, hasLibreOffice, pdfPageCount, pdfPageTexts, pdfWords, type PdfWord } from './kit/testing/libreoffice'
import { SAMPLE_KOP } from './kit/testing/sample'
import { docxText, writeTemp } from './testing/docx'
import { rekapDisposisiDocx } from './rekap-disposisi'
import { rekapPermohonanDocx } from './rekap-permohonan'

const KADIS: Signer = { nama: 'Drs. Rudi Hartono, M.Si.', nip: '197304082002121005', pangkat: 'Pembina Utama Muda, IV/c', jabatan: 'Kepala Dinas Komunikasi dan Informatika' }
/** The kop as the office prints it before uploading its own logo: the pre-filled identity and the bundled lambang. */
const OFFICE_KOP: Kop = { ...DEFAULT_OFFICE, logo: defaultLogo() }
const PT_PER_CM = 72 / 2.54
/** Where the text area of a page starts, in points from the top. */
const TEXT_TOP = MARGIN_CM.top * PT_PER_CM
/** Where the text area of an A4 page ends, in points from the top (pdftotext's y). */
const TEXT_BOTTOM = (PAPER_MM.A4.height / 10 - MARGIN_CM.bottom) * PT_PER_CM
/** The text area of an A4 page, left edge and width in points. */
const TEXT_LEFT = MARGIN_CM.left * PT_PER_CM
const TEXT_WIDTH = (PAPER_MM.A4.width / 10 - MARGIN_CM.left - MARGIN_CM.right) * PT_PER_CM

const line = (nama: string, jabatan: string): BarisRekapDisposisi => ({ pegawaiId: null, nama, jabatan, diterima: 3, tepatWaktu: 1, terlambat: 2, berjalan: 0, rataRataHariKerja: 2 })
const PEJABAT = [
  line('Drs. Rudi Hartono, M.Si.', 'Kepala Dinas Komunikasi dan Informatika'),
  line('Hendra Gunawan, S.Kom., M.Si.', 'Kepala Bidang Penyelenggaraan E-Government'),
  line('Sari Wulandari, S.T.', 'Kepala Seksi Infrastruktur dan Teknologi'),
  line('Andi Saputra, A.Md.', 'Tim Data Center'),
  line('Maya Lestari, S.Kom.', 'Tim Data Center'),
  line('Rina Marlina, S.E.', 'Sekretaris'),
]
/** The demo data's four officials, as the tester printed them. */
const DEMO_PEJABAT = [
  line('Dewi Kartika, S.T.', 'Kepala Seksi Infrastruktur dan Teknologi'),
  line('Fajar Nugroho, A.Md.', 'Pengelola Data Center'),
  line('Hendra Gunawan, S.Kom., M.Si.', 'Kepala Bidang Penyelenggaraan E-Government'),
  line('Yoga Pratama, S.Kom.', 'Pranata Komputer Ahli Pertama'),
]
const rekapDisposisi = (perPejabat: BarisRekapDisposisi[]): RekapDisposisi => ({
  dari: '2026-11-01', sampai: '2026-11-30', perPejabat,
  perUnit: perPejabat.length ? [line('Seksi Infrastruktur dan Teknologi', ''), line('Bidang Penyelenggaraan E-Government', '')] : [],
  jumlah: line('Jumlah', ''),
})
const REKAP_PERMOHONAN: RekapPermohonan = {
  dari: '2026-11-01', sampai: '2026-11-30',
  perOpd: [{ opdId: 1, pemohon: 'Dinas Pendidikan', jumlah: 1, selesai: 0, ditolak: 1, berjalan: 0, rataRataHariKerja: 4 }],
  perLangkah: ['Penerimaan Permohonan', 'Disposisi Kepala Dinas', 'Disposisi Kepala Bidang', 'Penunjukan Tim Data Center', 'Pemeriksaan Perangkat', 'Berita Acara', 'Penarikan'].map((nama, i) => ({
    langkah: `langkah-${i + 1}`, no: i + 1, nama, standarHariKerja: 1, berjalan: 0, terlambat: 0, rataRataBerjalan: null, selesai: 1, rataRataHariKerja: 1, melebihiStandar: 0,
  })),
}
const EMPTY_PERMOHONAN: RekapPermohonan = { dari: '2026-11-01', sampai: '2026-11-30', perOpd: [], perLangkah: [] }

const CASES = ['demo', 'fits', 'full', 'permohonan', 'emptyDisposisi', 'emptyPermohonan'] as const
type Case = (typeof CASES)[number]
interface Laid {
  pages: number
  words: PdfWord[]
  /** The text of page 1 (pdftotext -f 1 -l 1). */
  page1: string
  /** Every word the .docx holds, and its parts after a hyphen ("E-", "Government"): where a line may wrap. */
  known: Set<string>
  /** The words of the table headers, each as often as it is written: these never wrap, not even at a hyphen. */
  headerWords: string[]
}

/** The signature block's words (from the "Batam, <date>" line to the NIP), its pages and height in points. */
function signature(words: PdfWord[]) {
  const start = words.findIndex((w, i) => w.text === 'Batam,' && /^\d+$/.test(words[i + 1]?.text ?? ''))
  const nip = words.findIndex((w, i) => i > start && w.text === 'NIP.')
  expect(start).toBeGreaterThan(-1)
  expect(nip).toBeGreaterThan(start)
  const block = words.slice(start, nip + 1)
  return { pages: new Set(block.map((w) => w.page)), height: words[nip].yMax - words[start].yMin, firstPageOf: words[start].page, start }
}

/** The words of `sentence` as laid out, with their line (yMin) and left edge. */
function sentenceWords(words: PdfWord[], sentence: string): PdfWord[] {
  const parts = sentence.split(' ')
  const i = words.findIndex((_, k) => parts.every((p, j) => words[k + j]?.text === p))
  expect(i, sentence).toBeGreaterThan(-1)
  return words.slice(i, i + parts.length)
}

describe.skipIf(!hasLibreOffice())('Rekap Disposisi and Rekap Permohonan in LibreOffice', () => {
  const laid = {} as Record<Case, Laid>

  beforeAll(async () => {
    const style = DEFAULT_STYLE
    const files: Record<Case, Buffer> = {
      demo: await rekapDisposisiDocx(rekapDisposisi(DEMO_PEJABAT), OFFICE_KOP, style, 'Batam', '2026-12-02', { ...KADIS, nama: 'Aarif Apriansyah, S.T., M.T.', pangkat: 'Pembina, IV/a' }),
      fits: await rekapDisposisiDocx(rekapDisposisi(PEJABAT.slice(0, 4)), SAMPLE_KOP, style, 'Batam', '2026-12-01', KADIS),
      full: await rekapDisposisiDocx(rekapDisposisi([...PEJABAT, ...PEJABAT.slice(1, 5)]), OFFICE_KOP, style, 'Batam', '2026-12-01', KADIS),
      permohonan: await rekapPermohonanDocx(REKAP_PERMOHONAN, OFFICE_KOP, style, 'Batam', '2026-12-01', KADIS),
      emptyDisposisi: await rekapDisposisiDocx(rekapDisposisi([]), OFFICE_KOP, style, 'Batam', '2026-12-01', KADIS),
      emptyPermohonan: await rekapPermohonanDocx(EMPTY_PERMOHONAN, OFFICE_KOP, style, 'Batam', '2026-12-01', KADIS),
    }
    // One soffice run for them all (starting LibreOffice is most of a conversion's time).
    const pdfs = await convertAllToPdf(CASES.map((n) => writeTemp(`rekap-${n}.docx`, files[n])))
    for (const [i, n] of CASES.entries()) {
      const xml = (await docxText(files[n])).xml
      // Run by run: a line break inside a cell ("nama" / "jabatan") starts a new run; a non-breaking hyphen is a
      // run child of its own, which LibreOffice prints as U+2011 (read back here as "-").
      const runs = [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) =>
        [...m[1].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:noBreakHyphen\/>|<w:br\/>/g)].map((t) => (t[0] === '<w:br/>' ? ' ' : t[1] === undefined ? '-' : t[1].replace(/&amp;/g, '&'))).join(''),
      )
      const tokens = runs.flatMap((r) => r.split(/\s+/)).filter(Boolean)
      const headerRow = /<w:tblHeader\/>[\s\S]*?<\/w:tr>/g
      const headerWords = [...xml.matchAll(headerRow)].flatMap((row) =>
        [...row[0].matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].flatMap((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:noBreakHyphen\/>/g)].map((t) => t[1] ?? '-').join('').split(/\s+/)),
      )
      const words = (await pdfWords(pdfs[i])).map((w) => ({ ...w, text: w.text.replace(/\u2011/g, '-') }))
      laid[n] = {
        pages: await pdfPageCount(pdfs[i]),
        words,
        page1: (await pdfPageTexts(pdfs[i]))[0],
        known: new Set(tokens.flatMap((t) => [t, ...t.split(/(?<=-)/)])),
        headerWords: headerWords.filter(Boolean),
      }
    }
  }, 240_000) // LibreOffice on a loaded 2-core machine

  it('puts the signature block on page 1 when page 1 has room for it', () => {
    // Four officials and two units leave page 1 enough room for the date, "Mengetahui," and the Kepala Dinas's block,
    // with the office's kop (logo and two-line address) too: the demo data once put the block alone on page 2.
    for (const n of ['demo', 'fits', 'permohonan'] as const) {
      expect([...signature(laid[n].words).pages], n).toEqual([1])
      expect(laid[n].pages, n).toBe(1)
    }
    expect(laid.demo.page1).toMatch(/Mengetahui,\s+KEPALA DINAS KOMUNIKASI DAN INFORMATIKA,[\s\S]*Aarif Apriansyah, S\.T\., M\.T\.\s+Pembina, IV\/a\s+NIP\. 19730408 200212 1 005/)
  })

  it('moves the whole signature block to the next page only when it does not fit on the page before', () => {
    const s = signature(laid.full.words)
    expect(s.pages.size).toBe(1)
    expect(s.firstPageOf).toBe(2)
    const lastOnPage1 = Math.max(...laid.full.words.filter((w) => w.page === 1).map((w) => w.yMax))
    expect(TEXT_BOTTOM - lastOnPage1).toBeLessThan(s.height)
  })

  it('breaks no word across lines, in the table headers or anywhere else', () => {
    // A word LibreOffice had to split ("Permohona" / "n") shows in the PDF as pieces the document never wrote.
    for (const n of CASES) {
      const text = laid[n].words.filter((w) => w.yMin >= TEXT_TOP) // not the page number ("- 2 -") above it
      expect(text.map((w) => w.text).filter((w) => !laid[n].known.has(w)), n).toEqual([])
    }
  })

  it('keeps every header word whole, "Rata-rata" too (its hyphen does not break)', () => {
    // Counted, not just found: table A's wide "Rata-rata" column must not hide table B's narrow one.
    const count = (list: string[]) => list.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>())
    const bare = (w: string) => w.replace(/[(),]/g, '')
    for (const n of CASES) {
      const { headerWords, words } = laid[n]
      expect(headerWords.filter((w) => w === 'Rata-rata').length, n).toBe(2)
      const printed = count(words.map((w) => bare(w.text)))
      const missing = [...count(headerWords.map(bare))].filter(([w, times]) => (printed.get(w) ?? 0) < times)
      expect(missing, n).toEqual([])
    }
  })

  it('says an empty table is empty on one line across the whole table', () => {
    const across = (n: Case, sentence: string) => {
      const ws = sentenceWords(laid[n].words, sentence)
      // One line, centred across the table's whole width (in one narrow column it wrapped, off to the left).
      expect(new Set(ws.map((w) => w.yMin)).size, sentence).toBe(1)
      const width = ws.at(-1)!.xMax - ws[0].xMin
      expect(Math.abs(ws[0].xMin - TEXT_LEFT - (TEXT_WIDTH - width) / 2), sentence).toBeLessThan(6)
    }
    expect(sentenceWords(laid.emptyDisposisi.words, 'Tidak ada disposisi pada periode ini.')).toHaveLength(6)
    across('emptyDisposisi', 'Tidak ada disposisi pada periode ini.')
    across('emptyPermohonan', 'Tidak ada permohonan yang dibuka pada periode ini.')
    across('emptyPermohonan', 'Tidak ada langkah yang selesai atau berjalan pada periode ini.')
    // Both tables of the Rekap Disposisi say it.
    expect(laid.emptyDisposisi.page1.match(/Tidak ada disposisi pada periode ini\./g)).toHaveLength(2)
  })
})
