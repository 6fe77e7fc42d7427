// Borderless tables used only to lay things out side by side (kop, "Nomor : ..." rows, signature columns).
import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx'

export type CellContent = readonly (Paragraph | Table)[]

export interface GridOptions {
  /** Keeps each row on one page (signature blocks must not split). */
  cantSplit?: boolean
  /** Centres cell contents vertically (kop text beside a taller logo). */
  verticalCenter?: boolean
}

/**
 * A borderless table across the text width with fixed column widths (percent); no side padding, so text lines up with
 * the body text.
 */
export function layoutGrid(
  columnsPercent: readonly number[],
  rows: readonly (readonly CellContent[])[],
  options: GridOptions = {},
): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
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
                verticalAlign: options.verticalCenter ? VerticalAlignTable.CENTER : undefined,
              }),
          ),
        }),
    ),
  })
}
