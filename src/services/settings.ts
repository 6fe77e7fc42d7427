import type { EntityManager } from 'typeorm'
import type { OfficeSettings, SettingVersionRow } from '../api/contract/settings'
import { DomainError } from '../api/contract/errors'
import { DEFAULT_OFFICE, type OfficeIdentity } from '../domain/office'
import { attachmentContent, decodeFile, sniffMime } from './attachments'
import { requireActor, type Ctx } from './context'
import { insertRow } from '../db/sql'
import { createHash } from 'node:crypto'

export const OFFICE_KEY = 'kantor'

interface VersionRow {
  id: number
  value: string
  berlaku_sejak: string
}

const toSettings = (r: VersionRow | undefined): OfficeSettings =>
  r ? { ...DEFAULT_OFFICE, ...(JSON.parse(r.value) as OfficeIdentity), versi: Number(r.id), berlakuSejak: r.berlaku_sejak } : { ...DEFAULT_OFFICE, versi: 0, berlakuSejak: '' }

/** The office identity in force now. */
export async function currentOffice(em: EntityManager): Promise<OfficeSettings> {
  const rows: VersionRow[] = await em.query('SELECT id, value, berlaku_sejak FROM setting_version WHERE key = ? ORDER BY id DESC LIMIT 1', [OFFICE_KEY])
  return toSettings(rows[0])
}

/**
 * The office identity as it was at an instant (a document generated then keeps its kop). Before the first saved
 * version the built-in identity was in force, never a later version: a change made after a document was issued
 * must not reach its kop.
 */
export async function officeAt(em: EntityManager, instantIso: string): Promise<OfficeSettings> {
  const rows: VersionRow[] = await em.query(
    'SELECT id, value, berlaku_sejak FROM setting_version WHERE key = ? AND berlaku_sejak <= ? ORDER BY id DESC LIMIT 1',
    [OFFICE_KEY, instantIso],
  )
  return toSettings(rows[0])
}

/** Writes a new version (never an update in place) and audits the change. */
export async function saveOffice(ctx: Ctx, value: OfficeIdentity): Promise<OfficeSettings> {
  const before = await currentOffice(ctx.em)
  const now = ctx.now.toISOString()
  await ctx.em.query('INSERT INTO setting_version (key, value, berlaku_sejak, created_by) VALUES (?, ?, ?, ?)', [OFFICE_KEY, JSON.stringify(value), now, ctx.actor?.userId ?? null])
  const after = await currentOffice(ctx.em)
  const { versi: _v, berlakuSejak: _b, ...beforeValue } = before
  await ctx.audit({ entityType: 'pengaturan', entityId: OFFICE_KEY, before: before.versi ? beforeValue : null, after: value })
  return after
}

/** Stores an uploaded logo (PNG or JPG only: the kop needs an image Word can place). */
export async function storeLogo(ctx: Ctx, file: { fileName: string; dataBase64: string }): Promise<number> {
  const actor = requireActor(ctx)
  const bytes = decodeFile(file.dataBase64)
  const mime = sniffMime(bytes)
  if (mime !== 'image/png' && mime !== 'image/jpeg') throw new DomainError('Logo harus berupa gambar PNG atau JPG.', 'logoBaru')
  const id = await insertRow(
    ctx.em,
    `INSERT INTO attachment (owner_type, owner_id, file_name, mime_type, size, sha256, keterangan, created_by, created_at) VALUES ('pengaturan', 0, ?, ?, ?, ?, 'Logo kop surat', ?, ?)`,
    [file.fileName, mime, bytes.length, createHash('sha256').update(bytes).digest('hex'), actor.userId, ctx.now.toISOString()],
  )
  await ctx.em.query('INSERT INTO attachment_content (attachment_id, data) VALUES (?, ?)', [id, bytes])
  return id
}

export async function officeLogo(em: EntityManager, office: OfficeIdentity): Promise<{ mimeType: string; dataBase64: string } | null> {
  if (!office.logoAttachmentId) return null
  const c = await attachmentContent(em, office.logoAttachmentId)
  return { mimeType: c.mimeType, dataBase64: c.dataBase64 }
}

export async function officeHistory(em: EntityManager): Promise<SettingVersionRow[]> {
  const rows: (VersionRow & { oleh: string | null })[] = await em.query(
    `SELECT s.id, s.value, s.berlaku_sejak, u.nama AS oleh FROM setting_version s LEFT JOIN app_user u ON u.id = s.created_by WHERE s.key = ? ORDER BY s.id DESC`,
    [OFFICE_KEY],
  )
  return rows.map((r) => ({ id: Number(r.id), berlakuSejak: r.berlaku_sejak, oleh: r.oleh ?? '', value: JSON.parse(r.value) as OfficeIdentity }))
}
