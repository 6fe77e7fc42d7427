import { attachmentContent, removeAttachment, storeAttachment } from '../../services/attachments'
import { closeAsArchived, getLetter, similarLetters, letterHistory, letterYears, listLetters, registerLetter, updateLetter, voidLetter, LETTER_ENTITY } from '../../services/letters'
import { DomainError } from '../contract/errors'
import type { HandlersFor } from './types'

export const letterHandlers: HandlersFor<'letters'> = {
  'letters.register': registerLetter,
  'letters.update': updateLetter,
  'letters.void': voidLetter,
  'letters.cukupDiarsipkan': closeAsArchived,
  'letters.list': (ctx, input) => listLetters(ctx.em, input),
  'letters.similar': (ctx, input) => similarLetters(ctx.em, input),
  'letters.get': (ctx, input) => getLetter(ctx.em, input.id),
  'letters.history': (ctx, input) => letterHistory(ctx.em, input.id),
  'letters.years': (ctx) => letterYears(ctx.em),
  'letters.attach': async (ctx, input) => {
    const letter = await getLetter(ctx.em, input.letterId)
    if (letter.status === 'dibatalkan') throw new DomainError('Surat yang sudah dibatalkan tidak dapat diberi berkas baru.')
    return storeAttachment(ctx, { type: LETTER_ENTITY, id: letter.id }, input)
  },
  'letters.detach': async (ctx, input) => {
    await removeAttachment(ctx, input.attachmentId, input.alasan)
    return { ok: true as const }
  },
}

export const attachmentHandlers: HandlersFor<'attachments'> = {
  'attachments.content': (ctx, input) => attachmentContent(ctx.em, input.id),
}
