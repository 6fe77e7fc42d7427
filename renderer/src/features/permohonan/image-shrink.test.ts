import { describe, expect, it } from 'vitest'
import { fitWithin, jpegName } from './image-shrink'

describe('image-shrink', () => {
  it('fits a large photo within 1600 px, keeping its shape', () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: 1600, height: 1200 })
    expect(fitWithin(3024, 4032)).toEqual({ width: 1200, height: 1600 })
    expect(fitWithin(5000, 100)).toEqual({ width: 1600, height: 32 })
  })

  it('never enlarges a small one', () => {
    expect(fitWithin(640, 480)).toEqual({ width: 640, height: 480 })
    expect(fitWithin(1600, 1600)).toEqual({ width: 1600, height: 1600 })
    expect(fitWithin(0, 10)).toEqual({ width: 0, height: 0 })
  })

  it('names the result .jpg', () => {
    expect(jpegName('IMG_2041.HEIC')).toBe('IMG_2041.jpg')
    expect(jpegName('rak depan.png')).toBe('rak depan.jpg')
    expect(jpegName('foto')).toBe('foto.jpg')
    expect(jpegName('.png')).toBe('foto.jpg')
  })
})
