import { createHash } from 'node:crypto'
import { IsNull, type EntityManager } from 'typeorm'
import type { AttachmentInfo } from '../contract/letters'
import type { FileBytes } from '../contract/files'
import { DomainError, NotFoundError } from '../contract/errors'
import { Attachment, AttachmentContent } from '../db/entities/Attachment'
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES, attachmentEmptyMessage, attachmentTooLargeMessage, attachmentTypeMessage } from '../domain/letters'
import { requireActor, type Ctx } from './context'
import { userNames } from './users'
import { claimVersi } from './versi'

/** Recognises the file by its first bytes, not by the name or the type the sender claims. */
export function sniffMime(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b)
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg'
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png'
  return null
}

/**
 * An uploaded attachment's bytes, checked against the attachment rules (not empty, at most ATTACHMENT_MAX_BYTES), as
 * a Buffer over the same memory (no copy). Throws DomainError on field 'file'.
 */
export function checkAttachmentBytes(data: Uint8Array): Buffer {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  if (bytes.length === 0) throw new DomainError(attachmentEmptyMessage(), 'file')
  if (bytes.length > ATTACHMENT_MAX_BYTES) throw new DomainError(attachmentTooLargeMessage(bytes.length), 'file')
  return bytes
}

/** The listed fields of attachments, with the name of whoever added each (from the users' module). */
async function infos(em: EntityManager, list: Attachment[]): Promise<AttachmentInfo[]> {
  const names = await userNames(em, list.flatMap((a) => (a.createdBy === null ? [] : [Number(a.createdBy)])))
  return list.map((a) => ({
    id: Number(a.id), fileName: a.fileName, mimeType: a.mimeType, size: Number(a.size), sha256: a.sha256, keterangan: a.keterangan,
    createdAt: a.createdAt, createdByName: (a.createdBy === null ? undefined : names.get(Number(a.createdBy))) ?? '', versi: Number(a.versi),
  }))
}

/** Stores a file (PDF/JPG/PNG) for a record; the content type is taken from the bytes. */
export async function storeAttachment(
  ctx: Ctx,
  owner: { type: string; id: number },
  file: { fileName: string; bytes: Uint8Array; keterangan: string },
): Promise<AttachmentInfo> {
  const actor = requireActor(ctx)
  const bytes = checkAttachmentBytes(file.bytes)
  const mime = sniffMime(bytes)
  if (!mime || !ATTACHMENT_TYPES[mime]) {
    throw new DomainError(attachmentTypeMessage(file.fileName), 'file')
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const now = ctx.now.toISOString()
  const inserted = await ctx.em.insert(Attachment, {
    ownerType: owner.type, ownerId: owner.id, fileName: file.fileName, mimeType: mime, size: bytes.length, sha256, keterangan: file.keterangan,
    createdBy: actor.userId, createdAt: now,
  })
  const id = Number(inserted.identifiers[0].id)
  await ctx.em.insert(AttachmentContent, { attachmentId: id, data: bytes })
  const info = await getAttachmentInfo(ctx.em, id)
  await ctx.audit({ entityType: owner.type, entityId: owner.id, before: { lampiranBerkas: null }, after: { lampiranBerkas: { id, fileName: info.fileName, size: info.size, sha256 } } })
  return info
}

export async function getAttachmentInfo(em: EntityManager, id: number): Promise<AttachmentInfo> {
  const a = await em.getRepository(Attachment).findOneBy({ id })
  if (!a) throw new NotFoundError('Lampiran')
  return (await infos(em, [a]))[0]
}

export async function listAttachments(em: EntityManager, ownerType: string, ownerId: number): Promise<AttachmentInfo[]> {
  return infos(em, await em.getRepository(Attachment).find({ where: { ownerType, ownerId, removedAt: IsNull() }, order: { id: 'ASC' } }))
}

/** A live attachment as a file (name, type, bytes). Throws NotFoundError for an unknown or removed one. */
export async function attachmentContent(em: EntityManager, id: number): Promise<FileBytes> {
  const a = await em.getRepository(Attachment).findOne({ select: { id: true, fileName: true, mimeType: true }, where: { id, removedAt: IsNull() } })
  const c = a && (await em.getRepository(AttachmentContent).findOneBy({ attachmentId: id }))
  if (!a || !c) throw new NotFoundError('Lampiran')
  return { fileName: a.fileName, mimeType: a.mimeType, bytes: Buffer.from(c.data) }
}

/** The SHA-256 of a live attachment's bytes, without reading them; null for an unknown or removed attachment. */
export async function attachmentSha256(em: EntityManager, id: number): Promise<string | null> {
  const a = await em.getRepository(Attachment).findOne({ where: { id }, select: { id: true, sha256: true, removedAt: true } })
  return a && !a.removedAt ? a.sha256 : null
}

/** A live attachment's bytes as stored, without its name (for the core's own use). Throws NotFoundError. */
export async function attachmentBytes(em: EntityManager, id: number): Promise<Buffer> {
  if (!(await attachmentSha256(em, id))) throw new NotFoundError('Lampiran')
  const c = await em.getRepository(AttachmentContent).findOne({ where: { attachmentId: id }, select: { attachmentId: true, data: true } })
  if (!c) throw new NotFoundError('Lampiran')
  return Buffer.from(c.data)
}

/**
 * Takes a file off its record, from the version of it the user saw (a screen that still shows a file someone else
 * already removed gets the conflict message). The bytes stay in the database; only the mark and the reason are added.
 */
export async function removeAttachment(ctx: Ctx, id: number, versi: number, reason: string): Promise<{ ownerType: string; ownerId: number }> {
  const a = await ctx.em.getRepository(Attachment).findOne({ select: { id: true, ownerType: true, ownerId: true, fileName: true, removedAt: true }, where: { id } })
  if (!a) throw new NotFoundError('Lampiran')
  await claimVersi(ctx.em, Attachment, { id }, versi)
  if (a.removedAt) throw new NotFoundError('Lampiran')
  await ctx.em.update(Attachment, { id }, { removedAt: ctx.now.toISOString(), removedReason: reason })
  const ownerId = Number(a.ownerId)
  await ctx.audit({ entityType: a.ownerType, entityId: ownerId, before: { lampiranBerkas: { id, fileName: a.fileName } }, after: { lampiranBerkas: null }, reason })
  return { ownerType: a.ownerType, ownerId }
}

/**
 * Stores bytes the caller has already checked as an attachment of `owner`, without an audit entry (the caller
 * records the change the file belongs to, e.g. the office logo saved with the office settings). Returns its id.
 */
export async function insertAttachmentBytes(
  em: EntityManager,
  owner: { type: string; id: number },
  file: { fileName: string; mimeType: string; keterangan: string; bytes: Buffer },
  createdBy: number,
  nowIso: string,
): Promise<number> {
  const inserted = await em.insert(Attachment, {
    ownerType: owner.type, ownerId: owner.id, fileName: file.fileName, mimeType: file.mimeType, size: file.bytes.length,
    sha256: createHash('sha256').update(file.bytes).digest('hex'), keterangan: file.keterangan, createdBy, createdAt: nowIso,
  })
  const id = Number(inserted.identifiers[0].id)
  await em.insert(AttachmentContent, { attachmentId: id, data: file.bytes })
  return id
}

/**
 * SQL expression counting the files attached (not removed) to a record of `ownerType` (a fixed word such as
 * 'surat_masuk', never user input) whose id is `ownerIdColumn` of the caller's query: a list column one query computes.
 */
export function attachedFilesCountSql(ownerType: string, ownerIdColumn: string): string {
  return `(SELECT COUNT(*) FROM attachment a WHERE a.owner_type = '${ownerType}' AND a.owner_id = ${ownerIdColumn} AND a.removed_at IS NULL)`
}

/** The record a file is attached to (type and id), or null when there is no attachment `id`. */
export async function attachmentOwner(em: EntityManager, id: number): Promise<{ ownerType: string; ownerId: number } | null> {
  const a = await em.getRepository(Attachment).findOne({ select: { id: true, ownerType: true, ownerId: true }, where: { id } })
  return a ? { ownerType: a.ownerType, ownerId: Number(a.ownerId) } : null
}
