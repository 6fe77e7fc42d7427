import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FotoCetak } from '../db/entities/FotoCetak'
import { PHOTO_BOX_CM } from '../documents/kit'
import { phonePhoto } from '../documents/kit/testing/photo'
import { pngImage } from '../documents/kit/testing/png'
import { createTestCore, type TestCore } from '../testing/core'
import { createOfficials, type Officials } from '../testing/officials'
import { printBoxKey, printReadyAttachment } from './print-images'

describe('print-ready photos kept in the database', () => {
  let t: TestCore
  let o: Officials
  let letterId: number
  beforeAll(async () => {
    t = await createTestCore()
    o = await createOfficials(t)
    letterId = (await t.call(o.tu, 'letters.register', { nomorSurat: 'B/1', tanggalSurat: '2026-11-20', asalSurat: 'Dinas Pendidikan', hal: 'Foto', sifat: 'Biasa', jenisPermohonan: 'Lainnya' })).id
  })
  afterAll(async () => t.close())

  const attach = async (bytes: Buffer, fileName: string) =>
    (await t.call(o.tu, 'letters.attach', { letterId, fileName, mimeType: 'image/jpeg', bytes: bytes })).id

  it('makes a portrait phone photo upright and print-sized once, then serves the stored copy', async () => {
    const original = await phonePhoto({ seed: 3, orientation: 6 })
    const id = await attach(original, 'potret.jpg')
    const em = t.core.ds.manager
    const first = (await printReadyAttachment(em, id, PHOTO_BOX_CM))!
    const meta = await sharp(first).metadata()
    // Stored 4000 x 3000 with orientation 6: printed portrait, about 200 dpi in a 7.6 x 6 cm box.
    expect(meta.height).toBeGreaterThan(meta.width!)
    expect(meta.height).toBeLessThanOrEqual(Math.round((6 / 2.54) * 200))
    expect(meta.orientation ?? 1).toBe(1)
    expect(first.byteLength).toBeLessThan(original.byteLength / 10)
    const rows = await em.getRepository(FotoCetak).find()
    expect(rows.map((r) => [r.kotak, r.mimeType])).toEqual([[printBoxKey(PHOTO_BOX_CM), 'image/jpeg']])
    // The second build reads the stored copy: marked here, so serving it and not remaking it shows.
    const marker = pngImage(4, 3, () => [1, 2, 3, 255])
    await em.getRepository(FotoCetak).update({ sha256: rows[0].sha256, kotak: rows[0].kotak }, { data: marker })
    expect(Buffer.from((await printReadyAttachment(em, id, PHOTO_BOX_CM))!)).toEqual(marker)
    // Another box (the kop logo's) is another copy.
    await printReadyAttachment(em, id, { widthCm: 2.5, heightCm: 2.5 })
    expect(await em.getRepository(FotoCetak).count()).toBe(2)
  }, 60_000)

  it('stores nothing for a file that is no image it can print, and refuses an unknown attachment', async () => {
    const id = await attach(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]), 'rusak.jpg')
    const before = await t.core.ds.manager.getRepository(FotoCetak).count()
    expect(await printReadyAttachment(t.core.ds.manager, id, PHOTO_BOX_CM)).toBeNull()
    expect(await t.core.ds.manager.getRepository(FotoCetak).count()).toBe(before)
    await expect(printReadyAttachment(t.core.ds.manager, 999_999, PHOTO_BOX_CM)).rejects.toThrow('Lampiran')
  })
})
