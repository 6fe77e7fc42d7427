import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { imageInfo } from './image'
import type { Kop } from './kop'
import { PRINT_DPI, printReadyImage, printReadyPhotos, withPrintReadyImages } from './print-image'
import { pngImage } from './testing/png'
import { phonePhoto } from './testing/photo'

const BOX = { widthCm: 7.6, heightCm: 6 }
const maxPx = (cm: number) => Math.round((cm / 2.54) * PRINT_DPI)

describe('printReadyImage', () => {
  it('turns a portrait phone photo stored landscape with an EXIF orientation tag upright', async () => {
    // 4000 x 3000 pixels as stored, tag 6 (rotate 90° clockwise to view): a portrait photo 3000 x 4000.
    const raw = await phonePhoto({ orientation: 6 })
    expect(imageInfo(raw)).toMatchObject({ width: 4000, height: 3000 })
    const out = (await printReadyImage(raw, BOX))!
    const info = imageInfo(out)!
    expect(info.type).toBe('jpg')
    expect(info.height).toBeGreaterThan(info.width)
    // Fitted into 7.6 x 6 cm at 200 dpi: the height is the limit.
    expect(info.height).toBe(maxPx(6))
    expect((await sharp(out).metadata()).orientation ?? 1).toBe(1)
    // The top of the upright photo is what the camera's tag says: the red band stored on the left edge.
    const { data } = await sharp(out).extract({ left: Math.floor(info.width / 2), top: 2, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true })
    expect(data[0]).toBeGreaterThan(200)
    expect(data[2]).toBeLessThan(60)
  })

  it('scales a 12 MP photo to about 200 dpi at its printed size: a few dozen kB instead of megabytes', async () => {
    const raw = await phonePhoto({})
    const out = (await printReadyImage(raw, BOX))!
    expect(imageInfo(out)).toMatchObject({ width: maxPx(7.6) })
    expect(out.byteLength).toBeLessThan(raw.byteLength / 10)
  })

  it('leaves an upright image already small enough as it is, keeps a logo transparent, and refuses what is no image', async () => {
    const small = pngImage(300, 200, () => [0, 0, 0, 255])
    expect(await printReadyImage(small, BOX)).toBe(small)
    const bigLogo = pngImage(1200, 1200, (x) => [0, 0, 0, x % 2 ? 0 : 255])
    const logo = (await printReadyImage(bigLogo, { widthCm: 2.2, heightCm: 3 }))!
    expect(imageInfo(logo)).toEqual({ type: 'png', width: maxPx(2.2), height: maxPx(2.2) })
    expect(await printReadyImage(new TextEncoder().encode('bukan gambar'), BOX)).toBeNull()
  })

  it('gives an unreadable photo empty bytes (the grid then prints a note) and prepares kop and photos together', async () => {
    const [bad] = await printReadyPhotos([{ bytes: new Uint8Array([1, 2, 3]), caption: 'x' }], BOX)
    expect(bad).toEqual({ bytes: new Uint8Array(), caption: 'x' })
    const data = await withPrintReadyImages({ kop: { logo: await phonePhoto({ orientation: 8 }) } as unknown as Kop, foto: [{ bytes: await phonePhoto({ orientation: 6 }), caption: 'a' }] })
    expect(imageInfo(data.kop.logo!)!.height).toBeGreaterThan(imageInfo(data.kop.logo!)!.width)
    expect(imageInfo(data.foto[0].bytes)!.height).toBeGreaterThan(imageInfo(data.foto[0].bytes)!.width)
  })
})
