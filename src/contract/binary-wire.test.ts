import { describe, expect, it } from 'vitest'
import { contentDisposition, fileNameOf, INPUT_PART, placeBytes, splitBytes, uploadBody } from './binary-wire'

describe('browser-mode wire for bytes', () => {
  it('splits the bytes out of an input and puts them back where they were', () => {
    const logo = new Uint8Array([0x89, 0x50])
    const input = { versi: 3, logoBaru: { fileName: 'logo.png', bytes: logo }, hapusLogo: false }
    const { rest, parts } = splitBytes(input)
    expect(rest).toEqual({ versi: 3, logoBaru: { fileName: 'logo.png', bytes: null }, hapusLogo: false })
    expect(parts).toEqual([{ path: 'logoBaru.bytes', bytes: logo }])
    const back = JSON.parse(JSON.stringify(rest)) as unknown
    expect(placeBytes(back, 'logoBaru.bytes', logo)).toBe(true)
    expect(back).toEqual(input)
  })

  it('fills only a null splitBytes left, never through a prototype key or into a missing field', () => {
    const bytes = new Uint8Array([1])
    expect(placeBytes({ a: null }, '__proto__.a', bytes)).toBe(false)
    expect(placeBytes({ constructor: { prototype: null } }, 'constructor.prototype', bytes)).toBe(false)
    expect(placeBytes({ a: 'teks' }, 'a', bytes)).toBe(false)
    expect(placeBytes({ a: null }, 'b', bytes)).toBe(false)
    expect(placeBytes({ a: [null] }, 'a.0', bytes)).toBe(false)
    expect(placeBytes({ a: null }, '', bytes)).toBe(false)
    expect(({} as Record<string, unknown>).a).toBeUndefined()
  })

  it('sends an input without bytes as JSON (no multipart body)', async () => {
    expect(uploadBody({ id: 1 })).toBeNull()
    const form = uploadBody({ id: 1, bytes: new Uint8Array([7, 8]) })!
    expect(JSON.parse(form.get(INPUT_PART) as string)).toEqual({ id: 1, bytes: null })
    expect(new Uint8Array(await (form.get('bytes') as Blob).arrayBuffer())).toEqual(new Uint8Array([7, 8]))
  })

  it('names a downloaded file in UTF-8 with an ASCII fallback, and reads the name back', () => {
    const name = 'Berita Acara "Penarikan" – Dinas Pendidikan.docx'
    const header = contentDisposition(name)
    expect(header).toBe(`attachment; filename="Berita Acara _Penarikan_ _ Dinas Pendidikan.docx"; filename*=UTF-8''${encodeURIComponent(name)}`)
    expect(fileNameOf(header)).toBe(name)
    expect(fileNameOf(null)).toBe('')
    expect(fileNameOf("attachment; filename*=UTF-8''%E0%A4%A")).toBe('')
  })
})
