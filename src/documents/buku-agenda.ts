// Buku Agenda Surat Masuk for a period (DOMAIN.md section 3): a landscape .docx register and an .xlsx workbook.
import { formatTanggal } from '../domain/dates'
import { formatNomorAgenda } from '../domain/letters'
import { PrintedSheet, printedWorkbook, printedWorkbookBytes, SHEET_PT } from './kit/printed-sheet'
import { fittedColumnWidths, type SheetColumn } from './kit/sheet-layout'
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

/** Cell text size of the workbook (the shared printed-sheet size). */
export const XLSX_PT = SHEET_PT
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
const HEADER_ROW = 4

/**
 * The register as a workbook that prints as a document (see `PrintedSheet`): paper (A4/F4) and orientation
 * (Identitas Kantor > Orientasi Buku Agenda) from the settings, columns sized to the page width so the text prints
 * at 10 pt, wrapped text in rows whose height is set to hold it, filter on the header.
 */
export async function bukuAgendaXlsx(book: AgendaBook, namaKantor: string, page: { paper: Paper; orientation: Orientation }): Promise<Buffer> {
  const wb = printedWorkbook()
  const sheet = new PrintedSheet(wb, 'Buku Agenda', fittedColumnWidths(XLSX_COLUMNS, page.paper, page.orientation), HEADER_ROW, page)
  sheet.banner(`BUKU AGENDA SURAT MASUK — ${namaKantor}`, { bold: true, size: 12 })
  sheet.banner(periodText(book))
  sheet.header(AGENDA_HEADERS)
  for (const r of book.rows) {
    const shown = [formatNomorAgenda(r.tahun, r.nomorAgenda), '00/00/0000', r.nomorSurat, '00/00/0000', r.asalSurat, halText(r), sifatText(r), r.diteruskanKepada, r.keterangan]
    sheet.row([shown[0], asDate(r.tanggalDiterima), shown[2], asDate(r.tanggalSurat), ...shown.slice(4)], {
      shown, align: ['center'], numFmt: { 1: SHEET_DATE, 3: SHEET_DATE },
    })
  }
  sheet.banner(jumlahSurat(book.rows), {}, 'left')
  sheet.ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: AGENDA_HEADERS.length } }
  return printedWorkbookBytes(wb)
}
