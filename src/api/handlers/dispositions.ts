import { todayInOffice } from '../../domain/dates'
import { createDisposition, dispositionsOf, inbox, inboxCount, markRead, recipientOptions, setRecipientStatus } from '../../services/dispositions'
import { bukuAgendaFile, lembarDisposisiFile } from '../../services/letter-documents'
import { getLetter } from '../../services/letters'
import { assertMayReadLetter, maskDispositions } from '../../services/rahasia'
import { rekapDisposisiFile, rekapPermohonanFile } from '../../services/rekap-documents'
import type { HandlersFor } from './types'

export const dispositionHandlers: HandlersFor<'disposisi'> = {
  'disposisi.create': createDisposition,
  'disposisi.forLetter': async (ctx, input) => {
    await getLetter(ctx.em, input.suratId)
    return maskDispositions(ctx.em, ctx.actor, input.suratId, await dispositionsOf(ctx.em, input.suratId, todayInOffice(ctx.now)))
  },
  'disposisi.inbox': inbox,
  'disposisi.inboxCount': (ctx) => inboxCount(ctx),
  'disposisi.markRead': (ctx, input) => markRead(ctx, input.penerimaId),
  'disposisi.setStatus': setRecipientStatus,
  'disposisi.recipients': recipientOptions,
}

export const documentHandlers: HandlersFor<'documents'> = {
  'documents.lembarDisposisi': async (ctx, input) => {
    await assertMayReadLetter(ctx.em, ctx.actor, input.suratId)
    return lembarDisposisiFile(ctx, input.suratId)
  },
  'documents.bukuAgenda': bukuAgendaFile,
  'documents.rekapDisposisi': rekapDisposisiFile,
  'documents.rekapPermohonan': rekapPermohonanFile,
}
