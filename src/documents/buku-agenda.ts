// Buku Agenda Surat Masuk for a period (DOMAIN.md section 3): a landscape .docx register and an .xlsx workbook.
import ExcelJS from 'exceljs'
import { formatTanggal } from '../domain/dates'
import { formatNomorAgenda } from '../domain/letters'
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
        dataTable(AGENDA_HEADERS, rows.length ? rows : [['', '', 'Tidak ada surat masuk pada periode ini.', '', '', '', '', '', '']], [8, 9, 17, 9, 12, 19, 7, 11, 8], { sizePt: 9, align: ['center'] }),
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

/** Excel's paper codes: 9 is A4, 14 is Folio (8.5 x 13 in, 216 x 330 mm), the nearest to F4. */
const EXCEL_PAPER: Record<Paper, number> = { A4: 9, F4: 14 }
/** Cell text size; with the column widths below the sheet fits the paper's width at 90 % or more, so >= 9 pt. */
const XLSX_PT = 10
/** Column widths in Excel units (about one digit each): 150 in all fit an A4 landscape page at about 93 %. */
const XLSX_WIDTHS = [9, 11, 20, 11, 20, 36, 11, 18, 14]
const THIN = { style: 'thin' } as const
const BOX = { top: THIN, bottom: THIN, left: THIN, right: THIN }
const HEADER_ROW = 4

/**
 * The register as a workbook that prints as a document: paper and orientation from the settings, fitted to the
 * page width (never to one page high: long periods take as many pages as they need), the header row repeated on
 * every page, thin borders, and rows that wrap and grow instead of cutting text.
 */
export async function bukuAgendaXlsx(book: AgendaBook, namaKantor: string, page: { paper: Paper; orientation?: Orientation }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Sidara'
  wb.created = new Date()
  const ws = wb.addWorksheet('Buku Agenda', {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: {
      paperSize: EXCEL_PAPER[page.paper] as ExcelJS.PaperSize,
      orientation: page.orientation ?? 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
    headerFooter: { oddFooter: '&C- &P -' },
  })
  const last = String.fromCharCode(64 + AGENDA_HEADERS.length)
  ws.mergeCells(`A1:${last}1`)
  ws.getCell('A1').value = `BUKU AGENDA SURAT MASUK — ${namaKantor}`
  ws.getCell('A1').font = { bold: true, size: 13 }
  ws.getCell('A1').alignment = { horizontal: 'center' }
  ws.mergeCells(`A2:${last}2`)
  ws.getCell('A2').value = periodText(book)
  ws.getCell('A2').alignment = { horizontal: 'center' }
  const header = ws.getRow(HEADER_ROW)
  header.values = AGENDA_HEADERS
  header.eachCell((c) => {
    c.font = { bold: true, size: XLSX_PT }
    c.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } }
    c.border = BOX
  })
  XLSX_WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w))
  for (const r of book.rows) {
    const row = ws.addRow([
      formatNomorAgenda(r.tahun, r.nomorAgenda), asDate(r.tanggalDiterima), r.nomorSurat, asDate(r.tanggalSurat), r.asalSurat,
      halText(r), sifatText(r), r.diteruskanKepada, r.keterangan,
    ])
    // No fixed height: Excel and LibreOffice grow each row to its wrapped text.
    for (let c = 1; c <= AGENDA_HEADERS.length; c++) {
      const cell = row.getCell(c)
      cell.font = { size: XLSX_PT }
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: c === 1 ? 'center' : 'left' }
      cell.border = BOX
    }
  }
  for (const col of [2, 4]) ws.getColumn(col).numFmt = 'dd/mm/yyyy'
  const total = ws.addRow([jumlahSurat(book.rows)])
  total.getCell(1).font = { size: XLSX_PT }
  ws.mergeCells(`A${total.number}:${last}${total.number}`)
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: AGENDA_HEADERS.length } }
  return Buffer.from(await wb.xlsx.writeBuffer())
}
