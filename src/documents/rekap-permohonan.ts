// Rekap Permohonan (issue 10, item 6): for a period, the cases per OPD by outcome and the working days per SOP step
// against the standard (1 hari kerja per step in SOP 07); .docx and .xlsx.
import type { RekapPermohonan } from '../contract/statistik'
import { formatTanggal } from '../domain/dates'
import { blankLines, createDocument, dataTable, keptTogether, kopSurat, mengetahuiBlock, paragraph, title, toBuffer, withPrintReadyImages, type DocStyle, type Kop, type Paper, type Signer } from './kit'
import { angkaDesimal, tablesWorkbook } from './xlsx-sheet'

const OPD_HEADERS = ['No', 'OPD Pemohon', 'Permohonan', 'Selesai', 'Ditolak', 'Berjalan', 'Rata-rata Hari Kerja (dibuka s.d. ditutup)']
const STEP_HEADERS = ['Langkah', 'Standar (hari kerja)', 'Selesai dalam periode', 'Rata-rata Hari Kerja', 'Melebihi Standar', 'Berjalan sekarang', 'Terlambat sekarang']

export const CATATAN_REKAP_PERMOHONAN = [
  'Per OPD: permohonan yang dibuka dalam periode, menurut hasilnya sampai hari cetak.',
  'Per langkah: langkah yang diselesaikan dalam periode (hari kerja dari mulai sampai selesai langkah) dibanding standar SOP, dan permohonan yang sekarang berada pada langkah itu.',
]

const periode = (r: { dari: string; sampai: string }) => `Periode ${formatTanggal(r.dari)} s.d. ${formatTanggal(r.sampai)}`
const opdFigures = (r: RekapPermohonan['perOpd'][number]) => [r.jumlah, r.selesai, r.ditolak, r.berjalan]
const stepFigures = (s: RekapPermohonan['perLangkah'][number]) => [s.standarHariKerja, s.selesai]
const stepLate = (s: RekapPermohonan['perLangkah'][number]) => [s.melebihiStandar, s.berjalan, s.terlambat]
const sum = (rows: RekapPermohonan['perOpd'], i: number) => rows.reduce((a, r) => a + opdFigures(r)[i], 0)

/** What each table of an empty period says, in the .docx and the .xlsx alike. */
export const KOSONG_PERMOHONAN = 'Tidak ada permohonan yang dibuka pada periode ini.'
export const KOSONG_LANGKAH = 'Tidak ada langkah yang selesai atau berjalan pada periode ini.'

export async function rekapPermohonanDocx(r: RekapPermohonan, kop: Kop, style: DocStyle, tempat: string, tanggalCetak: string, mengetahui: Signer | null): Promise<Buffer> {
  const opdRows = r.perOpd.map((o, i) => [String(i + 1), o.pemohon, ...opdFigures(o).map(String), angkaDesimal(o.rataRataHariKerja)])
  const total = ['', 'Jumlah', ...[0, 1, 2, 3].map((i) => String(sum(r.perOpd, i))), '']
  const stepRows = r.perLangkah.map((s) => [`${s.no}. ${s.nama}`, ...stepFigures(s).map(String), angkaDesimal(s.rataRataHariKerja), ...stepLate(s).map(String)])
  const right = (n: number) => Array<'right'>(n).fill('right')
  const doc = createDocument(style, [
    {
      children: [
        ...kopSurat((await withPrintReadyImages({ kop })).kop),
        title('REKAP PERMOHONAN PENARIKAN SERVER', { spacingAfterPt: 0 }),
        paragraph(periode(r), { align: 'center', spacingAfterPt: 8 }),
        paragraph('A. Per OPD Pemohon', { bold: true, spacingAfterPt: 4, keepNext: true }),
        // "Permohonan" in bold 10 pt needs 16% of a portrait A4 line; at 15% LibreOffice split it ("Permohona/n").
        dataTable(OPD_HEADERS, opdRows.length ? [...opdRows, total] : [], [5, 29, 16, 10, 10, 12, 18], {
          sizePt: 10, align: ['center', 'left', ...right(5)], emptyText: KOSONG_PERMOHONAN,
        }),
        ...blankLines(1),
        paragraph('B. Waktu per Langkah SOP', { bold: true, spacingAfterPt: 4, keepNext: true }),
        // Each column as wide as its longest header word in bold 10 pt ("Rata-rata" 12%, "Terlambat" 13%), plus room.
        dataTable(STEP_HEADERS, stepRows, [28, 11, 11, 13, 12, 12, 13], {
          sizePt: 10, align: ['left', ...right(6)], emptyText: KOSONG_LANGKAH,
        }),
        ...blankLines(1),
        // No blank line before the signature: its height alone can push the kept-together block to page 2.
        ...CATATAN_REKAP_PERMOHONAN.map((c, i, all) => paragraph(c, { sizePt: 9, spacingAfterPt: i === all.length - 1 ? 8 : undefined })),
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
 * Rekap Permohonan as a workbook on `page.paper` (portrait: both tables sit side by side at 10 pt): sheet "Per OPD"
 * and sheet "Per Langkah", each with the title, the period and the notes.
 */
export async function rekapPermohonanXlsx(r: RekapPermohonan, namaKantor: string, page: { paper: Paper }): Promise<Buffer> {
  const titles = [`REKAP PERMOHONAN PENARIKAN SERVER — ${namaKantor}`, periode(r)]
  return tablesWorkbook(
    [
      {
        name: 'Per OPD', titles, headers: OPD_HEADERS, orientation: 'portrait', notes: CATATAN_REKAP_PERMOHONAN,
        columns: [NO, { min: 20, weight: 6 }, FIGURE, FIGURE, FIGURE, FIGURE, { min: 12, weight: 1 }],
        rows: r.perOpd.map((o, i) => [i + 1, o.pemohon, ...opdFigures(o), o.rataRataHariKerja]),
        total: ['', 'Jumlah', ...[0, 1, 2, 3].map((i) => sum(r.perOpd, i)), null], emptyText: KOSONG_PERMOHONAN,
      },
      {
        name: 'Per Langkah', titles, headers: ['No', ...STEP_HEADERS], orientation: 'portrait', notes: CATATAN_REKAP_PERMOHONAN,
        columns: [NO, { min: 20, weight: 4 }, ...Array(6).fill(FIGURE)],
        rows: r.perLangkah.map((s) => [s.no, s.nama, ...stepFigures(s), s.rataRataHariKerja, ...stepLate(s)]), emptyText: KOSONG_LANGKAH,
      },
    ],
    page,
  )
}
