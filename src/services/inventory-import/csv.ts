// CSV as spreadsheets write it: RFC 4180 quoting, a BOM or none, ';' (Excel in Indonesian locale), ',' or tab.
import Papa from 'papaparse'
import { detectHeaderRow, headerScore } from './headers'

const DELIMITERS = [';', ',', '\t', '|'] as const
export type Delimiter = ';' | ',' | '\t'

const split = (text: string, delimiter: string, preview = 0) => Papa.parse<string[]>(text, { delimiter, preview, skipEmptyLines: false }).data

/**
 * The delimiter is the one that makes the header line: each candidate splits the first 50 lines, and the one whose
 * title row names the most known columns wins. So a ';' file whose Spesifikasi cells hold commas is read with ';'.
 * Without a recognisable title row, papaparse guesses from the first lines (counting outside quotes).
 */
export function csvDelimiter(text: string): string {
  let best: { delimiter: string; score: number } = { delimiter: '', score: 0 }
  for (const delimiter of DELIMITERS) {
    const rows = split(text, delimiter, 50)
    const row = detectHeaderRow(rows)
    const score = row === null ? 0 : headerScore(rows[row - 1])
    if (score > best.score) best = { delimiter, score }
  }
  if (best.delimiter) return best.delimiter
  const guessed = Papa.parse<string[]>(text, { preview: 20, skipEmptyLines: true, delimitersToGuess: [...DELIMITERS] }).meta.delimiter
  return (DELIMITERS as readonly string[]).includes(guessed) ? guessed : ';'
}

/**
 * Rows of cells (RFC 4180 quoting by papaparse: quoted cells may hold delimiters, "" and line breaks). A BOM is
 * dropped; a first line `sep=;` (Excel writes one) names the delimiter and stays as a blank row, so row numbers still
 * match what Excel shows; otherwise the delimiter comes from the header line (csvDelimiter). Blank lines stay.
 */
export function parseCsv(input: string, delimiter?: string): string[][] {
  const text = input.replace(/^\uFEFF/, '')
  const sep = /^sep=(.)\r?\n/i.exec(text)
  const body = sep ? text.slice(sep[0].length) : text
  if (body === '') return sep ? [['']] : []
  const rows = split(body, delimiter ?? (sep ? sep[1] : csvDelimiter(body)))
  // The line break that ends the last line does not start another row.
  const last = rows[rows.length - 1]
  if (last && last.length === 1 && last[0] === '' && /\n$/.test(body)) rows.pop()
  return sep ? [[''], ...rows] : rows
}

function quote(value: string, delimiter: Delimiter): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value
}

/**
 * Text a spreadsheet would take for a formula (=, +, -, @ first) is written with a leading apostrophe, so opening the
 * export never runs anything (CSV injection); the import takes the apostrophe off again.
 */
export function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

export function undoDefuse(value: string): string {
  const asText = /^="(\d+)"$/.exec(value)
  if (asText) return asText[1]
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value
}

/**
 * Digits Excel would turn into a number when it opens a CSV (losing a leading 0, or the digits after the 15th) are
 * written as ="000123", which Excel shows as that text; the import reads it back as the digits (undoDefuse).
 */
export function keepDigitsAsText(value: string): string {
  return /^\d+$/.test(value) && (value.startsWith('0') || value.length > 15) ? `="${value}"` : value
}

/** CSV text (no BOM: the caller adds it to the bytes) with CRLF line ends, as Excel writes. */
export function toCsv(rows: readonly (readonly string[])[], delimiter: Delimiter = ';'): string {
  // ="digits" from keepDigitsAsText is the one formula let through: it only shows its own digits.
  return rows.map((r) => r.map((v) => quote(/^="\d+"$/.test(v) ? v : defuseFormula(v), delimiter)).join(delimiter)).join('\r\n') + '\r\n'
}
