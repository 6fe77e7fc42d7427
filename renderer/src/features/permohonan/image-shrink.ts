// Photos from a phone are large (4000 px, several MB) and carry their rotation in EXIF. Before upload the renderer
// draws each one, turned the right way up, onto a canvas no larger than 1600 px and sends it as JPEG: a few hundred
// KB that still reads well in the Laporan's appendix, without the EXIF (GPS position) of the original.

export const SHRINK_MAX_PX = 1600
export const SHRINK_QUALITY = 0.85

/** The size that fits within max x max keeping the aspect ratio; never enlarges. */
export function fitWithin(width: number, height: number, max = SHRINK_MAX_PX): { width: number; height: number } {
  if (width <= 0 || height <= 0) return { width: 0, height: 0 }
  const scale = Math.min(1, max / Math.max(width, height))
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

/** "IMG_2041.HEIC" -> "IMG_2041.jpg" */
export function jpegName(fileName: string): string {
  const base = fileName.replace(/\.[^./\\]*$/, '') || 'foto'
  return `${base}.jpg`
}

export interface ShrunkImage {
  blob: Blob
  fileName: string
  width: number
  height: number
}

export class ImageShrinkError extends Error {}

/**
 * Decodes an image (EXIF orientation applied), scales it to fit SHRINK_MAX_PX and encodes it as JPEG. Transparent
 * areas (PNG) become white rather than black.
 */
export async function shrinkImage(file: Blob & { name?: string }, options: { max?: number; quality?: number } = {}): Promise<ShrunkImage> {
  const max = options.max ?? SHRINK_MAX_PX
  const quality = options.quality ?? SHRINK_QUALITY
  const name = file.name ?? 'foto.jpg'
  let bitmap: ImageBitmap
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
  } catch {
    throw new ImageShrinkError(`Gambar "${name}" tidak dapat dibaca. Gunakan foto JPG atau PNG.`)
  }
  try {
    const size = fitWithin(bitmap.width, bitmap.height, max)
    const canvas = document.createElement('canvas')
    canvas.width = size.width
    canvas.height = size.height
    const g = canvas.getContext('2d')
    if (!g) throw new ImageShrinkError('Peramban tidak dapat mengolah gambar.')
    g.fillStyle = '#ffffff'
    g.fillRect(0, 0, size.width, size.height)
    g.imageSmoothingEnabled = true
    g.imageSmoothingQuality = 'high'
    g.drawImage(bitmap, 0, 0, size.width, size.height)
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality))
    if (!blob) throw new ImageShrinkError(`Gambar "${name}" tidak dapat dikecilkan.`)
    return { blob, fileName: jpegName(name), width: size.width, height: size.height }
  } finally {
    bitmap.close()
  }
}
