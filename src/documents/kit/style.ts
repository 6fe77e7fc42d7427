// Document-wide look: one font and size for every run (a setting, Arial 12 by default) and the paper size.
import { Document, LineRuleType, type ISectionOptions } from 'docx'
import { sectionProperties, type Orientation, type Paper } from './page'

export interface DocStyle {
  font: string
  sizePt: number
  paper: Paper
}

export const DEFAULT_STYLE: DocStyle = { font: 'Arial', sizePt: 12, paper: 'A4' }

/** A section whose page size and margins come from the style; only the orientation may differ. */
export type KitSection = Omit<ISectionOptions, 'properties'> & { orientation?: Orientation }

/** Word sizes are in half-points. */
export function halfPoints(pt: number): number {
  return Math.round(pt * 2)
}

export function createDocument(style: DocStyle, sections: readonly KitSection[]): Document {
  return new Document({
    creator: 'Sidara',
    styles: {
      default: {
        document: {
          // Indonesian language so Word's spelling check does not flag every word.
          run: { font: style.font, size: halfPoints(style.sizePt), language: { value: 'id-ID' } },
          // Single spacing with no gap after paragraphs, stated so Word and LibreOffice lay out alike.
          paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections: sections.map(({ orientation, ...section }) => ({
      ...section,
      properties: sectionProperties(style.paper, orientation),
    })),
  })
}
