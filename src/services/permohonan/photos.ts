// Documentation photos of a case: taken on the steps its SOP names (SopDefinition.foto), kept as attachments of the
// case with the step they document (kasus_foto).
import type { CasePhoto } from '../../contract/cases'
import { ConflictError, DomainError } from '../../contract/errors'
import { checkAttachmentBytes, removeAttachment, sniffMime, storeAttachment } from '../attachments'
import type { Ctx } from '../context'
import { sopOf } from './engine'
import { addCasePhoto, CASE_ENTITY, caseOfPhoto, loadCase } from './store'

/** Why a photo chosen on a step's form was not uploaded: another desk recorded that step meanwhile. */
export const FOTO_LANGKAH_LEWAT = 'Langkah ini sudah dicatat oleh pengguna lain, jadi foto tidak diunggah (foto tidak dipindah ke langkah lain). Muat ulang untuk melihat keadaan terbaru.'

/**
 * Adds a JPG or PNG photo to the case's current step; `langkah`, when given, is the step the photo was chosen for.
 * @throws ConflictError when the case is no longer at `langkah` (FOTO_LANGKAH_LEWAT); DomainError when the case is
 * closed or its step takes no photos (the SOP's words), or the file is no picture
 */
export async function attachCasePhoto(ctx: Ctx, input: { kasusId: number; fileName: string; bytes: Uint8Array; keterangan: string; langkah?: string }): Promise<CasePhoto> {
  const c = await loadCase(ctx.em, input.kasusId)
  if (input.langkah && input.langkah !== c.langkah) throw new ConflictError(FOTO_LANGKAH_LEWAT)
  const { foto } = sopOf(c)
  if (c.status !== 'berjalan' || !foto.langkah.includes(c.langkah)) throw new DomainError(`Foto dokumentasi diunggah pada ${foto.keterangan}.`)
  const mime = sniffMime(checkAttachmentBytes(input.bytes))
  if (mime !== 'image/jpeg' && mime !== 'image/png') throw new DomainError('Foto harus berupa gambar JPG atau PNG.', 'file')
  const info = await storeAttachment(ctx, { type: CASE_ENTITY, id: c.id }, input)
  await addCasePhoto(ctx.em, { attachmentId: info.id, kasusId: c.id, langkah: c.langkah })
  return { id: info.id, fileName: info.fileName, keterangan: info.keterangan, langkah: c.langkah, createdAt: info.createdAt, versi: info.versi }
}

/**
 * Removes a photo of a running case (the attachment is marked removed and audited with the reason).
 * @throws DomainError when it is no case photo or the case is closed; ConflictError for a stale version
 */
export async function removeCasePhoto(ctx: Ctx, input: { attachmentId: number; versi: number; alasan: string }): Promise<{ ok: true }> {
  const kasusId = await caseOfPhoto(ctx.em, input.attachmentId)
  if (kasusId === null) throw new DomainError('Foto tidak ditemukan.')
  const c = await loadCase(ctx.em, kasusId)
  if (c.status !== 'berjalan') throw new DomainError('Permohonan ini sudah ditutup; fotonya tidak dapat dihapus.')
  await removeAttachment(ctx, input.attachmentId, input.versi, input.alasan)
  return { ok: true }
}
