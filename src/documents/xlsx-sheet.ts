// The leaders' rekap workbooks: one printed sheet per table (see kit/printed-sheet.ts), title lines above a bordered
// table and the notes on how the figures were counted under it.
import type { Orientation, Paper } from './kit'
import { PrintedSheet, printedWorkbook, printedWorkbookBytes, SHEET_PT, type SheetAlign, type SheetValue } from './kit/printed-sheet'
import { arialWidthPt, columnUnitsFor, fittedColumnWidths, sheetWidthUnits, type SheetColumn } from './kit/sheet-layout'

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
  /** What the table says in one row spanning it when `rows` is empty, as the .docx says it (its `emptyText`). */
  emptyText?: string
  /** A bold last row (e.g. Jumlah), when given. */
  total?: SheetValue[]
  /** Lines under the table (how the figures were counted). */
  notes?: string[]
  /** Horizontal alignment per column; by default numbers right, the rest left. */
  align?: (SheetAlign | undefined)[]
}

/** The width in Excel units that the widest of `texts` needs on one line (bold for the header and the total). */
function widestUnits(texts: readonly { text: string; bold: boolean }[]): number {
  return columnUnitsFor(Math.max(0, ...texts.map(({ text, bold }) => arialWidthPt(text, SHEET_PT, bold))))
}
const words = (texts: readonly { text: string; bold: boolean }[]) => texts.flatMap(({ text, bold }) => text.split(/\s+/).map((w) => ({ text: w, bold })))

/**
 * Column widths for `t` on `paper`. When every cell fits on one line side by side (headers may wrap at spaces),
 * each column gets its widest cell, so a name such as "Bidang Penyelenggaraan E-Government" is not broken at its
 * hyphen; otherwise each its widest word, so no word breaks. The spare width goes by the columns' weights.
 */
function tableWidths(t: SheetTable, paper: Paper): number[] {
  const body = (c: number) => [...t.rows.map((r) => ({ text: String(r[c] ?? ''), bold: false })), { text: String(t.total?.[c] ?? ''), bold: true }]
  const header = (c: number) => [{ text: t.headers[c], bold: true }]
  const byWord = t.columns.map((col, c) => ({ ...col, min: Math.max(col.min, widestUnits(words([...header(c), ...body(c)]))) }))
  const oneLine = byWord.map((col, c) => ({ ...col, min: Math.max(col.min, widestUnits(body(c))) }))
  const fits = oneLine.reduce((s, c) => s + c.min, 0) <= sheetWidthUnits(t.columns.length, paper, t.orientation)
  return fittedColumnWidths(fits ? oneLine : byWord, paper, t.orientation)
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
    // As the .docx: an empty table says so, with no Jumlah of zeros under it.
    if (!t.rows.length && t.emptyText) sheet.emptyRow(t.emptyText)
    else if (t.total) sheet.row(t.total, { bold: true, align: t.align })
    for (const note of t.notes ?? []) sheet.banner(note, { size: SHEET_PT - 1, italic: true }, 'left')
  }
  return printedWorkbookBytes(wb)
}

/** "1,5" (Indonesian decimal comma) or "-" for no value. */
export function angkaDesimal(value: number | null): string {
  return value === null ? '-' : value.toLocaleString('id-ID', { maximumFractionDigits: 1 })
}
