import type { EntityManager } from 'typeorm'
import type { OpdRow } from '../api/contract/opd'
import { DomainError, NotFoundError } from '../api/contract/errors'
import { insertRow } from '../db/sql'
import { Opd } from '../db/entities/Opd'
import { claimVersi } from './versi'
import type { Ctx } from './context'

const SELECT = `SELECT o.id, o.nama, COALESCE(o.singkatan, '') AS singkatan, o.aktif, o.versi,
  (SELECT COUNT(*) FROM surat_masuk s WHERE s.asal_opd_id = o.id) AS jumlahSurat FROM opd o`

const toRow = (r: Record<string, unknown>): OpdRow => ({
  id: Number(r.id), nama: String(r.nama), singkatan: String(r.singkatan), aktif: !!r.aktif, jumlahSurat: Number(r.jumlahSurat), versi: Number(r.versi),
})

export async function listOpd(em: EntityManager, input: { termasukNonaktif: boolean }): Promise<OpdRow[]> {
  const rows: Record<string, unknown>[] = await em.query(`${SELECT} ${input.termasukNonaktif ? '' : 'WHERE o.aktif = 1'} ORDER BY o.nama COLLATE NOCASE`)
  return rows.map(toRow)
}

async function getOpd(em: EntityManager, id: number): Promise<OpdRow> {
  const rows: Record<string, unknown>[] = await em.query(`${SELECT} WHERE o.id = ?`, [id])
  if (!rows[0]) throw new NotFoundError('OPD')
  return toRow(rows[0])
}

async function assertNameFree(em: EntityManager, nama: string, exceptId: number | null): Promise<void> {
  const rows: { id: number }[] = await em.query('SELECT id FROM opd WHERE nama = ? COLLATE NOCASE AND id IS NOT ?', [nama, exceptId])
  if (rows.length) throw new DomainError(`OPD "${nama}" sudah ada dalam daftar.`, 'nama')
}

export async function createOpd(ctx: Ctx, input: { nama: string; singkatan: string }): Promise<OpdRow> {
  await assertNameFree(ctx.em, input.nama, null)
  const now = ctx.now.toISOString()
  const id = await insertRow(ctx.em, 'INSERT INTO opd (nama, singkatan, aktif, created_at, updated_at) VALUES (?, ?, 1, ?, ?)', [
    input.nama, input.singkatan || null, now, now,
  ])
  const row = await getOpd(ctx.em, id)
  await ctx.audit({ entityType: 'opd', entityId: row.id, after: { nama: row.nama, singkatan: row.singkatan } })
  return row
}

/** Rename or (de)activate. An OPD is never deleted: letters and devices keep pointing at it. */
export async function updateOpd(ctx: Ctx, input: { id: number; versi: number; nama: string; singkatan: string; aktif: boolean }): Promise<OpdRow> {
  const before = await getOpd(ctx.em, input.id)
  await claimVersi(ctx.em, Opd, { id: input.id }, input.versi)
  await assertNameFree(ctx.em, input.nama, input.id)
  await ctx.em.query('UPDATE opd SET nama = ?, singkatan = ?, aktif = ?, updated_at = ? WHERE id = ?', [
    input.nama, input.singkatan || null, input.aktif ? 1 : 0, ctx.now.toISOString(), input.id,
  ])
  const after = await getOpd(ctx.em, input.id)
  await ctx.audit({
    entityType: 'opd', entityId: input.id,
    before: { nama: before.nama, singkatan: before.singkatan, aktif: before.aktif },
    after: { nama: after.nama, singkatan: after.singkatan, aktif: after.aktif },
  })
  return after
}

/** An OPD's current name, or null when there is no OPD with that id (for letters that name their sender by OPD). */
export async function opdNama(em: EntityManager, id: number): Promise<string | null> {
  return (await findOpd(em, id))?.nama ?? null
}

/** One OPD's name and abbreviation (null abbreviation when none), or null when there is no OPD `id` (for other modules). */
export async function findOpd(em: EntityManager, id: number): Promise<{ id: number; nama: string; singkatan: string | null } | null> {
  return em.findOne(Opd, { select: { id: true, nama: true, singkatan: true }, where: { id } })
}

/** Every OPD (inactive ones too) by id, with name and abbreviation: what the inventory import matches names against. */
export async function opdNames(em: EntityManager): Promise<{ id: number; nama: string; singkatan: string | null }[]> {
  return em.find(Opd, { select: { id: true, nama: true, singkatan: true }, order: { id: 'ASC' } })
}
