// Photos laid out in a borderless grid with numbered captions ("Foto 1. Rak R01 sebelum penarikan").
import {
  AlignmentType,
  ImageRun,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type TableVerticalAlign,
} from 'docx'
import { imageInfo } from './image'
import { paragraph } from './text'

export interface PhotoItem {
  /** PNG or JPEG bytes. */
  bytes: Uint8Array
  caption: string
}

export interface PhotoGridOptions {
  /** Photos per row (default 2). */
  columns?: number
  /** The box each photo is scaled into, keeping its proportions (default 7.6 x 6 cm: three rows to an A4 page). */
  maxWidthCm?: number
  maxHeightCm?: number
  captionPt?: number
  /** Number of the first photo (default 1). */
  firstNumber?: number
}

/** The default box a photo is printed in: two to a row, three rows to an A4 page. */
export const PHOTO_BOX_CM = { widthCm: 7.6, heightCm: 6 } as const

/** docx sizes images in pixels at 96 per inch. */
const PX_PER_CM = 96 / 2.54

/** The image scaled to fit the box, or null when the bytes are not a PNG or JPEG we can read. */
export function fittedImage(bytes: Uint8Array, maxWidthCm: number, maxHeightCm: number, altText = 'Foto'): ImageRun | null {
  const info = imageInfo(bytes)
  if (!info) return null
  const scale = Math.min((maxWidthCm * PX_PER_CM) / info.width, (maxHeightCm * PX_PER_CM) / info.height)
  return new ImageRun({
    type: info.type,
    data: bytes,
    transformation: { width: Math.max(1, Math.round(info.width * scale)), height: Math.max(1, Math.round(info.height * scale)) },
    altText: { name: altText, description: altText, title: altText },
  })
}

/** "Foto 1. <caption>" */
export function photoCaption(n: number, caption: string): string {
  return `Foto ${n}.${caption.trim() ? ` ${caption.trim()}` : ''}`
}

/**
 * The photos in rows of `columns`, each centred in its column on a common bottom line with its caption under it, so
 * captions line up when landscape and portrait photos share a row; a row and its captions stay on one page. A file
 * that is not a readable PNG or JPEG gets a note in its place instead of failing the document.
 */
export function photoGrid(photos: readonly PhotoItem[], options: PhotoGridOptions = {}): Table {
  if (!photos.length) throw new Error('photoGrid: no photos')
  const columns = options.columns ?? 2
  const first = options.firstNumber ?? 1
  const captionPt = options.captionPt ?? 10
  const width = 100 / columns
  const cell = (children: Paragraph[], verticalAlign: TableVerticalAlign) =>
    new TableCell({ children, width: { size: width, type: WidthType.PERCENTAGE }, verticalAlign })
  const rows: TableRow[] = []
  for (let start = 0; start < photos.length; start += columns) {
    const slots = Array.from({ length: columns }, (_, c) => photos[start + c])
    const images = slots.map((photo, c) => {
      if (!photo) return [new Paragraph({})]
      const image = fittedImage(photo.bytes, options.maxWidthCm ?? PHOTO_BOX_CM.widthCm, options.maxHeightCm ?? PHOTO_BOX_CM.heightCm, photoCaption(first + start + c, photo.caption))
      return [
        image
          ? new Paragraph({ children: [image], alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 60 } })
          : paragraph('(berkas foto tidak dapat ditampilkan)', { align: 'center', sizePt: captionPt, keepNext: true }),
      ]
    })
    const captions = slots.map((photo, c) => [
      paragraph(photo ? photoCaption(first + start + c, photo.caption) : '', { align: 'center', sizePt: captionPt, spacingAfterPt: 12 }),
    ])
    rows.push(
      new TableRow({ cantSplit: true, children: images.map((p) => cell(p, VerticalAlignTable.BOTTOM)) }),
      new TableRow({ cantSplit: true, children: captions.map((p) => cell(p, VerticalAlignTable.TOP)) }),
    )
  }
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: 0, right: 0 },
    rows,
  })
}
