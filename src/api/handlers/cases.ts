import { AppError, DomainError } from '../../contract/errors'
import { todayInOffice } from '../../domain/dates'
import { SOP_07 } from '../../domain/sop'
import { checkAttachmentBytes, removeAttachment, sniffMime, storeAttachment } from '../../services/attachments'
import { caseDocument } from '../../services/cases/documents'
import { act, CASE_ENTITY, openCase } from '../../services/cases/engine'
import { caseDetail, caseRowForLetter, caseStats, listCases } from '../../services/cases/queries'
import { addCasePhoto, caseOfPhoto, loadCase } from '../../services/cases/store'
import type { HandlersFor } from './types'

/** Photos document steps 8-10 (withdrawal, monitoring removal, report). */
const PHOTO_STEPS = ['pendampingan', 'hapus-monitoring', 'laporan']

export const caseHandlers: HandlersFor<'kasus'> = {
  'kasus.open': async (ctx, input) => {
    const c = await openCase(ctx, input.suratId, SOP_07)
    return caseDetail(ctx.em, c.id, ctx.actor, ctx.now)
  },
  'kasus.list': (ctx, input) => listCases(ctx.em, input, todayInOffice(ctx.now), ctx.actor),
  'kasus.get': (ctx, input) => caseDetail(ctx.em, input.id, ctx.actor, ctx.now),
  'kasus.forLetter': (ctx, input) => caseRowForLetter(ctx.em, input.suratId, todayInOffice(ctx.now), ctx.actor),
  'kasus.stats': (ctx) => caseStats(ctx.em, todayInOffice(ctx.now)),
  'kasus.act': async (ctx, input) => {
    try {
      const c = await act(ctx, input)
      return caseDetail(ctx.em, c.id, ctx.actor, ctx.now)
    } catch (e) {
      // The step's form is sent as `input`: name the engine's fields the way the schema's are named ("input.hasil").
      if (e instanceof AppError && e.fields) throw new AppError(e.code, e.message, Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [`input.${k}`, v])))
      throw e
    }
  },
  'kasus.attachPhoto': async (ctx, input) => {
    const c = await loadCase(ctx.em, input.kasusId)
    if (c.status !== 'berjalan' || !PHOTO_STEPS.includes(c.langkah)) throw new DomainError('Foto dokumentasi diunggah pada langkah 8 sampai 10 (penarikan, monitoring, laporan).')
    const mime = sniffMime(checkAttachmentBytes(input.bytes))
    if (mime !== 'image/jpeg' && mime !== 'image/png') throw new DomainError('Foto harus berupa gambar JPG atau PNG.', 'file')
    const info = await storeAttachment(ctx, { type: CASE_ENTITY, id: c.id }, input)
    await addCasePhoto(ctx.em, { attachmentId: info.id, kasusId: c.id, langkah: c.langkah })
    return { id: info.id, fileName: info.fileName, keterangan: info.keterangan, langkah: c.langkah, createdAt: info.createdAt, versi: info.versi }
  },
  'kasus.removePhoto': async (ctx, input) => {
    const kasusId = await caseOfPhoto(ctx.em, input.attachmentId)
    if (kasusId === null) throw new DomainError('Foto tidak ditemukan.')
    const c = await loadCase(ctx.em, kasusId)
    if (c.status !== 'berjalan') throw new DomainError('Permohonan ini sudah ditutup; fotonya tidak dapat dihapus.')
    await removeAttachment(ctx, input.attachmentId, input.versi, input.alasan)
    return { ok: true as const }
  },
  'kasus.document': (ctx, input) => caseDocument(ctx, input.kasusId, input.jenis),
}
