// Numbered lists with a hanging indent, so a long item wraps under its own text (Tembusan, Dasar).
import { AlignmentType, Paragraph, Tab, TextRun } from 'docx'
import { cmToTwip } from './page'
import { halfPoints } from './style'
import { textRuns, type Align } from './text'

export interface NumberedListOptions {
  sizePt?: number
  align?: Align
  /** Where the item text starts, from the left margin (default 0.75 cm). */
  indentCm?: number
  /** The marker of item `i` (0-based), "1." by default; e.g. (i) => `${'abcdefgh'[i]}.` */
  marker?: (i: number) => string
  spacingAfterPt?: number
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const

/** One paragraph per item: the marker, a tab to the hanging indent, then the text. */
export function numberedList(items: readonly string[], options: NumberedListOptions = {}): Paragraph[] {
  const indent = cmToTwip(options.indentCm ?? 0.75)
  const size = options.sizePt === undefined ? undefined : halfPoints(options.sizePt)
  const marker = options.marker ?? ((i: number) => `${i + 1}.`)
  return items.map(
    (item, i) =>
      new Paragraph({
        children: [new TextRun({ children: [marker(i), new Tab()], size }), ...textRuns(item, { sizePt: options.sizePt })],
        indent: { left: indent, hanging: indent },
        tabStops: [{ type: 'left', position: indent }],
        alignment: ALIGN[options.align ?? 'left'],
        spacing: options.spacingAfterPt === undefined ? undefined : { after: options.spacingAfterPt * 20 },
      }),
  )
}
