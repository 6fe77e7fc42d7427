// Signature blocks side by side whose names line up, whatever the length of each jabatan.
import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx'
import type { CellContent } from './grid'
import { signatureBlock, type Signer } from './signature'
import { paragraph } from './text'

/**
 * A borderless, unsplittable row whose cells sit on a common bottom line: blocks ending alike (name, pangkat, NIP)
 * then have their names level even when one jabatan wraps to more lines than the other.
 */
export function bottomAlignedColumns(cells: readonly CellContent[], widthsPercent?: readonly number[]): Table {
  const widths = widthsPercent ?? cells.map(() => 100 / cells.length)
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: 0, right: 0 },
    rows: [
      new TableRow({
        cantSplit: true,
        children: cells.map(
          (children, i) =>
            new TableCell({
              children: children.length ? [...children] : [new Paragraph({})],
              width: { size: widths[i], type: WidthType.PERCENTAGE },
              verticalAlign: VerticalAlignTable.BOTTOM,
            }),
        ),
      }),
    ],
  })
}

export interface SignatureCell {
  signer: Signer
  /** Bold heading, e.g. "PIHAK KEDUA". */
  heading?: string
  /** Plain lines above the block, e.g. "Batam, 24 November 2026" or "Mengetahui,". */
  above?: readonly string[]
}

/** Lines under the name: pangkat and NIP when the signer has them. */
function linesUnderName(signer: Signer): number {
  return (signer.pangkat?.trim() ? 1 : 0) + (signer.nip?.trim() ? 1 : 0)
}

/**
 * Signatures in equal columns (null leaves a column empty) with the names on one level: a signer without pangkat or
 * NIP gets blank lines in their place.
 */
export function signatureRow(cells: readonly (SignatureCell | null)[]): Table {
  const under = Math.max(0, ...cells.map((c) => (c ? linesUnderName(c.signer) : 0)))
  return bottomAlignedColumns(
    cells.map((c) =>
      c
        ? [
            ...(c.above ?? []).map((text) => paragraph(text, { align: 'center', keepNext: true })),
            ...signatureBlock(c.signer, c.heading),
            ...Array.from({ length: under - linesUnderName(c.signer) }, () => paragraph('')),
          ]
        : [],
    ),
  )
}

/**
 * A table cell must end with a paragraph (OOXML); one is added only after a table, since an empty line at the end of
 * a kept-together block is height that can push the block to the next page for nothing (the rekap's signature did).
 */
function endingInParagraph(children: readonly (Paragraph | Table)[]): (Paragraph | Table)[] {
  return children.at(-1) instanceof Paragraph ? [...children] : [...children, new Paragraph({})]
}

/**
 * Content that must stay on one page, e.g. the closing paragraph with the signatures and "Mengetahui," under them:
 * a borderless one-row table whose row may not split, so a page break moves the whole block over. Keep-with-next
 * alone does not hold across tables in LibreOffice; an unsplittable row holds in Word and LibreOffice alike.
 */
export function keptTogether(children: readonly (Paragraph | Table)[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: 0, right: 0 },
    rows: [new TableRow({ cantSplit: true, children: [new TableCell({ children: endingInParagraph(children), width: { size: 100, type: WidthType.PERCENTAGE } })] })],
  })
}
