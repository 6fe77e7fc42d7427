// The two rekap as LibreOffice lays them out (a tester's findings, issue 10): the signature block stays whole and
// goes on page 1 when it fits there, and no table header breaks inside a word ("Permohona/n").
import { beforeAll, describe, expect, it } from 'vitest'
import type { BarisRekapDisposisi, RekapDisposisi, RekapPermohonan } from '../contract/statistik'
import { DEFAULT_STYLE, type Signer } from './kit'
import { MARGIN_CM, PAPER_MM } from './kit/page'
import { convertAllToPdf, hasLibreOffice, pdfPageCount, pdfWords, type PdfWord } from './kit/testing/libreoffice'
import { SAMPLE_KOP } from './kit/testing/sample'
import { docxText, writeTemp } from './testing/docx'
import { rekapDisposisiDocx } from './rekap-disposisi'
import { rekapPermohonanDocx } from './rekap-permohonan'

const KADIS: Signer = { nama: 'Drs. Rudi Hartono, M.Si.', nip: '197304082002121005', pangkat: 'Pembina Utama Muda, IV/c', jabatan: 'Kepala Dinas Komunikasi dan Informatika' }
const PT_PER_CM = 72 / 2.54
/** Where the text area of a page starts, in points from the top. */
const TEXT_TOP = MARGIN_CM.top * PT_PER_CM
/** Where the text area of an A4 page ends, in points from the top (pdftotext's y). */
const TEXT_BOTTOM = (PAPER_MM.A4.height / 10 - MARGIN_CM.bottom) * PT_PER_CM

const line = (nama: string, jabatan: string): BarisRekapDisposisi => ({ pegawaiId: null, nama, jabatan, diterima: 3, tepatWaktu: 1, terlambat: 2, berjalan: 0, rataRataHariKerja: 2 })
const PEJABAT = [
  line('Drs. Rudi Hartono, M.Si.', 'Kepala Dinas Komunikasi dan Informatika'),
  line('Hendra Gunawan, S.Kom., M.Si.', 'Kepala Bidang Penyelenggaraan E-Government'),
  line('Sari Wulandari, S.T.', 'Kepala Seksi Infrastruktur dan Teknologi'),
  line('Andi Saputra, A.Md.', 'Tim Data Center'),
  line('Maya Lestari, S.Kom.', 'Tim Data Center'),
  line('Rina Marlina, S.E.', 'Sekretaris'),
]
const rekapDisposisi = (perPejabat: BarisRekapDisposisi[]): RekapDisposisi => ({
  dari: '2026-11-01', sampai: '2026-11-30', perPejabat,
  perUnit: [line('Bidang Penyelenggaraan E-Government', ''), line('Seksi Infrastruktur dan Teknologi', '')], jumlah: line('Jumlah', ''),
})
const REKAP_PERMOHONAN: RekapPermohonan = {
  dari: '2026-11-01', sampai: '2026-11-30',
  perOpd: [{ opdId: 1, pemohon: 'Dinas Pendidikan', jumlah: 1, selesai: 0, ditolak: 1, berjalan: 0, rataRataHariKerja: 4 }],
  perLangkah: ['Penerimaan Permohonan', 'Disposisi Kepala Dinas', 'Disposisi Kepala Bidang', 'Penunjukan Tim Data Center', 'Pemeriksaan Perangkat', 'Berita Acara', 'Penarikan'].map((nama, i) => ({
    langkah: `langkah-${i + 1}`, no: i + 1, nama, standarHariKerja: 1, berjalan: 0, terlambat: 0, rataRataBerjalan: null, selesai: 1, rataRataHariKerja: 1, melebihiStandar: 0,
  })),
}
interface Laid {
  pages: number
  words: PdfWord[]
  /** Every word the .docx holds, and its parts after a hyphen ("Rata-", "rata"): where a line may wrap. */
  known: Set<string>
}

/** The signature block's words (from the date line to the NIP), its page and height in points. */
function signature(words: PdfWord[]) {
  const start = words.findIndex((w) => w.text === 'Batam,' && words[words.indexOf(w) + 1]?.text === '1')
  const nip = words.findIndex((w, i) => i > start && w.text === 'NIP.')
  expect(start).toBeGreaterThan(-1)
  expect(nip).toBeGreaterThan(start)
  const block = words.slice(start, nip + 1)
  return { pages: new Set(block.map((w) => w.page)), height: words[nip].yMax - words[start].yMin, firstPageOf: words[start].page, start }
}

describe.skipIf(!hasLibreOffice())('Rekap Disposisi and Rekap Permohonan in LibreOffice', () => {
  const laid: Record<'fits' | 'full' | 'permohonan', Laid> = {} as never

  beforeAll(async () => {
    const style = DEFAULT_STYLE
    const files = {
      fits: await rekapDisposisiDocx(rekapDisposisi(PEJABAT.slice(0, 4)), SAMPLE_KOP, style, 'Batam', '2026-12-01', KADIS),
      full: await rekapDisposisiDocx(rekapDisposisi(PEJABAT), SAMPLE_KOP, style, 'Batam', '2026-12-01', KADIS),
      permohonan: await rekapPermohonanDocx(REKAP_PERMOHONAN, SAMPLE_KOP, style, 'Batam', '2026-12-01', KADIS),
    }
    const names = Object.keys(files) as (keyof typeof files)[]
    // One soffice run for the three (starting LibreOffice is most of a conversion's time).
    const pdfs = await convertAllToPdf(names.map((n) => writeTemp(`rekap-${n}.docx`, files[n])))
    for (const [i, n] of names.entries()) {
      // Run by run: a line break inside a cell ("nama" / "jabatan") starts a new run.
      const runs = [...(await docxText(files[n])).xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1].replace(/&amp;/g, '&'))
      const tokens = runs.flatMap((r) => r.split(/\s+/)).filter(Boolean)
      laid[n] = { pages: await pdfPageCount(pdfs[i]), words: await pdfWords(pdfs[i]), known: new Set(tokens.flatMap((t) => [t, ...t.split(/(?<=-)/)])) }
    }
  }, 180_000) // LibreOffice on a loaded 2-core machine

  it('puts the signature block on page 1 when page 1 has room for it', () => {
    // Four officials and two units leave page 1 enough room for the date, "Mengetahui," and the Kepala Dinas's block.
    const s = signature(laid.fits.words)
    expect([...s.pages]).toEqual([1])
    expect(laid.fits.pages).toBe(1)
    expect([...signature(laid.permohonan.words).pages]).toEqual([1])
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
    for (const n of ['fits', 'full', 'permohonan'] as const) {
      const text = laid[n].words.filter((w) => w.yMin >= TEXT_TOP) // not the page number ("- 2 -") above it
      expect(text.map((w) => w.text).filter((w) => !laid[n].known.has(w))).toEqual([])
    }
  })
})
