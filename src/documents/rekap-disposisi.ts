// Rekap Disposisi per pejabat (issue 10, item 6): for a period, per official and per unit, the dispositions
// received, acted on in time, late, not yet due and the average working days to act; .docx and .xlsx.
import type { BarisRekapDisposisi, RekapDisposisi } from '../contract/statistik'
import { formatTanggal } from '../domain/dates'
import { blankLines, createDocument, dataTable, keptTogether, kopSurat, mengetahuiBlock, paragraph, title, toBuffer, withPrintReadyImages, type DocStyle, type Kop, type Paper, type Signer } from './kit'
import { angkaDesimal, tablesWorkbook, type SheetTable } from './xlsx-sheet'

const HEADERS = ['No', 'Nama / Jabatan', 'Diterima', 'Tepat Waktu', 'Terlambat', 'Belum Jatuh Tempo', 'Rata-rata Hari Kerja']
const UNIT_HEADERS = ['No', 'Unit Kerja', ...HEADERS.slice(2)]

/** How the figures were counted, printed under the tables so a reader can check them. */
export const CATATAN_REKAP_DISPOSISI = [
  'Tepat waktu: ditindaklanjuti (diteruskan, diproses atau diselesaikan) paling lambat pada batas waktunya.',
  'Batas waktu: yang ditulis pada disposisi; bila kosong, target sifat surat (Sangat Segera 1, Segera 2, Penting 3, Biasa 5 hari kerja).',
  'Terlambat: ditindaklanjuti sesudah batas waktu, atau masih terbuka sesudahnya. Hari kerja tanpa Sabtu, Minggu dan hari libur.',
]

const periode = (r: { dari: string; sampai: string }) => `Periode ${formatTanggal(r.dari)} s.d. ${formatTanggal(r.sampai)}`
const figures = (b: BarisRekapDisposisi) => [b.diterima, b.tepatWaktu, b.terlambat, b.berjalan]

function docRows(list: BarisRekapDisposisi[], withPost: boolean): string[][] {
  return list.map((b, i) => [String(i + 1), withPost && b.jabatan ? `${b.nama}\n${b.jabatan}` : b.nama, ...figures(b).map(String), angkaDesimal(b.rataRataHariKerja)])
}

/** What both tables of an empty period say, in the .docx and the .xlsx alike. */
export const KOSONG_DISPOSISI = 'Tidak ada disposisi pada periode ini.'

export async function rekapDisposisiDocx(r: RekapDisposisi, kop: Kop, style: DocStyle, tempat: string, tanggalCetak: string, mengetahui: Signer | null): Promise<Buffer> {
  // The figures' columns as wide as their longest header word in bold 10 pt ("Terlambat" 13%, "Rata-rata" 12%), the
  // rest to the names: a name and jabatan on fewer lines keep the page short enough for the signature.
  const widths = [5, 40, 11, 9, 13, 10, 12]
  const total = ['', 'Jumlah', ...figures(r.jumlah).map(String), angkaDesimal(r.jumlah.rataRataHariKerja)]
  const opts = { sizePt: 10, align: ['center', 'left', 'right', 'right', 'right', 'right', 'right'] as const, emptyText: KOSONG_DISPOSISI }
  const doc = createDocument(style, [
    {
      children: [
        ...kopSurat((await withPrintReadyImages({ kop })).kop),
        title('REKAP DISPOSISI PER PEJABAT', { spacingAfterPt: 0 }),
        paragraph(periode(r), { align: 'center', spacingAfterPt: 8 }),
        paragraph('A. Per Pejabat', { bold: true, spacingAfterPt: 4, keepNext: true }),
        dataTable(HEADERS, r.perPejabat.length ? [...docRows(r.perPejabat, true), total] : [], widths, { ...opts, align: [...opts.align] }),
        ...blankLines(1),
        paragraph('B. Per Unit Kerja', { bold: true, spacingAfterPt: 4, keepNext: true }),
        dataTable(UNIT_HEADERS, r.perUnit.length ? [...docRows(r.perUnit, false), total] : [], widths, { ...opts, align: [...opts.align] }),
        ...blankLines(1),
        // No blank line before the signature: its height alone can push the kept-together block to page 2.
        ...CATATAN_REKAP_DISPOSISI.map((c, i, all) => paragraph(c, { sizePt: 9, spacingAfterPt: i === all.length - 1 ? 8 : undefined })),
        keptTogether([paragraph(`${tempat}, ${formatTanggal(tanggalCetak)}`, { align: 'center' }), ...(mengetahui ? mengetahuiBlock(mengetahui) : [])]),
      ],
    },
  ])
  return toBuffer(doc)
}

/** No: as wide as its widest number. Figures: their widest word (counted by `tablesWorkbook`) and a little air. */
const NO = { min: 0, weight: 0 }
const FIGURE = { min: 0, weight: 1 }

/**
 * Rekap Disposisi as a workbook on `page.paper`: sheet "Per Pejabat" (landscape: a name and a post such as "Kepala
 * Bidang Penyelenggaraan E-Government" each keep one line) and sheet "Per Unit Kerja" (portrait), each with the
 * title, the period and the notes.
 */
export async function rekapDisposisiXlsx(r: RekapDisposisi, namaKantor: string, page: { paper: Paper }): Promise<Buffer> {
  const titles = [`REKAP DISPOSISI PER PEJABAT — ${namaKantor}`, periode(r)]
  const row = (b: BarisRekapDisposisi, i: number, withPost: boolean) => [i + 1, b.nama, ...(withPost ? [b.jabatan] : []), ...figures(b), b.rataRataHariKerja]
  const total = (withPost: boolean) => ['', 'Jumlah', ...(withPost ? [''] : []), ...figures(r.jumlah), r.jumlah.rataRataHariKerja]
  const tables: SheetTable[] = [
    {
      name: 'Per Pejabat', titles, headers: ['No', 'Nama', 'Jabatan', ...HEADERS.slice(2)], orientation: 'landscape', notes: CATATAN_REKAP_DISPOSISI,
      columns: [NO, { min: 20, weight: 30 }, { min: 20, weight: 34 }, ...Array(5).fill(FIGURE)],
      rows: r.perPejabat.map((b, i) => row(b, i, true)), total: total(true), emptyText: KOSONG_DISPOSISI,
    },
    {
      name: 'Per Unit Kerja', titles, headers: UNIT_HEADERS, orientation: 'portrait', notes: CATATAN_REKAP_DISPOSISI,
      columns: [NO, { min: 20, weight: 4 }, ...Array(5).fill(FIGURE)],
      rows: r.perUnit.map((b, i) => row(b, i, false)), total: total(false), emptyText: KOSONG_DISPOSISI,
    },
  ]
  return tablesWorkbook(tables, page)
}
