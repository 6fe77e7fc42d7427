// Paper and margins of Tata Naskah Dinas (Permendagri 1/2023). Word measures pages in twips (1/1440 inch).
import { PageOrientation, type ISectionPropertiesOptions } from 'docx'

export type Paper = 'A4' | 'F4'
export type Orientation = 'portrait' | 'landscape'

/** Portrait sizes in millimetres; F4 is the Indonesian folio, 215 x 330 mm. */
export const PAPER_MM: Readonly<Record<Paper, { width: number; height: number }>> = {
  A4: { width: 210, height: 297 },
  F4: { width: 215, height: 330 },
}

/** The page text starts 2 cm from the top; the kop sits inside that area on the first page. */
export const MARGIN_CM = { top: 2, left: 3, right: 2, bottom: 2.5 } as const

export function mmToTwip(mm: number): number {
  return Math.round((mm / 25.4) * 1440)
}

export function cmToTwip(cm: number): number {
  return mmToTwip(cm * 10)
}

/** Width between the left and right margins, for sizing tables and images. */
export function contentWidthTwip(paper: Paper, orientation: Orientation = 'portrait'): number {
  const { width, height } = PAPER_MM[paper]
  const pageWidth = orientation === 'portrait' ? width : height
  return mmToTwip(pageWidth) - cmToTwip(MARGIN_CM.left) - cmToTwip(MARGIN_CM.right)
}

export function sectionProperties(paper: Paper, orientation: Orientation = 'portrait'): ISectionPropertiesOptions {
  const { width, height } = PAPER_MM[paper]
  return {
    page: {
      // docx swaps width and height itself for landscape, so the portrait size is given either way.
      size: {
        width: mmToTwip(width),
        height: mmToTwip(height),
        orientation: orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
      },
      margin: {
        top: cmToTwip(MARGIN_CM.top),
        left: cmToTwip(MARGIN_CM.left),
        right: cmToTwip(MARGIN_CM.right),
        bottom: cmToTwip(MARGIN_CM.bottom),
        // The page number ("- 2 -") sits 1 cm from the top edge, above where the text starts.
        header: cmToTwip(1),
      },
    },
  }
}
