// The leaders' rekap workbooks: one printed sheet per table (see kit/printed-sheet.ts), title lines above a bordered
// table and the notes on how the figures were counted under it.
import type { Orientation, Paper } from './kit'
import { PrintedSheet, printedWorkbook, printedWorkbookBytes, SHEET_PT, type SheetAlign, type SheetValue } from './kit/printed-sheet'
import { arialWidthPt, columnUnitsFor, fittedColumnWidths, type SheetColumn } from './kit/sheet-layout'

/** One table of a workbook: its own sheet. Numbers stay numbers (Excel sums them); null prints empty. */
export interface SheetTable {
  /** Sheet tab name (31 characters at most, Excel's limit). */
  name: string
  /** Title lines above the table, the first bold. */
  titles: string[]
  headers: string[]
  /**
   * Column needs in Excel units (see `fittedColumnWidths`); a column is never narrower than its widest word, so no
   * header word or name breaks inside itself.
   */
  columns: SheetColumn[]
  /** Landscape for a table whose columns do not sit side by side on a portrait page at 10 pt. */
  orientation: Orientation
  rows: SheetValue[][]
  /** A bold last row (e.g. Jumlah), when given. */
  total?: SheetValue[]
  /** Lines under the table (how the figures were counted). */
  notes?: string[]
  /** Horizontal alignment per column; by default numbers right, the rest left. */
  align?: (SheetAlign | undefined)[]
}

/** The width in Excel units that the widest word of any of `texts` needs (bold for the header). */
function widestWordUnits(texts: readonly { text: string; bold: boolean }[]): number {
  const words = texts.flatMap(({ text, bold }) => text.split(/\s+/).filter(Boolean).map((w) => arialWidthPt(w, SHEET_PT, bold)))
  return columnUnitsFor(Math.max(0, ...words))
}

/** Column widths for `t` on `paper`: each column's declared need, raised to its widest word, fitted to the page. */
function tableWidths(t: SheetTable, paper: Paper): number[] {
  const cells = (c: number) => [
    { text: t.headers[c], bold: true },
    ...t.rows.map((r) => ({ text: String(r[c] ?? ''), bold: false })),
    { text: String(t.total?.[c] ?? ''), bold: true },
  ]
  const columns = t.columns.map((col, c) => ({ ...col, min: Math.max(col.min, widestWordUnits(cells(c))) }))
  return fittedColumnWidths(columns, paper, t.orientation)
}

/**
 * Builds a workbook of one sheet per table, on `page.paper` in each table's orientation: titles merged across the
 * table and centred, the header repeated on every page, every row as tall as its wrapped text, Arial throughout.
 */
export async function tablesWorkbook(tables: SheetTable[], page: { paper: Paper }): Promise<Buffer> {
  const wb = printedWorkbook()
  for (const t of tables) {
    const sheet = new PrintedSheet(wb, t.name, tableWidths(t, page.paper), t.titles.length + 2, { paper: page.paper, orientation: t.orientation })
    t.titles.forEach((text, i) => sheet.banner(text, i === 0 ? { bold: true, size: 13 } : { size: SHEET_PT + 1 }))
    sheet.header(t.headers)
    for (const r of t.rows) sheet.row(r, { align: t.align })
    if (t.total) sheet.row(t.total, { bold: true, align: t.align })
    for (const note of t.notes ?? []) sheet.banner(note, { size: SHEET_PT - 1, italic: true }, 'left')
  }
  return printedWorkbookBytes(wb)
}

/** "1,5" (Indonesian decimal comma) or "-" for no value. */
export function angkaDesimal(value: number | null): string {
  return value === null ? '-' : value.toLocaleString('id-ID', { maximumFractionDigits: 1 })
}
