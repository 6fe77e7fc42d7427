import ExcelJS from 'exceljs'
import { DomainError } from '../../api/contract/errors'
import { parseCsv, undoDefuse } from './csv'

// Reads an uploaded .xlsx or .csv into plain text grids, one per sheet. Row i of a grid is row i + 1 of the sheet, blank
// rows included, so messages can name the row the user sees. Merged cells read as their master cell's value.

export const MAX_ROWS = 20_000
const MAX_COLUMNS = 200

export interface Grid {
  name: string
  rows: string[][]
}

export interface Spreadsheet {
  format: 'xlsx' | 'csv'
  sheets: Grid[]
}

const clean = (s: string) => undoDefuse(s.replace(/\u00a0/g, ' ').replace(/\r\n?/g, '\n').trim())

/** A date cell as 'YYYY-MM-DD' (Excel keeps dates as day numbers; a rounding error of a few ms is absorbed). */
function isoDate(d: Date): string {
  return new Date(Math.round(d.getTime() / 60_000) * 60_000).toISOString().slice(0, 10)
}

export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return ''
  if (v instanceof Date) return isoDate(v)
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e9) / 1e9)
  if (typeof v === 'boolean') return v ? 'Ya' : 'Tidak'
  if (typeof v === 'string') return v
  if ('richText' in v) return v.richText.map((t) => t.text).join('')
  if ('formula' in v || 'sharedFormula' in v) return cellText((v as { result?: ExcelJS.CellValue }).result ?? null)
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
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r)
      const cells: string[] = []
      for (let c = 1; c <= columns; c++) cells.push(clean(cellText(row.getCell(c).value)))
      rows.push(cells)
    }
    grids.push({ name: ws.name, rows })
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
