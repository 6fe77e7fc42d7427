// Document-wide look: one font and size for every run (a setting, Arial 12 by default) and the paper size.
import { AlignmentType, Document, Header, LineRuleType, PageNumber, Paragraph, TextRun, type ISectionOptions } from 'docx'
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

/**
 * Page numbers the Tata Naskah Dinas way (Permendagri 1/2023): from the second page, Arabic numerals centred at the
 * top between dashes ("- 2 -"). The first page, which carries the kop, has none: its section gets a different
 * (empty) first-page header. Numbering runs on across sections (the BA's landscape pages and its appendix).
 */
function pageNumberHeader(): Header {
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'] })] })],
  })
}

/**
 * The document: every section on the style's paper with its own orientation; page numbers from page 2 (see
 * `pageNumberHeader`).
 */
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
    sections: sections.map(({ orientation, ...section }, i) => ({
      ...section,
      headers: i === 0 ? { default: pageNumberHeader(), first: new Header({ children: [] }) } : { default: pageNumberHeader() },
      properties: { ...sectionProperties(style.paper, orientation), titlePage: i === 0 },
    })),
  })
}
