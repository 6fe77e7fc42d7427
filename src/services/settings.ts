import { LessThanOrEqual, type EntityManager } from 'typeorm'
import type { OfficeSettings, SettingVersionRow } from '../contract/settings'
import { DomainError } from '../contract/errors'
import { DEFAULT_OFFICE, type OfficeIdentity } from '../domain/office'
import { SettingVersion } from '../db/entities/Master'
import { attachmentContent, checkAttachmentBytes, insertAttachmentBytes, sniffMime } from './attachments'
import type { FileBytes } from '../contract/files'
import { requireActor, type Ctx } from './context'
import { userNames } from './users'

export const OFFICE_KEY = 'kantor'

const toSettings = (r: SettingVersion | null): OfficeSettings =>
  r ? { ...DEFAULT_OFFICE, ...(JSON.parse(r.value) as OfficeIdentity), versi: Number(r.id), berlakuSejak: r.berlakuSejak } : { ...DEFAULT_OFFICE, versi: 0, berlakuSejak: '' }

/** The latest version of setting `key` (the highest id; ix_setting_key), or null before the first save. */
export async function latestSetting(em: EntityManager, key: string): Promise<SettingVersion | null> {
  return em.getRepository(SettingVersion).findOne({ where: { key }, order: { id: 'DESC' } })
}

/** Saves `value` (JSON) as a new version of setting `key`, in force from `nowIso`: never an update in place. */
export async function addSettingVersion(em: EntityManager, key: string, value: unknown, nowIso: string, createdBy: number | null): Promise<void> {
  await em.insert(SettingVersion, { key, value: JSON.stringify(value), berlakuSejak: nowIso, createdBy })
}

/** The office identity in force now. */
export async function currentOffice(em: EntityManager): Promise<OfficeSettings> {
  return toSettings(await latestSetting(em, OFFICE_KEY))
}

/**
 * The office identity as it was at an instant (a document generated then keeps its kop). Before the first saved
 * version the built-in identity was in force, never a later version: a change made after a document was issued
 * must not reach its kop.
 */
export async function officeAt(em: EntityManager, instantIso: string): Promise<OfficeSettings> {
  const row = await em.getRepository(SettingVersion).findOne({ where: { key: OFFICE_KEY, berlakuSejak: LessThanOrEqual(instantIso) }, order: { id: 'DESC' } })
  return toSettings(row)
}

/** Writes a new version (never an update in place) and audits the change. */
export async function saveOffice(ctx: Ctx, value: OfficeIdentity): Promise<OfficeSettings> {
  const before = await currentOffice(ctx.em)
  await addSettingVersion(ctx.em, OFFICE_KEY, value, ctx.now.toISOString(), ctx.actor?.userId ?? null)
  const after = await currentOffice(ctx.em)
  const { versi: _v, berlakuSejak: _b, ...beforeValue } = before
  await ctx.audit({ entityType: 'pengaturan', entityId: OFFICE_KEY, before: before.versi ? beforeValue : null, after: value })
  return after
}

/** Stores an uploaded logo (PNG or JPG only: the kop needs an image Word can place). */
export async function storeLogo(ctx: Ctx, file: { fileName: string; bytes: Uint8Array }): Promise<number> {
  const actor = requireActor(ctx)
  const bytes = checkAttachmentBytes(file.bytes)
  const mime = sniffMime(bytes)
  if (mime !== 'image/png' && mime !== 'image/jpeg') throw new DomainError('Logo harus berupa gambar PNG atau JPG.', 'logoBaru')
  // Audited with the settings that point at it (saveOffice), not as a file of a record.
  return insertAttachmentBytes(ctx.em, { type: 'pengaturan', id: 0 }, { fileName: file.fileName, mimeType: mime, keterangan: 'Logo kop surat', bytes }, actor.userId, ctx.now.toISOString())
}

/** The office's uploaded logo as a file; null when none was uploaded (the kop then prints the default lambang). */
export async function officeLogo(em: EntityManager, office: OfficeIdentity): Promise<FileBytes | null> {
  if (!office.logoAttachmentId) return null
  return attachmentContent(em, office.logoAttachmentId)
}

export async function officeHistory(em: EntityManager): Promise<SettingVersionRow[]> {
  const rows = await em.getRepository(SettingVersion).find({ where: { key: OFFICE_KEY }, order: { id: 'DESC' } })
  const names = await userNames(em, rows.flatMap((r) => (r.createdBy === null ? [] : [Number(r.createdBy)])))
  return rows.map((r) => ({ id: Number(r.id), berlakuSejak: r.berlakuSejak, oleh: (r.createdBy === null ? undefined : names.get(Number(r.createdBy))) ?? '', value: JSON.parse(r.value) as OfficeIdentity }))
}
