import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm'
import type { OpdRow } from '../contract/opd'
import { DomainError, NotFoundError } from '../contract/errors'
import { dialectOf } from '../db/engines'
import { Opd } from '../db/entities/Opd'
import { claimVersi } from './versi'
import type { Ctx } from './context'
import { letterCountsByOpd } from './letters'

/** The rows with their letter counts (asked of letters.ts, which owns surat_masuk). */
async function toRows(em: EntityManager, opds: Opd[]): Promise<OpdRow[]> {
  const counts = await letterCountsByOpd(em, opds.map((o) => o.id))
  return opds.map((o) => ({
    id: Number(o.id), nama: o.nama, singkatan: o.singkatan ?? '', aktif: !!o.aktif, jumlahSurat: counts.get(Number(o.id)) ?? 0, versi: Number(o.versi),
  }))
}

/** The OPD list by name, ignoring case (both engines: `nocase` matches the ux_opd_nama index's collation). */
export async function listOpd(em: EntityManager, input: { termasukNonaktif: boolean }): Promise<OpdRow[]> {
  const qb = em.createQueryBuilder(Opd, 'o').orderBy(dialectOf(em).nocase('o.nama'))
  if (!input.termasukNonaktif) qb.where('o.aktif = :aktif', { aktif: true })
  return toRows(em, await qb.getMany())
}

async function getOpd(em: EntityManager, id: number): Promise<OpdRow> {
  const opd = await em.getRepository(Opd).findOneBy({ id })
  if (!opd) throw new NotFoundError('OPD')
  return (await toRows(em, [opd]))[0]
}

async function assertNameFree(em: EntityManager, nama: string, exceptId: number | null): Promise<void> {
  const { nocase } = dialectOf(em)
  const qb = em.createQueryBuilder(Opd, 'o').where(`${nocase('o.nama')} = ${nocase(':nama')}`, { nama })
  if (exceptId !== null) qb.andWhere('o.id <> :exceptId', { exceptId })
  if (await qb.getCount()) throw new DomainError(`OPD "${nama}" sudah ada dalam daftar.`, 'nama')
}

export async function createOpd(ctx: Ctx, input: { nama: string; singkatan: string }): Promise<OpdRow> {
  await assertNameFree(ctx.em, input.nama, null)
  const now = ctx.now.toISOString()
  const inserted = await ctx.em.insert(Opd, { nama: input.nama, singkatan: input.singkatan || null, aktif: true, createdAt: now, updatedAt: now })
  const row = await getOpd(ctx.em, Number(inserted.identifiers[0].id))
  await ctx.audit({ entityType: 'opd', entityId: row.id, after: { nama: row.nama, singkatan: row.singkatan } })
  return row
}

/** Rename or (de)activate. An OPD is never deleted: letters and devices keep pointing at it. */
export async function updateOpd(ctx: Ctx, input: { id: number; versi: number; nama: string; singkatan: string; aktif: boolean }): Promise<OpdRow> {
  const before = await getOpd(ctx.em, input.id)
  await claimVersi(ctx.em, Opd, { id: input.id }, input.versi)
  await assertNameFree(ctx.em, input.nama, input.id)
  await ctx.em.update(Opd, { id: input.id }, { nama: input.nama, singkatan: input.singkatan || null, aktif: input.aktif, updatedAt: ctx.now.toISOString() })
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

/** Joins opd as `alias` to a caller's query (devices, racks) on `alias.id = opdIdColumn`; opd.ts owns the table. */
export function joinOpd<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, opdIdColumn: string): SelectQueryBuilder<T> {
  return qb.innerJoin('opd', alias, `${alias}.id = ${opdIdColumn}`)
}

/** The OPD whose name or abbreviation is `text` (ignoring case), or null: how a typed sender is matched to an OPD. */
export async function opdNamed(em: EntityManager, text: string): Promise<{ id: number; nama: string; singkatan: string | null } | null> {
  return em.createQueryBuilder(Opd, 'o').where('LOWER(o.nama) = LOWER(:t) OR LOWER(o.singkatan) = LOWER(:t)', { t: text }).getOne()
}
