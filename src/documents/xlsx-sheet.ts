// A worksheet that prints as a document: title rows, a bordered table with its header repeated on every page,
// paper from the settings, fitted to the page width. Shared by the leaders' rekap workbooks.
import ExcelJS from 'exceljs'
import type { Orientation, Paper } from './kit'

/** Excel's paper codes: 9 is A4, 14 is Folio (8.5 x 13 in, 216 x 330 mm), the nearest to F4. */
export const EXCEL_PAPER: Record<Paper, number> = { A4: 9, F4: 14 }
const THIN = { style: 'thin' } as const
const BOX = { top: THIN, bottom: THIN, left: THIN, right: THIN }
const PT = 10

/** One table of a workbook: its own sheet. Numbers stay numbers (Excel sums them); null prints empty. */
export interface SheetTable {
  /** Sheet tab name (31 characters at most, Excel's limit). */
  name: string
  /** Title lines above the table, the first bold. */
  titles: string[]
  headers: string[]
  /** Column widths in Excel units (about one digit each). */
  widths: number[]
  rows: (string | number | null)[][]
  /** A bold last row (e.g. Jumlah), when given. */
  total?: (string | number | null)[]
  /** Lines under the table (how the figures were counted). */
  notes?: string[]
}

/** Builds a workbook of one sheet per table, each fitted to the page width with its header row repeated. */
export async function tablesWorkbook(tables: SheetTable[], page: { paper: Paper; orientation?: Orientation }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Sidara'
  wb.created = new Date()
  for (const t of tables) {
    const headerRow = t.titles.length + 2
    const ws = wb.addWorksheet(t.name.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: headerRow }],
      pageSetup: {
        paperSize: EXCEL_PAPER[page.paper] as ExcelJS.PaperSize,
        orientation: page.orientation ?? 'portrait',
        fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true,
        margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
        printTitlesRow: `${headerRow}:${headerRow}`,
      },
      headerFooter: { oddFooter: '&C- &P -' },
    })
    const last = String.fromCharCode(64 + t.headers.length)
    t.titles.forEach((text, i) => {
      ws.mergeCells(`A${i + 1}:${last}${i + 1}`)
      const c = ws.getCell(`A${i + 1}`)
      c.value = text
      c.font = { bold: i === 0, size: i === 0 ? 13 : PT + 1 }
      c.alignment = { horizontal: 'center' }
    })
    const header = ws.getRow(headerRow)
    header.values = t.headers
    header.eachCell((c) => {
      c.font = { bold: true, size: PT }
      c.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } }
      c.border = BOX
    })
    t.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w))
    const put = (values: (string | number | null)[], bold: boolean) => {
      const row = ws.addRow(values.map((v) => v ?? ''))
      for (let c = 1; c <= t.headers.length; c++) {
        const cell = row.getCell(c)
        cell.font = { size: PT, bold }
        cell.alignment = { vertical: 'top', wrapText: true, horizontal: typeof values[c - 1] === 'number' ? 'right' : 'left' }
        cell.border = BOX
      }
    }
    for (const r of t.rows) put(r, false)
    if (t.total) put(t.total, true)
    for (const note of t.notes ?? []) {
      const row = ws.addRow([note])
      ws.mergeCells(`A${row.number}:${last}${row.number}`)
      row.getCell(1).font = { size: PT - 1, italic: true }
      row.getCell(1).alignment = { wrapText: true }
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/** "1,5" (Indonesian decimal comma) or "-" for no value. */
export function angkaDesimal(value: number | null): string {
  return value === null ? '-' : value.toLocaleString('id-ID', { maximumFractionDigits: 1 })
}
