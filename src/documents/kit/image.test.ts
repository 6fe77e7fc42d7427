import { describe, expect, it } from 'vitest'
import { imageInfo } from './image'
import { pngImage } from './testing/png'

/** The start of a JPEG up to its frame header: enough for imageInfo, not a decodable picture. */
function jpegHeader(sof: number, width: number, height: number, fill = false): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]
  const dqt = [0xff, 0xdb, 0x00, 0x04, 0x00, 0x00]
  const frame = [0xff, sof, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, ...Array(9).fill(0)]
  return new Uint8Array([0xff, 0xd8, ...app0, ...dqt, ...(fill ? [0xff] : []), ...frame])
}

describe('imageInfo', () => {
  it('reads a PNG', () => {
    expect(imageInfo(pngImage(30, 20, () => [0, 0, 0, 255]))).toEqual({ type: 'png', width: 30, height: 20 })
  })

  it('reads baseline and progressive JPEG frames, past other segments and fill bytes', () => {
    expect(imageInfo(jpegHeader(0xc0, 640, 480))).toEqual({ type: 'jpg', width: 640, height: 480 })
    expect(imageInfo(jpegHeader(0xc2, 300, 1200))).toEqual({ type: 'jpg', width: 300, height: 1200 })
    expect(imageInfo(jpegHeader(0xc0, 64, 64, true))).toEqual({ type: 'jpg', width: 64, height: 64 })
  })

  it('refuses anything else', () => {
    expect(imageInfo(new Uint8Array())).toBeNull()
    expect(imageInfo(new TextEncoder().encode('GIF89a....................'))).toBeNull()
    expect(imageInfo(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02, 0, 0, 0, 0, 0, 0]))).toBeNull()
    expect(imageInfo(pngImage(1, 1, () => [0, 0, 0, 0]).subarray(0, 20))).toBeNull()
  })
})
