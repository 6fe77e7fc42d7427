// Printing a worksheet as a document: column widths that fit the paper at full size, and row heights that grow with
// wrapped text. LibreOffice does not fit row heights when it opens an .xlsx (Excel does only on edit), so a sheet that
// relies on auto-height prints wrapped lines over each other; the heights are computed here instead.
import JSZip from 'jszip'
import { PAPER_MM, type Orientation, type Paper } from './page'

/**
 * Advance widths of Arial (metric-compatible with Liberation Sans and Helvetica) in 1/1000 em for ASCII 32..126.
 * Other characters count as the widest common letter, so an estimate errs towards a taller row, never a cut line.
 */
const ARIAL_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584,
  556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278,
  469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260,
  334, 584,
]
const OTHER_WIDTH = 778
/** Bold Arial runs about 7 % wider than regular. */
const BOLD_FACTOR = 1.07

/** Width of `text` in points when set in Arial at `sizePt`. */
export function arialWidthPt(text: string, sizePt: number, bold = false): number {
  let units = 0
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    units += code >= 32 && code <= 126 ? ARIAL_WIDTHS[code - 32] : OTHER_WIDTH
  }
  return (units / 1000) * sizePt * (bold ? BOLD_FACTOR : 1)
}

/**
 * How many lines `text` takes in a cell `widthPt` wide (word wrap at spaces, explicit line breaks kept; a word longer
 * than the line is split, as Excel and LibreOffice do).
 */
export function wrappedLines(text: string, widthPt: number, sizePt: number, bold = false): number {
  const space = arialWidthPt(' ', sizePt, bold)
  let lines = 0
  for (const paragraph of text.split('\n')) {
    let used = 0
    let count = 1
    for (const word of paragraph.split(' ').filter(Boolean)) {
      const w = arialWidthPt(word, sizePt, bold)
      if (used > 0 && used + space + w <= widthPt) {
        used += space + w
        continue
      }
      if (used > 0) count++
      // A word wider than the cell wraps inside itself.
      count += Math.max(0, Math.ceil(w / widthPt) - 1)
      used = w % widthPt || Math.min(w, widthPt)
    }
    lines += count
  }
  return lines
}

/** Excel's column unit is the width of one digit of the workbook's default font (Calibri 11: 7 px) plus 5 px padding. */
export const PX_PER_UNIT = 7
/** Pixels a column adds to its units' width (its cell padding). */
export const COLUMN_PADDING_PX = 5
const PT_PER_PX = 0.75
/** Text inside a cell keeps about 2 px from each border. */
const CELL_INSET_PT = 3

/** The printed width of a column of `units` Excel width units, in points. */
export function columnWidthPt(units: number): number {
  return (units * PX_PER_UNIT + COLUMN_PADDING_PX) * PT_PER_PX
}

/**
 * The narrowest column, in Excel units (to a tenth), whose text area holds a line `widthPt` wide; 2 pt spare absorbs
 * LibreOffice rounding column widths to whole pixels.
 */
export function columnUnitsFor(widthPt: number): number {
  return Math.ceil((((widthPt + 2 + 2 * CELL_INSET_PT) / PT_PER_PX - COLUMN_PADDING_PX) / PX_PER_UNIT) * 10) / 10
}

/** Page margins of the printed sheet, in inches (Excel's unit). */
export const SHEET_MARGIN_IN = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } as const

/** A column's need: `min` units always (a date or a number must not wrap), and a share of the rest by `weight`. */
export interface SheetColumn {
  min: number
  weight: number
}

/**
 * How many Excel units `count` columns share on the paper's printable width at 100 % (their padding taken off). A
 * small reserve absorbs the difference between Excel's and LibreOffice's rounding.
 */
export function sheetWidthUnits(count: number, paper: Paper, orientation: Orientation): number {
  const { width, height } = PAPER_MM[paper]
  const pageMm = orientation === 'portrait' ? width : height
  const printablePt = (pageMm / 25.4) * 72 - (SHEET_MARGIN_IN.left + SHEET_MARGIN_IN.right) * 72
  return ((printablePt * 0.97) / PT_PER_PX - count * COLUMN_PADDING_PX) / PX_PER_UNIT
}

/**
 * Column widths in Excel units so that the whole row fits the paper's printable width at 100 % (so "fit to width"
 * never shrinks the text): each column its `min`, the rest shared by weight.
 */
export function fittedColumnWidths(columns: readonly SheetColumn[], paper: Paper, orientation: Orientation): number[] {
  const spare = Math.max(0, sheetWidthUnits(columns.length, paper, orientation) - columns.reduce((s, c) => s + c.min, 0))
  const weights = columns.reduce((s, c) => s + c.weight, 0)
  return columns.map((c) => Math.floor((c.min + (weights ? (spare * c.weight) / weights : 0)) * 10) / 10)
}

/** Line height of wrapped text, as Excel and LibreOffice set it: about 1.28 times the font size. */
const LINE_FACTOR = 1.28
const ROW_PADDING_PT = 2

/** The height in points a row needs so that every cell's wrapped text shows whole. */
export function rowHeightPt(cells: readonly string[], widthsUnits: readonly number[], sizePt: number, bold = false): number {
  const lines = Math.max(1, ...cells.map((text, i) => wrappedLines(text, columnWidthPt(widthsUnits[i]) - 2 * CELL_INSET_PT, sizePt, bold)))
  return Math.ceil((lines * sizePt * LINE_FACTOR + ROW_PADDING_PT) * 4) / 4
}

/**
 * Makes `font` at `sizePt` the workbook's default (Normal style) font. Column widths are counted in digits of that
 * font: exceljs always writes Calibri 11, which LibreOffice replaces by a wider font where Calibri is missing, so the
 * columns came out about 30 % wider and "fit to width" printed the text at 8 pt. Arial (Liberation Sans) is on
 * every PC, and its digit is 7 px at 10 pt, as Calibri's at 11.
 */
export async function withDefaultFont(xlsx: Buffer, font: string, sizePt: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx)
  const path = 'xl/styles.xml'
  const styles = await zip.file(path)!.async('string')
  // The first <font> of <fonts> is font 0, the Normal style's; without scheme="minor" Excel does not swap in the theme's.
  const replaced = styles.replace(/(<fonts\b[^>]*>)<font>.*?<\/font>/s, `$1<font><sz val="${sizePt}"/><name val="${font}"/><family val="2"/></font>`)
  if (replaced === styles) throw new Error('Berkas .xlsx tanpa huruf bawaan di xl/styles.xml.')
  zip.file(path, replaced)
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}
