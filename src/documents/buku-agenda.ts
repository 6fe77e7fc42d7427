// Buku Agenda Surat Masuk for a period (DOMAIN.md section 3): a landscape .docx register and an .xlsx workbook.
import ExcelJS from 'exceljs'
import { formatTanggal } from '../domain/dates'
import { formatNomorAgenda } from '../domain/letters'
import { blankLines, createDocument, dataTable, kopSurat, mengetahuiBlock, paragraph, title, toBuffer, withPrintReadyImages, type DocStyle, type Kop, type Signer } from './kit'

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
        dataTable(AGENDA_HEADERS, rows.length ? rows : [['', '', 'Tidak ada surat masuk pada periode ini.', '', '', '', '', '', '']], [8, 9, 13, 9, 13, 20, 7, 12, 9], { sizePt: 9, align: ['center'] }),
        ...blankLines(1),
        paragraph(`Jumlah surat: ${book.rows.length}`, { sizePt: 10 }),
        ...blankLines(1),
        paragraph(`${tempat}, ${formatTanggal(tanggalCetak)}`, { align: 'center', keepNext: true }),
        ...(mengetahui ? mengetahuiBlock(mengetahui) : []),
      ],
    },
  ])
  return toBuffer(doc)
}

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`)

export async function bukuAgendaXlsx(book: AgendaBook, namaKantor: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Sidara'
  wb.created = new Date()
  const ws = wb.addWorksheet('Buku Agenda', { views: [{ state: 'frozen', ySplit: 4 }], pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } })
  ws.mergeCells('A1:I1')
  ws.getCell('A1').value = `BUKU AGENDA SURAT MASUK — ${namaKantor}`
  ws.getCell('A1').font = { bold: true, size: 13 }
  ws.mergeCells('A2:I2')
  ws.getCell('A2').value = periodText(book)
  const header = ws.getRow(4)
  header.values = AGENDA_HEADERS
  header.font = { bold: true }
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
  header.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } }
    c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } }
  })
  const widths = [12, 14, 28, 14, 30, 50, 14, 30, 24]
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w))
  for (const r of book.rows) {
    const row = ws.addRow([
      formatNomorAgenda(r.tahun, r.nomorAgenda), asDate(r.tanggalDiterima), r.nomorSurat, asDate(r.tanggalSurat), r.asalSurat,
      halText(r), sifatText(r), r.diteruskanKepada, r.keterangan,
    ])
    row.alignment = { vertical: 'top', wrapText: true }
  }
  for (const col of [2, 4]) ws.getColumn(col).numFmt = 'dd/mm/yyyy'
  ws.autoFilter = { from: { row: 4, column: 1 }, to: { row: 4, column: AGENDA_HEADERS.length } }
  return Buffer.from(await wb.xlsx.writeBuffer())
}
