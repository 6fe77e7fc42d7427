// Phone-like photos for tests: 4000 x 3000 JPEG (12 MP) with noisy detail that compresses like a photo (2-4 MB),
// optionally tagged with an EXIF orientation, as a phone stores a portrait shot (pixels landscape, tag 6 or 8).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'

const cache = new Map<string, Promise<Buffer>>()

/**
 * A 12 MP JPEG with a red band along its stored left edge, which is the top of the picture when `orientation` is 6.
 * `seed` varies the noise so photos differ. Cached per options, in memory and in the temp folder (making one takes
 * about a second).
 */
export function phonePhoto(options: { orientation?: number; width?: number; height?: number; seed?: number }): Promise<Buffer> {
  const { orientation, width = 4000, height = 3000, seed = 1 } = options
  const key = JSON.stringify([orientation, width, height, seed])
  let made = cache.get(key)
  if (!made) {
    made = fromDisk(key, () => make(width, height, seed, orientation))
    cache.set(key, made)
  }
  return made
}

const DIR = join(tmpdir(), 'sidara-test-photos-v1')

async function fromDisk(key: string, build: () => Promise<Buffer>): Promise<Buffer> {
  const file = join(DIR, `${key.replace(/[^0-9a-z,]/gi, '_')}.jpg`)
  if (existsSync(file)) return readFileSync(file)
  const bytes = await build()
  mkdirSync(DIR, { recursive: true })
  // Written under another name first, so a parallel test never reads half a file.
  const part = `${file}.${process.pid}.part`
  writeFileSync(part, bytes)
  renameSync(part, file)
  return bytes
}

async function make(width: number, height: number, seed: number, orientation?: number): Promise<Buffer> {
  // Noise at a quarter of the size, enlarged: fine detail like a photo's, made in a fraction of the time.
  const small = { width: Math.round(width / 4), height: Math.round(height / 4), channels: 3 as const }
  const noise = await sharp({ create: { ...small, background: '#000', noise: { type: 'gaussian', mean: 100 + (seed % 50), sigma: 45 } } }).raw().toBuffer()
  const band = await sharp({ create: { width: Math.round(width / 10), height, channels: 3, background: { r: 230, g: 20, b: 20 } } }).raw().toBuffer()
  const enlarged = await sharp(noise, { raw: small }).resize(width, height, { kernel: 'cubic' }).raw().toBuffer()
  let img = sharp(enlarged, { raw: { width, height, channels: 3 } })
    .composite([{ input: band, raw: { width: Math.round(width / 10), height, channels: 3 }, left: 0, top: 0 }])
    .jpeg({ quality: 88 })
  if (orientation) img = img.withMetadata({ orientation })
  return img.toBuffer()
}
