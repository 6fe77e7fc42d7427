import type { EntityManager } from 'typeorm'
import type { DeviceNote } from '../contract/inventory'
import { DomainError } from '../contract/errors'
import { PerangkatCatatan } from '../db/entities'
import { requireActor, type Ctx } from './context'
import { DEVICE_ENTITY, getDevice } from './devices'
import { leftJoinUser } from './users'

// The journal of a device: free notes with author and time, never edited or removed (withdrawn devices included).

/** Notes with their author's name (aliases quoted by QueryBuilder, so they keep their case on PostgreSQL). */
function notes(em: EntityManager) {
  return leftJoinUser(em.createQueryBuilder(PerangkatCatatan, 'c'), 'u', 'c.user_id')
    .select('c.id', 'id')
    .addSelect('c.teks', 'teks')
    .addSelect('c.at', 'at')
    .addSelect('c.user_id', 'userId')
    .addSelect('u.nama', 'oleh')
}

const toNote = (r: Record<string, unknown>): DeviceNote => ({
  id: Number(r.id), teks: String(r.teks), at: String(r.at), userId: r.userId === null ? null : Number(r.userId), oleh: (r.oleh as string | null) ?? '',
})

export async function listNotes(em: EntityManager, perangkatId: number): Promise<DeviceNote[]> {
  await getDevice(em, perangkatId)
  const rows = await notes(em).where('c.perangkat_id = :perangkatId', { perangkatId }).orderBy('c.id', 'DESC').getRawMany<Record<string, unknown>>()
  return rows.map(toNote)
}

export async function addNote(ctx: Ctx, input: { id: number; teks: string }): Promise<DeviceNote> {
  const actor = requireActor(ctx)
  await getDevice(ctx.em, input.id)
  if (!input.teks.trim()) throw new DomainError('Catatan wajib diisi.', 'teks')
  const inserted = await ctx.em.insert(PerangkatCatatan, { perangkatId: input.id, teks: input.teks, userId: actor.userId, at: ctx.now.toISOString() })
  const id = Number(inserted.identifiers[0].id)
  await ctx.audit({ entityType: DEVICE_ENTITY, entityId: input.id, before: { catatan: null }, after: { catatan: input.teks } })
  return toNote((await notes(ctx.em).where('c.id = :id', { id }).getRawOne<Record<string, unknown>>())!)
}
