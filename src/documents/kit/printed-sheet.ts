// A worksheet that prints as a document (the Buku Agenda and the rekap workbooks share it): paper and orientation,
// fitted to the page width (never to one page high), the header row repeated on every page, page numbers as in the
// .docx, Arial on every cell written and as the workbook default, thin borders, and every row as tall as its wrapped
// text. LibreOffice neither grows rows nor clips merged titles sensibly on its own (see sheet-layout.ts).
import ExcelJS from 'exceljs'
import type { Orientation, Paper } from './page'
import { COLUMN_PADDING_PX, PX_PER_UNIT, rowHeightPt, SHEET_MARGIN_IN, withDefaultFont } from './sheet-layout'

/** Excel's paper codes: 9 is A4, 14 is Folio (8.5 x 13 in, 216 x 330 mm), the nearest to F4 (215 x 330 mm). */
export const EXCEL_PAPER: Readonly<Record<Paper, number>> = { A4: 9, F4: 14 }
/** The font of every cell: Arial, whose widths sheet-layout.ts knows, so the computed row heights are right. */
export const SHEET_FONT = 'Arial'
/** Cell text size in points; the columns are sized so "fit to width" keeps it (the target is >= 9 pt). */
export const SHEET_PT = 10

const THIN = { style: 'thin' } as const
const BOX = { top: THIN, bottom: THIN, left: THIN, right: THIN }
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } } as const

/** A cell as written: numbers stay numbers (Excel sums them), dates stay dates; null prints empty. */
export type SheetValue = string | number | Date | null
export type SheetAlign = 'left' | 'center' | 'right'

/** How one table row is written. */
export interface SheetRowOptions {
  bold?: boolean
  /** The text each cell prints (for a date, its formatted shape), when it differs from the value; sizes the row. */
  shown?: readonly string[]
  /** Horizontal alignment per column; by default numbers right, the rest left. */
  align?: readonly (SheetAlign | undefined)[]
  /** Number formats by column index (0-based), e.g. dates as "dd/mm/yyyy". */
  numFmt?: Readonly<Record<number, string>>
}

/**
 * One worksheet laid out for printing. Rows above `headerRow` are title lines (`banner`); the header row is repeated
 * on every printed page and frozen on screen; table rows and notes follow it. `widths` are in Excel units (see
 * `fittedColumnWidths`), one per table column; merged lines span them all.
 */
export class PrintedSheet {
  readonly ws: ExcelJS.Worksheet
  private readonly last: string

  constructor(
    wb: ExcelJS.Workbook,
    name: string,
    readonly widths: readonly number[],
    readonly headerRow: number,
    page: { paper: Paper; orientation: Orientation },
  ) {
    this.ws = wb.addWorksheet(name.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: headerRow }],
      pageSetup: {
        paperSize: EXCEL_PAPER[page.paper] as ExcelJS.PaperSize,
        orientation: page.orientation,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        horizontalCentered: true,
        margins: { ...SHEET_MARGIN_IN },
        printTitlesRow: `${headerRow}:${headerRow}`,
      },
      // Page numbers as in the documents (Tata Naskah Dinas): "- 2 -" at the top from page 2, none on page 1.
      headerFooter: { differentFirst: true, firstHeader: '', oddHeader: '&C- &P -' },
    })
    this.ws.columns = widths.map((width) => ({ width }))
    this.last = String.fromCharCode(64 + widths.length)
  }

  /**
   * A line merged across the table's width: a title (centred) above the header or a note (left) under the table.
   * It wraps inside the merge, and the row is as tall as the wrapped text, so a long title is never cut at its ends.
   */
  banner(text: string, font: { size?: number; bold?: boolean; italic?: boolean } = {}, horizontal: 'center' | 'left' = 'center'): ExcelJS.Row {
    const row = this.ws.addRow([text])
    this.ws.mergeCells(`A${row.number}:${this.last}${row.number}`)
    const cell = row.getCell(1)
    const size = font.size ?? SHEET_PT
    cell.font = { name: SHEET_FONT, ...font, size }
    cell.alignment = { horizontal, vertical: 'middle', wrapText: true }
    // The merge is as wide as its columns together, each one's padding included.
    const mergedUnits = this.widths.reduce((a, b) => a + b, 0) + ((this.widths.length - 1) * COLUMN_PADDING_PX) / PX_PER_UNIT
    row.height = rowHeightPt([text], [mergedUnits], size, !!font.bold)
    return row
  }

  /**
   * The one row of a table without rows, saying so ("Tidak ada ... pada periode ini."): bordered and merged across the
   * table, as the documents' tables say it (an empty table with only its Jumlah row reads like a mistake on paper).
   */
  emptyRow(text: string): ExcelJS.Row {
    const row = this.banner(text)
    // A merge shows the borders of every cell it covers: each gets the table's box.
    for (let c = 1; c <= this.widths.length; c++) row.getCell(c).border = BOX
    return row
  }

  /** The table's header row (bold, grey, centred, wrapped). */
  header(headers: readonly string[]): ExcelJS.Row {
    const row = this.ws.getRow(this.headerRow)
    row.values = [...headers]
    row.height = rowHeightPt(headers, this.widths, SHEET_PT, true)
    row.eachCell((c) => {
      c.font = { name: SHEET_FONT, bold: true, size: SHEET_PT }
      c.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
      c.fill = HEADER_FILL
      c.border = BOX
    })
    return row
  }

  /** A bordered table row under the header, top-aligned and wrapped, as tall as its tallest cell's text. */
  row(values: readonly SheetValue[], options: SheetRowOptions = {}): ExcelJS.Row {
    const row = this.ws.addRow(values.map((v) => v ?? ''))
    const shown = options.shown ?? values.map((v) => (v === null ? '' : String(v)))
    row.height = rowHeightPt(shown, this.widths, SHEET_PT, !!options.bold)
    for (let c = 1; c <= this.widths.length; c++) {
      const cell = row.getCell(c)
      cell.font = { name: SHEET_FONT, size: SHEET_PT, bold: !!options.bold }
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: options.align?.[c - 1] ?? (typeof values[c - 1] === 'number' ? 'right' : 'left') }
      cell.border = BOX
      const format = options.numFmt?.[c - 1]
      if (format) cell.numFmt = format
    }
    return row
  }
}

/** A new workbook signed as Sidara's. */
export function printedWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Sidara'
  wb.created = new Date()
  return wb
}

/** The workbook's bytes, with Arial 10 as its default font (column widths are counted in that font's digits). */
export async function printedWorkbookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return withDefaultFont(Buffer.from(await wb.xlsx.writeBuffer()), SHEET_FONT, SHEET_PT)
}
