// Paragraph helpers. Sizes are in points; text may hold '\n' for line breaks within one paragraph.
import { AlignmentType, NoBreakHyphen, Paragraph, TextRun, UnderlineType, type Table } from 'docx'
import { layoutGrid } from './grid'
import { halfPoints } from './style'

export type Align = 'left' | 'center' | 'right' | 'justify'

export interface RunOptions {
  bold?: boolean
  underline?: boolean
  sizePt?: number
  /**
   * Hyphens that never end a line (Word's non-breaking hyphen), so "Rata-rata" in a narrow table header stays one
   * word instead of "Rata-" over "rata".
   */
  unbrokenHyphens?: boolean
}

export interface ParagraphOptions extends RunOptions {
  align?: Align
  spacingAfterPt?: number
  /** Keeps the paragraph on the page of the next one (titles, signature lines). */
  keepNext?: boolean
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const

/** A line's content: its text, or with `unbrokenHyphens` its pieces joined by non-breaking hyphens. */
function lineContent(line: string, unbrokenHyphens: boolean | undefined): { text: string } | { children: (string | NoBreakHyphen)[] } {
  if (!unbrokenHyphens || !line.includes('-')) return { text: line }
  return { children: line.split('-').flatMap((piece, i) => (i === 0 ? [piece] : [new NoBreakHyphen(), piece])).filter((c) => c !== '') }
}

/** Runs for `text`, one per line, joined by line breaks. */
export function textRuns(text: string, options: RunOptions = {}): TextRun[] {
  return text.split('\n').map(
    (line, i) =>
      new TextRun({
        ...lineContent(line, options.unbrokenHyphens),
        break: i > 0 ? 1 : undefined,
        bold: options.bold,
        underline: options.underline ? { type: UnderlineType.SINGLE } : undefined,
        size: options.sizePt === undefined ? undefined : halfPoints(options.sizePt),
      }),
  )
}

export function paragraph(text: string, options: ParagraphOptions = {}): Paragraph {
  return new Paragraph({
    children: textRuns(text, options),
    alignment: ALIGN[options.align ?? 'left'],
    spacing: options.spacingAfterPt === undefined ? undefined : { after: options.spacingAfterPt * 20 },
    keepNext: options.keepNext,
  })
}

/** Centred bold title, e.g. "BERITA ACARA PENARIKAN ..." or "LEMBAR DISPOSISI". */
export function title(text: string, options: { sizePt?: number; spacingAfterPt?: number } = {}): Paragraph {
  return paragraph(text, { ...options, bold: true, align: 'center', keepNext: true })
}

/** Justified body paragraph with a small gap after it, as letter bodies are set. */
export function bodyParagraph(text: string): Paragraph {
  return paragraph(text, { align: 'justify', spacingAfterPt: 6 })
}

export function blankLines(count: number): Paragraph[] {
  return Array.from({ length: count }, () => new Paragraph({}))
}

/**
 * Label-colon-value rows ("Nomor : 500.12.2/091/KOMINFO-PE/2026") as a borderless table, so long values wrap
 * under themselves instead of under the label.
 */
export function fieldTable(rows: readonly (readonly [label: string, value: string])[], labelWidthPercent = 20): Table {
  const colonPercent = 3
  return layoutGrid(
    [labelWidthPercent, colonPercent, 100 - labelWidthPercent - colonPercent],
    rows.map(([label, value]) => [[paragraph(label)], [paragraph(':')], [paragraph(value)]]),
  )
}
