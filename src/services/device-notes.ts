import type { EntityManager } from 'typeorm'
import type { DeviceNote } from '../api/contract/inventory'
import { DomainError } from '../api/contract/errors'
import { insertRow } from '../db/sql'
import { requireActor, type Ctx } from './context'
import { DEVICE_ENTITY, getDevice } from './devices'

// The journal of a device: free notes with author and time, never edited or removed (withdrawn devices included).

const NOTE_COLUMNS = `c.id, c.teks, c.at, c.user_id AS userId, COALESCE(u.nama, '') AS oleh`

export async function listNotes(em: EntityManager, perangkatId: number): Promise<DeviceNote[]> {
  await getDevice(em, perangkatId)
  const rows: DeviceNote[] = await em.query(
    `SELECT ${NOTE_COLUMNS} FROM perangkat_catatan c LEFT JOIN app_user u ON u.id = c.user_id WHERE c.perangkat_id = ? ORDER BY c.id DESC`,
    [perangkatId],
  )
  return rows.map((r) => ({ ...r, id: Number(r.id), userId: r.userId === null ? null : Number(r.userId) }))
}

export async function addNote(ctx: Ctx, input: { id: number; teks: string }): Promise<DeviceNote> {
  const actor = requireActor(ctx)
  await getDevice(ctx.em, input.id)
  if (!input.teks.trim()) throw new DomainError('Catatan wajib diisi.', 'teks')
  const id = await insertRow(ctx.em, 'INSERT INTO perangkat_catatan (perangkat_id, teks, user_id, at) VALUES (?, ?, ?, ?)', [
    input.id, input.teks, actor.userId, ctx.now.toISOString(),
  ])
  await ctx.audit({ entityType: DEVICE_ENTITY, entityId: input.id, before: { catatan: null }, after: { catatan: input.teks } })
  const rows: DeviceNote[] = await ctx.em.query(`SELECT ${NOTE_COLUMNS} FROM perangkat_catatan c LEFT JOIN app_user u ON u.id = c.user_id WHERE c.id = ?`, [id])
  return { ...rows[0], id: Number(rows[0].id), userId: rows[0].userId === null ? null : Number(rows[0].userId) }
}
