import ExcelJS from 'exceljs'
import { format as formatNumber } from 'numfmt'
import { DomainError } from '../../contract/errors'
import { parseCsv, undoDefuse } from './csv'

// Reads an uploaded .xlsx or .csv into plain text grids, one per sheet. Row i of a grid is row i + 1 of the sheet, blank
// rows included, so messages can name the row the user sees. Merged cells read as their master cell's value.

export const MAX_ROWS = 20_000
const MAX_COLUMNS = 200

export interface Grid {
  name: string
  rows: string[][]
  /**
   * Cells (`"row,column"`, both 1-based as Excel numbers them) that held a number of more than 15 significant digits:
   * Excel keeps only 15, so the digits after them are already lost (a 20-digit serial typed as a number).
   */
  rounded?: ReadonlySet<string>
}

export interface Spreadsheet {
  format: 'xlsx' | 'csv'
  sheets: Grid[]
}

const clean = (s: string) => undoDefuse(s.replace(/\u00a0/g, ' ').replace(/\r\n?/g, '\n').trim())

/**
 * A date cell as 'YYYY-MM-DD': the calendar day Excel shows. Excel keeps a date-time as a day number with the time as
 * its fraction (exceljs hands it over as that wall-clock time in UTC); a date format shows the whole day, so 23:59:30
 * stays on its day. Only the float error of the fraction (under a millisecond) is rounded away.
 */
function isoDate(d: Date): string {
  return new Date(Math.round(d.getTime())).toISOString().slice(0, 10)
}

/** More than 15 significant digits: Excel has already replaced the rest with zeros. */
export function beyondExcelPrecision(v: number): boolean {
  return Number.isFinite(v) && Math.abs(v) >= 1e15
}

/**
 * A number as Excel displays it with the cell's number format: 1234 in a `00000` cell is "01234". "General" (or no
 * format) writes whole numbers with all their digits rather than Excel's 1.23457E+19, so long numbers stay readable.
 */
function numberText(v: number, numFmt: string | undefined): string {
  if (numFmt && numFmt !== 'General' && numFmt !== '@') {
    try {
      return formatNumber(numFmt, v)
    } catch {
      // A format numfmt cannot read: fall back to the plain number.
    }
  }
  if (Number.isInteger(v)) return Math.abs(v) >= 1e21 ? BigInt(v).toString() : String(v)
  return String(Math.round(v * 1e9) / 1e9)
}

/** A cell's text as Excel shows it (`numFmt` is the cell's number format, applied to numbers). */
export function cellText(v: ExcelJS.CellValue, numFmt?: string): string {
  if (v === null || v === undefined) return ''
  if (v instanceof Date) return isoDate(v)
  if (typeof v === 'number') return numberText(v, numFmt)
  if (typeof v === 'boolean') return v ? 'Ya' : 'Tidak'
  if (typeof v === 'string') return v
  if ('richText' in v) return v.richText.map((t) => t.text).join('')
  if ('formula' in v || 'sharedFormula' in v) return cellText((v as { result?: ExcelJS.CellValue }).result ?? null, numFmt)
  if ('text' in v) return cellText((v as { text: ExcelJS.CellValue }).text)
  return '' // error values (#N/A ...)
}

function tooLarge(rows: number): DomainError {
  return new DomainError(`Berkas berisi ${rows.toLocaleString('id-ID')} baris; paling banyak ${MAX_ROWS.toLocaleString('id-ID')} baris per impor.`, 'file')
}

async function readXlsx(bytes: Buffer): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    throw new DomainError('Berkas .xlsx tidak dapat dibaca (rusak atau dilindungi kata sandi). Simpan ulang dari Excel lalu coba lagi.', 'file')
  }
  const grids: Grid[] = []
  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible') continue
    if (ws.rowCount > MAX_ROWS) throw tooLarge(ws.rowCount)
    const columns = Math.min(ws.columnCount, MAX_COLUMNS)
    const rows: string[][] = []
    const rounded = new Set<string>()
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r)
      const cells: string[] = []
      for (let c = 1; c <= columns; c++) {
        const cell = row.getCell(c)
        const v = cell.value
        if (typeof v === 'number' && beyondExcelPrecision(v)) rounded.add(`${r},${c}`)
        cells.push(clean(cellText(v, cell.numFmt)))
      }
      rows.push(cells)
    }
    grids.push({ name: ws.name, rows, rounded })
  }
  if (grids.length === 0) throw new DomainError('Berkas .xlsx tidak berisi lembar kerja.', 'file')
  return grids
}

/** UTF-8 (with or without BOM); files Excel saved as "CSV" in Windows' ANSI code page are read as Windows-1252. */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

export async function readSpreadsheet(bytes: Buffer, fileName: string): Promise<Spreadsheet> {
  if (bytes.length === 0) throw new DomainError('Berkas kosong.', 'file')
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  if (zip) return { format: 'xlsx', sheets: await readXlsx(bytes) }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new DomainError('Format .xls (Excel 97-2003) tidak didukung. Buka di Excel lalu simpan sebagai .xlsx.', 'file')
  }
  if (/\.xlsx$/i.test(fileName) || bytes.subarray(0, 4096).includes(0)) {
    throw new DomainError('Berkas tidak dikenali. Unggah berkas .xlsx atau .csv.', 'file')
  }
  const rows = parseCsv(decodeText(bytes)).map((r) => r.slice(0, MAX_COLUMNS).map(clean))
  if (rows.length > MAX_ROWS) throw tooLarge(rows.length)
  return { format: 'csv', sheets: [{ name: fileName.replace(/\.[^.]+$/, '') || 'CSV', rows }] }
}
