// CSV as spreadsheets write it: RFC 4180 quoting, a BOM or none, ';' (Excel in Indonesian locale), ',' or tab.

const DELIMITERS = [';', ',', '\t'] as const
export type Delimiter = (typeof DELIMITERS)[number]

/** The delimiter used most often outside quotes in the first lines. */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]))
  let inQuotes = false
  let lines = 0
  for (let i = 0; i < text.length && lines < 20; i++) {
    const c = text[i]
    if (c === '"') inQuotes = !inQuotes
    else if (!inQuotes && (c === '\n' || c === '\r')) lines++
    else if (!inQuotes && counts.has(c as Delimiter)) counts.set(c as Delimiter, counts.get(c as Delimiter)! + 1)
  }
  const [best, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]
  return count > 0 ? best : ';'
}

/** Rows of cells. Quoted cells may hold delimiters, quotes ("") and line breaks. Blank lines stay (row numbers match). */
export function parseCsv(input: string, delimiter: Delimiter = detectDelimiter(input)): string[][] {
  const text = input.replace(/^\uFEFF/, '')
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let inQuotes = false
  let i = 0
  const endCell = () => {
    row.push(cell)
    cell = ''
  }
  const endRow = () => {
    endCell()
    rows.push(row)
    row = []
  }
  while (i < text.length) {
    const c = text[i]
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i += 2
        continue
      }
      if (c === '"') inQuotes = false
      else cell += c
      i++
      continue
    }
    if (c === '"' && cell === '') inQuotes = true
    else if (c === delimiter) endCell()
    else if (c === '\r' || c === '\n') {
      endRow()
      if (c === '\r' && text[i + 1] === '\n') i++
    } else cell += c
    i++
  }
  if (cell !== '' || row.length > 0) endRow()
  return rows
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
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value
}

/** CSV text (no BOM: the caller adds it to the bytes) with CRLF line ends, as Excel writes. */
export function toCsv(rows: readonly (readonly string[])[], delimiter: Delimiter = ';'): string {
  return rows.map((r) => r.map((v) => quote(defuseFormula(v), delimiter)).join(delimiter)).join('\r\n') + '\r\n'
}
