// Bordered data tables (device lists, the Buku Agenda) and form checkboxes.
import { BorderStyle, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx'
import { paragraph, type Align } from './text'

export interface DataTableOptions {
  /** Smaller text for wide tables, e.g. the ten columns of the device list. */
  sizePt?: number
  /** Alignment per column (left when not given), e.g. centred "No". */
  align?: readonly (Align | undefined)[]
  /** Narrower cell padding (1 mm, 0.35 mm above and below) for long lists, e.g. 50 devices in a Berita Acara. */
  compact?: boolean
  /**
   * With no rows: a sentence in one row spanning every column ("Tidak ada disposisi pada periode ini."), so it is not
   * squeezed into one narrow column.
   */
  emptyText?: string
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const
const HEADER_FILL = 'D9D9D9'

/**
 * A table with thin borders and a bold, shaded header row that Word repeats at the top of each page. Columns share
 * the text width equally unless `widthsPercent` is given. Rows are not split across pages. Header hyphens do not
 * break ("Rata-rata" stays whole); give its column the width of its longest word.
 */
export function dataTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  widthsPercent?: readonly number[],
  options: DataTableOptions = {},
): Table {
  if (widthsPercent && widthsPercent.length !== headers.length) {
    throw new Error(`dataTable: ${headers.length} columns but ${widthsPercent.length} widths`)
  }
  const widths = widthsPercent ?? headers.map(() => 100 / headers.length)
  const margins = options.compact ? { top: 20, bottom: 20, left: 57, right: 57 } : { top: 40, bottom: 40, left: 80, right: 80 }
  const cell = (text: string, column: number, header: boolean) =>
    new TableCell({
      children: [
        paragraph(text, {
          bold: header,
          sizePt: options.sizePt,
          align: header ? 'center' : (options.align?.[column] ?? 'left'),
          unbrokenHyphens: header,
        }),
      ],
      width: { size: widths[column], type: WidthType.PERCENTAGE },
      shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } : undefined,
      margins,
    })
  const emptyRow = () =>
    new TableRow({
      cantSplit: true,
      children: [
        new TableCell({
          children: [paragraph(options.emptyText ?? '', { sizePt: options.sizePt, align: 'center' })],
          columnSpan: headers.length,
          width: { size: 100, type: WidthType.PERCENTAGE },
          margins,
        }),
      ],
    })
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headers.map((text, column) => cell(text, column, true)),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: headers.map((_, column) => cell(row[column] ?? '', column, false)),
          }),
      ),
      ...(rows.length === 0 && options.emptyText !== undefined ? [emptyRow()] : []),
    ],
  })
}

/** A ballot box for printed forms: "☑" ticked, "☐" empty, for the reader to tick by hand. */
export function checkbox(checked: boolean): string {
  return checked ? '☑' : '☐'
}
