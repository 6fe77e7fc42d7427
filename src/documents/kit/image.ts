// Reads the kind and pixel size of an uploaded PNG or JPEG: docx needs both to place an image at a given width.
export interface ImageInfo {
  type: 'png' | 'jpg'
  width: number
  height: number
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

function u16(b: Uint8Array, i: number): number {
  return (b[i] << 8) | b[i + 1]
}

function u32(b: Uint8Array, i: number): number {
  return ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0
}

function pngInfo(b: Uint8Array): ImageInfo | null {
  // IHDR is always the first chunk: width and height follow its length and type.
  if (b.length < 24 || !PNG_SIGNATURE.every((v, i) => b[i] === v)) return null
  return { type: 'png', width: u32(b, 16), height: u32(b, 20) }
}

function jpegInfo(b: Uint8Array): ImageInfo | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null
  let i = 2
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null
    const marker = b[i + 1]
    if (marker === 0xff) {
      i++ // fill byte
      continue
    }
    // Start-of-frame markers C0-CF (except C4 DHT, C8 JPG, CC DAC) carry the size; scan data (DA) comes after them.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { type: 'jpg', height: u16(b, i + 5), width: u16(b, i + 7) }
    }
    if (marker === 0xda) return null
    i += 2 + u16(b, i + 2)
  }
  return null
}

/** The image's kind and size, or null when the bytes are not a PNG or JPEG we can read. */
export function imageInfo(bytes: Uint8Array): ImageInfo | null {
  const info = pngInfo(bytes) ?? jpegInfo(bytes)
  return info && info.width > 0 && info.height > 0 ? info : null
}
