// Phone-like photos for tests: 4000 x 3000 JPEG (12 MP) with real detail, optionally tagged with an EXIF orientation,
// as a phone stores a portrait shot (pixels landscape, tag 6 or 8).
import sharp from 'sharp'

const cache = new Map<string, Buffer>()

/**
 * A 12 MP JPEG of noisy detail (so it compresses like a photo, 3-5 MB) with a red band along its stored left edge,
 * which is the top of the picture when `orientation` is 6. Cached per options: building one takes about a second.
 */
export async function phonePhoto(options: { orientation?: number; width?: number; height?: number; seed?: number }): Promise<Buffer> {
  const { orientation, width = 4000, height = 3000, seed = 1 } = options
  const key = JSON.stringify([orientation, width, height, seed])
  const hit = cache.get(key)
  if (hit) return hit
  const pixels = Buffer.alloc(width * height * 3)
  let s = seed * 2654435761
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3
      s = (s * 1103515245 + 12345) & 0x7fffffff
      const noise = s & 0x3f
      if (x < width / 10) pixels.set([230, 20 + (noise >> 2), 20], i)
      else pixels.set([((x >> 4) & 0x7f) + noise, ((y >> 4) & 0x7f) + noise, 120 + (noise >> 1)], i)
    }
  }
  let img = sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 92 })
  if (orientation) img = img.withMetadata({ orientation })
  const out = await img.toBuffer()
  cache.set(key, out)
  return out
}
