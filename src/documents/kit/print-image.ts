// Images made ready for print in the core, whatever path they came by (the renderer's resize, a scan, a file copied
// straight into the database): turned upright by their EXIF orientation and scaled to about 200 dpi at the size they
// are printed, so a phone photo does not print sideways and 12 of them do not make a 12 MB document.
import { createHash } from 'node:crypto'
import sharp from 'sharp'
import { imageInfo } from './image'
import type { Kop } from './kop'
import { LOGO_BOX_CM } from './kop'
import { PHOTO_BOX_CM } from './photos'

/** Print resolution: sharp on an office laser printer; a photo printed 7.6 x 6 cm keeps about 600 x 470 pixels. */
export const PRINT_DPI = 200
/** Headroom before an image counts as too big: one within 25 % of the target is left alone. */
const SLACK = 1.25
const JPEG_QUALITY = 80

export interface PrintBox {
  /** Largest printed width and height in cm; the image keeps its proportions inside the box. */
  widthCm: number
  heightCm: number
}

const pixels = (cm: number) => Math.round((cm / 2.54) * PRINT_DPI)

/** Recently prepared images by content and box: regenerating a document (the usual case) redoes no photo. */
const recent = new Map<string, Promise<Uint8Array | null>>()
/** About 15 documents' photos; an entry is a print-sized image of 50-300 kB. */
const RECENT_MAX = 200

/**
 * The image upright (EXIF orientation applied, the tag dropped) and no larger than the box at `PRINT_DPI`, as JPEG
 * (photos) or PNG (images with transparency, e.g. a logo). An image already upright and small enough keeps its bytes.
 * Returns null when the bytes are not an image sharp can read; the caller prints a note in its place.
 */
export function printReadyImage(bytes: Uint8Array, box: PrintBox): Promise<Uint8Array | null> {
  const key = `${box.widthCm}x${box.heightCm}:${createHash('sha1').update(bytes).digest('base64')}`
  const hit = recent.get(key)
  if (hit) {
    // Map keeps insertion order: re-inserting makes this the most recent entry.
    recent.delete(key)
    recent.set(key, hit)
    return hit
  }
  const made = prepare(bytes, box)
  recent.set(key, made)
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value!)
  return made
}

async function prepare(bytes: Uint8Array, box: PrintBox): Promise<Uint8Array | null> {
  let meta: sharp.Metadata
  try {
    meta = await sharp(bytes).metadata()
  } catch {
    return null
  }
  if (!meta.width || !meta.height) return null
  const maxW = pixels(box.widthCm)
  const maxH = pixels(box.heightCm)
  const upright = !meta.orientation || meta.orientation === 1
  const small = meta.width <= maxW * SLACK && meta.height <= maxH * SLACK && meta.width * meta.height <= maxW * maxH * SLACK
  if (upright && small && (meta.format === 'jpeg' || meta.format === 'png') && imageInfo(bytes)) return bytes
  try {
    // rotate() with no angle applies the EXIF orientation; the output carries no EXIF, so nothing rotates it twice.
    const pipeline = sharp(bytes, { failOn: 'none' }).rotate().resize({ width: maxW, height: maxH, fit: 'inside', withoutEnlargement: true })
    const keepsAlpha = meta.hasAlpha && meta.format === 'png'
    const out = keepsAlpha
      ? await pipeline.png({ compressionLevel: 9, palette: false }).toBuffer()
      : await pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: JPEG_QUALITY, mozjpeg: true }).toBuffer()
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength)
  } catch {
    return null
  }
}

/**
 * Every photo print-ready for the box, concurrently (sharp works off the main thread). A photo that cannot be read
 * gets empty bytes: the photo grid prints "(berkas foto tidak dapat ditampilkan)" in its place.
 */
export async function printReadyPhotos<T extends { bytes: Uint8Array }>(photos: readonly T[], box: PrintBox): Promise<T[]> {
  return Promise.all(photos.map(async (p) => ({ ...p, bytes: (await printReadyImage(p.bytes, box)) ?? new Uint8Array() })))
}

/**
 * A document's data with its kop logo and photos print-ready. Every .docx builder that places images calls this
 * first, so no path into a document skips it.
 */
export async function withPrintReadyImages<T extends { kop: Kop; foto?: readonly { bytes: Uint8Array; caption: string }[] }>(data: T): Promise<T> {
  const logo = data.kop.logo?.length ? await printReadyImage(data.kop.logo, LOGO_BOX_CM) : null
  return {
    ...data,
    kop: { ...data.kop, logo },
    ...(data.foto ? { foto: await printReadyPhotos(data.foto, PHOTO_BOX_CM) } : {}),
  }
}
