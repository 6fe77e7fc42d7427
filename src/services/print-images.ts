// Owner of foto_cetak: print-ready copies of attached images, made once per original and print box and kept in the
// database, so a document regenerated later (the usual case, also after a restart) loads 50-100 kB per photo instead
// of the 2-4 MB original and does not decode, turn and scale it again.
import type { EntityManager } from 'typeorm'
import { NotFoundError } from '../contract/errors'
import { FotoCetak } from '../db/entities/FotoCetak'
import { printReadyImage, PRINT_DPI, type PrintBox } from '../documents/kit/print-image'
import { attachmentBytes, attachmentSha256, sniffMime } from './attachments'

/** The cache key of a print box, with the resolution: a change of either makes new copies. */
export function printBoxKey(box: PrintBox): string {
  return `${box.widthCm}x${box.heightCm}cm@${PRINT_DPI}dpi`
}

/**
 * The attachment's image upright and scaled for `box` (see printReadyImage), from the cache when made before; made
 * and stored otherwise. Returns null when the file is not an image that can be printed (nothing is stored then, so a
 * later, better decoder gets another chance). Throws NotFoundError for an unknown or removed attachment.
 */
export async function printReadyAttachment(em: EntityManager, attachmentId: number, box: PrintBox): Promise<Uint8Array | null> {
  const sha256 = await attachmentSha256(em, attachmentId)
  if (!sha256) throw new NotFoundError('Lampiran')
  const key = { sha256, kotak: printBoxKey(box) }
  const cached = await em.getRepository(FotoCetak).findOne({ where: key, select: { sha256: true, data: true } })
  if (cached) return new Uint8Array(cached.data)
  const ready = await printReadyImage(await attachmentBytes(em, attachmentId), box)
  if (!ready) return null
  // Two PCs (or two downloads) may make the same copy at once: the first one stored stays.
  await em
    .createQueryBuilder()
    .insert()
    .into(FotoCetak)
    .values({ ...key, mimeType: sniffMime(ready) ?? 'image/jpeg', data: Buffer.from(ready), dibuatPada: new Date().toISOString() })
    .orIgnore()
    .execute()
  return ready
}
