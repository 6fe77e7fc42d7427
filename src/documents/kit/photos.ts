// Photos laid out in a borderless grid with numbered captions ("Foto 1. Rak R01 sebelum penarikan").
import { ImageRun, Paragraph, type Table } from 'docx'
import { layoutGrid, type CellContent } from './grid'
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
  /** The box each photo is scaled into, keeping its proportions (default 7.6 x 7 cm). */
  maxWidthCm?: number
  maxHeightCm?: number
  captionPt?: number
  /** Number of the first photo (default 1). */
  firstNumber?: number
}

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
 * The photos in rows of `columns`, each centred in its cell with its caption under it; a row never splits across
 * pages. A file that is not a readable PNG or JPEG gets a note in its place instead of failing the document.
 */
export function photoGrid(photos: readonly PhotoItem[], options: PhotoGridOptions = {}): Table {
  if (!photos.length) throw new Error('photoGrid: no photos')
  const columns = options.columns ?? 2
  const first = options.firstNumber ?? 1
  const captionPt = options.captionPt ?? 10
  const cells: CellContent[] = photos.map((photo, i) => {
    const caption = photoCaption(first + i, photo.caption)
    const image = fittedImage(photo.bytes, options.maxWidthCm ?? 7.6, options.maxHeightCm ?? 7, caption)
    return [
      image
        ? new Paragraph({ children: [image], alignment: 'center', keepNext: true })
        : paragraph('(berkas foto tidak dapat ditampilkan)', { align: 'center', sizePt: captionPt, keepNext: true }),
      paragraph(caption, { align: 'center', sizePt: captionPt, spacingAfterPt: 12 }),
    ]
  })
  const rows: CellContent[][] = []
  for (let i = 0; i < cells.length; i += columns) {
    rows.push(Array.from({ length: columns }, (_, c) => cells[i + c] ?? []))
  }
  return layoutGrid(
    Array.from({ length: columns }, () => 100 / columns),
    rows,
    { cantSplit: true },
  )
}
