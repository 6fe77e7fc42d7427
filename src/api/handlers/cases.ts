import { todayInOffice } from '../../domain/dates'
import { caseDocument } from '../../services/permohonan/documents'
import { act, openCase } from '../../services/permohonan/engine'
import { attachCasePhoto, removeCasePhoto } from '../../services/permohonan/photos'
import { caseDetail, caseRowForLetter, caseStats, listCases } from '../../services/permohonan/queries'
// Registers the shipped SOPs with the engine before any case operation runs.
import '../../sops/registry'
import type { HandlersFor } from './types'

export const caseHandlers: HandlersFor<'kasus'> = {
  'kasus.open': async (ctx, input) => {
    const c = await openCase(ctx, input.suratId)
    return caseDetail(ctx.em, c.id, ctx.actor, ctx.now)
  },
  'kasus.list': (ctx, input) => listCases(ctx.em, input, todayInOffice(ctx.now), ctx.actor),
  'kasus.get': (ctx, input) => caseDetail(ctx.em, input.id, ctx.actor, ctx.now),
  'kasus.forLetter': (ctx, input) => caseRowForLetter(ctx.em, input.suratId, todayInOffice(ctx.now), ctx.actor),
  'kasus.stats': (ctx) => caseStats(ctx.em, todayInOffice(ctx.now)),
  'kasus.act': async (ctx, input) => {
    const c = await act(ctx, input)
    return caseDetail(ctx.em, c.id, ctx.actor, ctx.now)
  },
  'kasus.attachPhoto': attachCasePhoto,
  'kasus.removePhoto': removeCasePhoto,
  'kasus.document': (ctx, input) => caseDocument(ctx, input.kasusId, input.jenis),
}
