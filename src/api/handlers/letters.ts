import { attachmentContent, removeAttachment } from '../../services/attachments'
import { attachToLetter } from '../../services/letter-attachments'
import { closeAsArchived, getLetter, similarLetters, lastRegistered, letterHistory, letterYears, listLetters, registerLetter, updateLetter, voidLetter } from '../../services/letters'
import { assertMayReadAttachment, maskDetail, maskHistory, maskRow, mayRead } from '../../services/rahasia'
import type { HandlersFor } from './types'

export const letterHandlers: HandlersFor<'letters'> = {
  'letters.register': registerLetter,
  'letters.update': updateLetter,
  'letters.void': voidLetter,
  'letters.cukupDiarsipkan': async (ctx, input) => maskDetail(ctx.em, ctx.actor, await closeAsArchived(ctx, input)),
  'letters.list': (ctx, input) => listLetters(ctx.em, input, ctx.actor),
  // A likely duplicate is shown by number and sender; a Rahasia letter's Hal stays closed as in the list.
  'letters.terakhirDicatat': (ctx) => lastRegistered(ctx.em),
  'letters.similar': async (ctx, input) => Promise.all((await similarLetters(ctx.em, input)).map(async (r) => maskRow(r, await mayRead(ctx.em, ctx.actor, r.id)))),
  'letters.get': async (ctx, input) => maskDetail(ctx.em, ctx.actor, await getLetter(ctx.em, input.id)),
  'letters.history': async (ctx, input) => maskHistory(ctx.em, ctx.actor, input.id, await letterHistory(ctx.em, input.id)),
  'letters.years': (ctx) => letterYears(ctx.em),
  'letters.attach': attachToLetter,
  'letters.detach': async (ctx, input) => {
    await removeAttachment(ctx, input.attachmentId, input.versi, input.alasan)
    return { ok: true as const }
  },
}

export const attachmentHandlers: HandlersFor<'attachments'> = {
  'attachments.content': async (ctx, input) => {
    await assertMayReadAttachment(ctx.em, ctx.actor, input.id)
    return attachmentContent(ctx.em, input.id)
  },
}
