// Borderless tables used only to lay things out side by side (kop, "Nomor : ..." rows, signature columns).
import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from 'docx'

export type CellContent = readonly (Paragraph | Table)[]

export interface GridOptions {
  /** Table width; 100% of the text width by default. */
  widthPercent?: number
  /** Centres the table on the page, for blocks narrower than the text. */
  centered?: boolean
  /** Keeps each row on one page (signature blocks must not split). */
  cantSplit?: boolean
}

/**
 * A borderless table with fixed column widths (percent of the table width); no side padding, so text lines up with
 * the body text.
 */
export function layoutGrid(
  columnsPercent: readonly number[],
  rows: readonly (readonly CellContent[])[],
  options: GridOptions = {},
): Table {
  return new Table({
    width: { size: options.widthPercent ?? 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    alignment: options.centered ? AlignmentType.CENTER : undefined,
    margins: { left: 0, right: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: options.cantSplit,
          children: cells.map(
            (children, i) =>
              new TableCell({
                // A cell must end with a paragraph for Word to open the file.
                children: children.length ? [...children] : [new Paragraph({})],
                width: { size: columnsPercent[i], type: WidthType.PERCENTAGE },
              }),
          ),
        }),
    ),
  })
}
