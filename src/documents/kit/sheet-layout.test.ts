import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { arialWidthPt, columnUnitsFor, columnWidthPt, fittedColumnWidths, rowHeightPt, SHEET_MARGIN_IN, withDefaultFont, wrappedLines } from './sheet-layout'

describe('sheet layout', () => {
  it('measures Arial text as the font does (Helvetica metrics)', () => {
    // P 667, e 556, r 333, m 833, o 556, h 556, o 556, n 556, a 556, n 556 = 5725/1000 em.
    expect(arialWidthPt('Permohonan', 10)).toBeCloseTo(57.25, 2)
    expect(arialWidthPt('0001/2026', 10)).toBeCloseTo(8 * 5.56 + 2.78, 2)
    // Letters outside ASCII count wide, so a row is never too short for them.
    expect(arialWidthPt('é', 10)).toBeGreaterThan(arialWidthPt('e', 10))
  })

  it('counts wrapped lines at spaces, at line breaks, and inside a word longer than the cell', () => {
    expect(wrappedLines('Biasa', 40, 10)).toBe(1)
    expect(wrappedLines('Permohonan penarikan', 60, 10)).toBe(2)
    expect(wrappedLines('Permohonan penarikan', 200, 10)).toBe(1)
    expect(wrappedLines('Hal\nIsi ringkas', 200, 10)).toBe(2)
    expect(wrappedLines('', 50, 10)).toBe(1)
    // 57.25 pt in cells 20 pt wide: three pieces.
    expect(wrappedLines('Permohonan', 20, 10)).toBe(3)
  })

  it('sizes columns to the printable width of the paper, minimums first', () => {
    const columns = [{ min: 10, weight: 0 }, { min: 8, weight: 3 }, { min: 8, weight: 1 }]
    for (const [paper, orientation, pageMm] of [['A4', 'landscape', 297], ['A4', 'portrait', 210], ['F4', 'landscape', 330], ['F4', 'portrait', 215]] as const) {
      const widths = fittedColumnWidths(columns, paper, orientation)
      const printable = (pageMm / 25.4) * 72 - (SHEET_MARGIN_IN.left + SHEET_MARGIN_IN.right) * 72
      const used = widths.reduce((s, w) => s + columnWidthPt(w), 0)
      expect(used, `${paper} ${orientation}`).toBeLessThanOrEqual(printable)
      expect(used, `${paper} ${orientation}`).toBeGreaterThan(printable * 0.95)
      expect(widths[0]).toBe(10)
      // The spare width goes 3 : 1.
      expect(widths[1] - 8).toBeCloseTo(3 * (widths[2] - 8), 0)
    }
  })

  it('finds the narrowest column whose text area holds a line', () => {
    const line = arialWidthPt('E-Government', 10, true)
    const units = columnUnitsFor(line)
    expect(wrappedLines('E-Government', columnWidthPt(units) - 6, 10, true)).toBe(1)
    // A tenth of a unit less and the word no longer fits with its spare.
    expect(columnWidthPt(units - 0.1) - 6).toBeLessThan(line + 2)
  })

  it('gives a row the height of its tallest wrapped cell', () => {
    const one = rowHeightPt(['Biasa', '0001/2026'], [10, 10], 10)
    const three = rowHeightPt(['Biasa', 'Permohonan penarikan server aplikasi layanan dari Data Center'], [10, 10], 10)
    expect(one).toBeGreaterThanOrEqual(12.75)
    expect(three).toBeGreaterThanOrEqual(3 * 12.75)
  })

  it('makes Arial the workbook default font, which column widths are counted in', async () => {
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('A').getCell('A1').value = 'x'
    const bytes = await withDefaultFont(Buffer.from(await wb.xlsx.writeBuffer()), 'Arial', 10)
    const styles = await (await JSZip.loadAsync(bytes)).file('xl/styles.xml')!.async('string')
    expect(styles).toMatch(/<fonts\b[^>]*><font><sz val="10"\/><name val="Arial"\/><family val="2"\/><\/font>/)
    expect(styles).not.toContain('Calibri')
    // Still a workbook exceljs (and so Excel) reads.
    const back = new ExcelJS.Workbook()
    await back.xlsx.load(bytes as unknown as ArrayBuffer)
    expect(back.getWorksheet('A')!.getCell('A1').value).toBe('x')
  })
})
