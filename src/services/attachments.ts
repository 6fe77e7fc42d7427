import { createHash } from 'node:crypto'
import type { EntityManager } from 'typeorm'
import type { AttachmentInfo } from '../api/contract/letters'
import { DomainError, NotFoundError } from '../api/contract/errors'
import { Attachment, AttachmentContent } from '../db/entities/Attachment'
import { insertRow } from '../db/sql'
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES, attachmentEmptyMessage, attachmentTooLargeMessage, attachmentTypeMessage } from '../domain/letters'
import { requireActor, type Ctx } from './context'
import { claimVersi } from './versi'

/** Recognises the file by its first bytes, not by the name or the type the sender claims. */
export function sniffMime(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b)
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg'
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png'
  return null
}

export function decodeFile(dataBase64: string): Buffer {
  const bytes = Buffer.from(dataBase64, 'base64')
  if (bytes.length === 0) throw new DomainError(attachmentEmptyMessage(), 'file')
  if (bytes.length > ATTACHMENT_MAX_BYTES) throw new DomainError(attachmentTooLargeMessage(bytes.length), 'file')
  return bytes
}

const ATTACHMENT_COLUMNS = `a.id, a.file_name AS fileName, a.mime_type AS mimeType, a.size, a.sha256, a.keterangan, a.created_at AS createdAt,
  COALESCE(u.nama, '') AS createdByName, a.versi`

/** Stores a file (PDF/JPG/PNG) for a record; the content type is taken from the bytes. */
export async function storeAttachment(
  ctx: Ctx,
  owner: { type: string; id: number },
  file: { fileName: string; dataBase64: string; keterangan: string },
): Promise<AttachmentInfo> {
  const actor = requireActor(ctx)
  const bytes = decodeFile(file.dataBase64)
  const mime = sniffMime(bytes)
  if (!mime || !ATTACHMENT_TYPES[mime]) {
    throw new DomainError(attachmentTypeMessage(file.fileName), 'file')
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const now = ctx.now.toISOString()
  const id = await insertRow(
    ctx.em,
    `INSERT INTO attachment (owner_type, owner_id, file_name, mime_type, size, sha256, keterangan, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [owner.type, owner.id, file.fileName, mime, bytes.length, sha256, file.keterangan, actor.userId, now],
  )
  await ctx.em.query('INSERT INTO attachment_content (attachment_id, data) VALUES (?, ?)', [id, bytes])
  const info = await getAttachmentInfo(ctx.em, id)
  await ctx.audit({ entityType: owner.type, entityId: owner.id, before: { lampiranBerkas: null }, after: { lampiranBerkas: { id, fileName: info.fileName, size: info.size, sha256 } } })
  return info
}

export async function getAttachmentInfo(em: EntityManager, id: number): Promise<AttachmentInfo> {
  const rows: AttachmentInfo[] = await em.query(`SELECT ${ATTACHMENT_COLUMNS} FROM attachment a LEFT JOIN app_user u ON u.id = a.created_by WHERE a.id = ?`, [id])
  if (!rows[0]) throw new NotFoundError('Lampiran')
  return { ...rows[0], versi: Number(rows[0].versi) }
}

export async function listAttachments(em: EntityManager, ownerType: string, ownerId: number): Promise<AttachmentInfo[]> {
  const rows: AttachmentInfo[] = await em.query(
    `SELECT ${ATTACHMENT_COLUMNS} FROM attachment a LEFT JOIN app_user u ON u.id = a.created_by
     WHERE a.owner_type = ? AND a.owner_id = ? AND a.removed_at IS NULL ORDER BY a.id`,
    [ownerType, ownerId],
  )
  return rows.map((r) => ({ ...r, versi: Number(r.versi) }))
}

export async function attachmentContent(em: EntityManager, id: number): Promise<{ fileName: string; mimeType: string; dataBase64: string }> {
  const rows: { fileName: string; mimeType: string; data: Buffer }[] = await em.query(
    `SELECT a.file_name AS fileName, a.mime_type AS mimeType, c.data FROM attachment a JOIN attachment_content c ON c.attachment_id = a.id
     WHERE a.id = ? AND a.removed_at IS NULL`,
    [id],
  )
  if (!rows[0]) throw new NotFoundError('Lampiran')
  return { fileName: rows[0].fileName, mimeType: rows[0].mimeType, dataBase64: Buffer.from(rows[0].data).toString('base64') }
}

/** The SHA-256 of a live attachment's bytes, without reading them; null for an unknown or removed attachment. */
export async function attachmentSha256(em: EntityManager, id: number): Promise<string | null> {
  const a = await em.getRepository(Attachment).findOne({ where: { id }, select: { id: true, sha256: true, removedAt: true } })
  return a && !a.removedAt ? a.sha256 : null
}

/** A live attachment's bytes as stored (no base64 round trip, for the core's own use). Throws NotFoundError. */
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
  const rows: { owner_type: string; owner_id: number; file_name: string; removed_at: string | null }[] = await ctx.em.query(
    'SELECT owner_type, owner_id, file_name, removed_at FROM attachment WHERE id = ?',
    [id],
  )
  const a = rows[0]
  if (!a) throw new NotFoundError('Lampiran')
  await claimVersi(ctx.em, Attachment, { id }, versi)
  if (a.removed_at) throw new NotFoundError('Lampiran')
  await ctx.em.query('UPDATE attachment SET removed_at = ?, removed_reason = ? WHERE id = ?', [ctx.now.toISOString(), reason, id])
  await ctx.audit({ entityType: a.owner_type, entityId: a.owner_id, before: { lampiranBerkas: { id, fileName: a.file_name } }, after: { lampiranBerkas: null }, reason })
  return { ownerType: a.owner_type, ownerId: a.owner_id }
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
