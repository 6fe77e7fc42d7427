import { DomainError } from '../contract/errors'
import type { AttachmentInfo } from '../contract/letters'
import { storeAttachment } from './attachments'
import type { Ctx } from './context'
import { getLetter, LETTER_ENTITY } from './letters'

/**
 * Attaches a scan (PDF/JPG/PNG) to a letter. A voided letter takes no new files: its record is closed.
 * Throws NotFoundError for an unknown letter, DomainError (Indonesian) for a voided one or a wrong file type.
 */
export async function attachToLetter(ctx: Ctx, input: { letterId: number } & Parameters<typeof storeAttachment>[2]): Promise<AttachmentInfo> {
  const letter = await getLetter(ctx.em, input.letterId)
  if (letter.status === 'dibatalkan') throw new DomainError('Surat yang sudah dibatalkan tidak dapat diberi berkas baru.')
  return storeAttachment(ctx, { type: LETTER_ENTITY, id: letter.id }, input)
}
