// Buku Agenda Surat Masuk for a period (DOMAIN.md section 3): a landscape .docx register and an .xlsx workbook.
import ExcelJS from 'exceljs'
import { formatTanggal } from '../domain/dates'
import { formatNomorAgenda } from '../domain/letters'
import { fittedColumnWidths, rowHeightPt, SHEET_MARGIN_IN, withDefaultFont, type SheetColumn } from './kit/sheet-layout'
import { blankLines, createDocument, dataTable, keptTogether, kopSurat, mengetahuiBlock, paragraph, title, toBuffer, withPrintReadyImages, type DocStyle, type Kop, type Orientation, type Paper, type Signer } from './kit'

export interface AgendaRow {
  tahun: number
  nomorAgenda: number
  tanggalDiterima: string
  nomorSurat: string
  tanggalSurat: string
  asalSurat: string
  hal: string
  isiRingkas: string
  sifat: string
  rahasia: boolean
  /** Voided (dibatalkan): it keeps its Nomor Agenda and its line, and is counted apart in the total. */
  dibatalkan: boolean
  diteruskanKepada: string
  keterangan: string
}

export interface AgendaBook {
  dari: string
  sampai: string
  rows: AgendaRow[]
}

export const AGENDA_HEADERS = ['No. Agenda', 'Tgl. Diterima', 'Nomor Surat', 'Tgl. Surat', 'Asal Surat', 'Hal / Isi Ringkas', 'Sifat', 'Diteruskan kepada', 'Keterangan']

const periodText = (b: AgendaBook) => `Periode ${formatTanggal(b.dari)} s.d. ${formatTanggal(b.sampai)}`
const halText = (r: AgendaRow) => (r.isiRingkas && r.isiRingkas !== r.hal ? `${r.hal}\n${r.isiRingkas}` : r.hal)
/** "Jumlah surat: 12, 1 di antaranya dibatalkan." so the total does not pass a voided letter off as a live one. */
export function jumlahSurat(rows: readonly AgendaRow[]): string {
  const batal = rows.filter((r) => r.dibatalkan).length
  return `Jumlah surat: ${rows.length}${batal ? `, ${batal} di antaranya dibatalkan` : ''}.`
}
const sifatText = (r: AgendaRow) => (r.rahasia ? `${r.sifat}, Rahasia` : r.sifat)

export async function bukuAgendaDocx(book: AgendaBook, kop: Kop, style: DocStyle, tempat: string, tanggalCetak: string, mengetahui: Signer | null): Promise<Buffer> {
  const rows = book.rows.map((r) => [
    formatNomorAgenda(r.tahun, r.nomorAgenda), formatTanggal(r.tanggalDiterima), r.nomorSurat, formatTanggal(r.tanggalSurat), r.asalSurat,
    halText(r), sifatText(r), r.diteruskanKepada, r.keterangan,
  ])
  const doc = createDocument(style, [
    {
      orientation: 'landscape',
      children: [
        ...kopSurat((await withPrintReadyImages({ kop })).kop),
        title('BUKU AGENDA SURAT MASUK', { spacingAfterPt: 0 }),
        paragraph(periodText(book), { align: 'center', spacingAfterPt: 8 }),
        // Widths in percent: a usual Nomor Surat, "Keterangan" and "Penyelenggaraan" each fit on one line.
        dataTable(AGENDA_HEADERS, rows, [8, 9, 17, 9, 10, 16, 7, 14, 10], { sizePt: 9, align: ['center'], emptyText: 'Tidak ada surat masuk pada periode ini.' }),
        ...blankLines(1),
        // The total, the date and the signature move to a new page together.
        keptTogether([
          paragraph(jumlahSurat(book.rows), { sizePt: 10 }),
          ...blankLines(1),
          paragraph(`${tempat}, ${formatTanggal(tanggalCetak)}`, { align: 'center' }),
          ...(mengetahui ? mengetahuiBlock(mengetahui) : []),
        ]),
      ],
    },
  ])
  return toBuffer(doc)
}

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`)
const SHEET_DATE = 'dd/mm/yyyy'

/** Excel's paper codes: 9 is A4, 14 is Folio (8.5 x 13 in, 216 x 330 mm), the nearest to F4 (215 x 330 mm). */
const EXCEL_PAPER: Record<Paper, number> = { A4: 9, F4: 14 }
/**
 * Cell text size. The columns are sized to the paper's printable width at 100 %, so "fit to width" leaves it at
 * 10 pt (the target is >= 9 pt); Arial because its widths are known, so the row heights below are right.
 */
export const XLSX_PT = 10
const XLSX_FONT = 'Arial'
/**
 * Dates and No. Agenda never wrap; the texts share the rest by weight, so on a landscape page a usual Nomor Surat
 * ("500.12/700/DISDIK/2026") stays on one line. The minimums add up to what an A4 portrait page holds at 10 pt.
 */
const XLSX_COLUMNS: readonly SheetColumn[] = [
  { min: 10, weight: 0 },
  { min: 10.5, weight: 0 },
  { min: 14, weight: 17 },
  { min: 10.5, weight: 0 },
  { min: 9, weight: 15 },
  { min: 12, weight: 34 },
  { min: 6.5, weight: 2 },
  { min: 9, weight: 12 },
  { min: 8, weight: 8 },
]
const THIN = { style: 'thin' } as const
const BOX = { top: THIN, bottom: THIN, left: THIN, right: THIN }
const HEADER_ROW = 4

/**
 * The register as a workbook that prints as a document: paper (A4/F4) and orientation (Identitas Kantor >
 * Orientasi Buku Agenda) from the settings, columns sized to the page width so the text prints at 10 pt, fitted to
 * the width (never to one page high: long periods take as many pages as they need), the header row repeated on every
 * page, thin borders, wrapped text in rows whose height is set to hold it (see `rowHeightPt`).
 */
export async function bukuAgendaXlsx(book: AgendaBook, namaKantor: string, page: { paper: Paper; orientation: Orientation }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Sidara'
  wb.created = new Date()
  const widths = fittedColumnWidths(XLSX_COLUMNS, page.paper, page.orientation)
  const ws = wb.addWorksheet('Buku Agenda', {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: {
      paperSize: EXCEL_PAPER[page.paper] as ExcelJS.PaperSize,
      orientation: page.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { ...SHEET_MARGIN_IN },
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
    // Page numbers as in the documents (Tata Naskah Dinas): "- 2 -" at the top from page 2, none on page 1.
    headerFooter: { differentFirst: true, firstHeader: '', oddHeader: '&C- &P -' },
  })
  ws.columns = widths.map((width) => ({ width }))
  const last = String.fromCharCode(64 + AGENDA_HEADERS.length)
  const banner = (rowNo: number, text: string, font: Partial<ExcelJS.Font>) => {
    ws.mergeCells(`A${rowNo}:${last}${rowNo}`)
    const cell = ws.getCell(`A${rowNo}`)
    cell.value = text
    cell.font = { name: XLSX_FONT, ...font }
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    ws.getRow(rowNo).height = rowHeightPt([text], [widths.reduce((a, b) => a + b, 0)], font.size ?? XLSX_PT, !!font.bold)
  }
  banner(1, `BUKU AGENDA SURAT MASUK — ${namaKantor}`, { bold: true, size: 12 })
  banner(2, periodText(book), { size: XLSX_PT })
  const header = ws.getRow(HEADER_ROW)
  header.values = AGENDA_HEADERS
  header.height = rowHeightPt(AGENDA_HEADERS, widths, XLSX_PT, true)
  header.eachCell((c) => {
    c.font = { name: XLSX_FONT, bold: true, size: XLSX_PT }
    c.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } }
    c.border = BOX
  })
  for (const r of book.rows) {
    const shown = [formatNomorAgenda(r.tahun, r.nomorAgenda), '00/00/0000', r.nomorSurat, '00/00/0000', r.asalSurat, halText(r), sifatText(r), r.diteruskanKepada, r.keterangan]
    const row = ws.addRow([shown[0], asDate(r.tanggalDiterima), shown[2], asDate(r.tanggalSurat), ...shown.slice(4)])
    row.height = rowHeightPt(shown, widths, XLSX_PT)
    for (let c = 1; c <= AGENDA_HEADERS.length; c++) {
      const cell = row.getCell(c)
      cell.font = { name: XLSX_FONT, size: XLSX_PT }
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: c === 1 ? 'center' : 'left' }
      cell.border = BOX
      if (c === 2 || c === 4) cell.numFmt = SHEET_DATE
    }
  }
  const total = ws.addRow([jumlahSurat(book.rows)])
  total.getCell(1).font = { name: XLSX_FONT, size: XLSX_PT }
  ws.mergeCells(`A${total.number}:${last}${total.number}`)
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: AGENDA_HEADERS.length } }
  return withDefaultFont(Buffer.from(await wb.xlsx.writeBuffer()), XLSX_FONT, XLSX_PT)
}
