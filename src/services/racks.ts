import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm'
import type { z } from 'zod'
import { ConflictError, DomainError, NotFoundError } from '../contract/errors'
import type { ElevationDeviceRow, RackCreateInput, RackElevation, RackRow, RackUpdateInput as UpdateSchema } from '../contract/inventory'
import type { HistoryEntry } from '../contract/letters'
import { dialectOf } from '../db/engines'
import { Perangkat, PerangkatUnit, Rak } from '../db/entities'
import { fillPercent, type JenisPerangkat, type Sisi, type StatusPerangkat } from '../domain/inventory'
import type { Ctx } from './context'
import { leftJoinUnitsTaken, snapshotDiff } from './devices'
import { historyOf } from './history'
import { joinOpd } from './opd'

type CreateInput = z.output<typeof RackCreateInput>
type UpdateInput = z.output<typeof UpdateSchema>

export const RACK_ENTITY = 'rak'

export const RACK_FIELD_LABELS: Record<string, string> = {
  nama: 'Nama Rak', lokasi: 'Lokasi/Ruang', tinggiU: 'Tinggi (U)', catatan: 'Catatan', aktif: 'Aktif',
}

/** Racks with how many devices stand in each and how many units they take (aliases quoted, so their case stays). */
function selectRacks(em: EntityManager) {
  return em
    .createQueryBuilder(Rak, 'r')
    .select('r.id', 'id')
    .addSelect('r.nama', 'nama')
    .addSelect('r.lokasi', 'lokasi')
    .addSelect('r.tinggi_u', 'tinggiU')
    .addSelect('r.catatan', 'catatan')
    .addSelect('r.aktif', 'aktif')
    .addSelect('r.versi', 'versi')
    .addSelect((sub) => sub.select('COUNT(*)').from(Perangkat, 'p').where('p.rak_id = r.id'), 'jumlahPerangkat')
    .addSelect((sub) => sub.select('COUNT(DISTINCT pu.u)').from(PerangkatUnit, 'pu').where('pu.rak_id = r.id'), 'terpakaiU')
}

function toRow(r: Record<string, unknown>): RackRow {
  const tinggiU = Number(r.tinggiU)
  const terpakaiU = Number(r.terpakaiU)
  return {
    id: Number(r.id), nama: String(r.nama), lokasi: String(r.lokasi), tinggiU, catatan: String(r.catatan), aktif: !!r.aktif,
    versi: Number(r.versi), jumlahPerangkat: Number(r.jumlahPerangkat), terpakaiU, persenTerisi: fillPercent(terpakaiU, tinggiU),
  }
}

const snapshot = (r: RackRow) => ({ nama: r.nama, lokasi: r.lokasi, tinggiU: r.tinggiU, catatan: r.catatan, aktif: r.aktif })

/** Racks in name order (R01, R02 ... R10 in natural order), with how full each is. */
export async function listRacks(em: EntityManager, input: { termasukNonaktif: boolean }): Promise<RackRow[]> {
  const qb = selectRacks(em)
  if (!input.termasukNonaktif) qb.where('r.aktif = :aktif', { aktif: true })
  const rows = await qb.getRawMany<Record<string, unknown>>()
  const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' })
  return rows.map(toRow).sort((a, b) => collator.compare(a.nama, b.nama))
}

export async function getRack(em: EntityManager, id: number): Promise<RackRow> {
  const row = await selectRacks(em).where('r.id = :id', { id }).getRawOne<Record<string, unknown>>()
  if (!row) throw new NotFoundError('Rak')
  return toRow(row)
}

async function assertNameFree(em: EntityManager, nama: string, exceptId: number | null): Promise<void> {
  const { nocase } = dialectOf(em)
  // The same comparison as the unique case-insensitive index ux_rak_nama.
  const qb = em.createQueryBuilder(Rak, 'r').where(`${nocase('r.nama')} = ${nocase(':nama')}`, { nama })
  if (exceptId !== null) qb.andWhere('r.id <> :exceptId', { exceptId })
  if (await qb.getExists()) throw new DomainError(`Rak "${nama}" sudah ada.`, 'nama')
}

export async function createRack(ctx: Ctx, input: CreateInput): Promise<RackRow> {
  await assertNameFree(ctx.em, input.nama, null)
  const now = ctx.now.toISOString()
  const inserted = await ctx.em.insert(Rak, {
    nama: input.nama, lokasi: input.lokasi, tinggiU: input.tinggiU, catatan: input.catatan, aktif: true, createdAt: now, updatedAt: now, versi: 1,
  })
  const id = Number(inserted.identifiers[0].id)
  const rack = await getRack(ctx.em, id)
  await ctx.audit({ entityType: RACK_ENTITY, entityId: id, after: snapshot(rack) })
  return rack
}

/** Renames, moves, resizes or (de)activates a rack. It may not shrink below its devices, nor be set inactive while it holds any. */
export async function updateRack(ctx: Ctx, input: UpdateInput): Promise<RackRow> {
  const before = await getRack(ctx.em, input.id)
  if (before.versi !== input.versi) throw new ConflictError()
  await assertNameFree(ctx.em, input.nama, input.id)
  const top = await ctx.em.maximum(PerangkatUnit, 'u', { rakId: input.id })
  if (top !== null && Number(top) > input.tinggiU) {
    throw new DomainError(`Rak ini berisi perangkat sampai U${top}; tingginya tidak bisa kurang dari ${top}U.`, 'tinggiU')
  }
  if (!input.aktif && before.jumlahPerangkat > 0) {
    throw new DomainError(`Rak ${before.nama} masih berisi ${before.jumlahPerangkat} perangkat. Pindahkan perangkatnya dulu sebelum rak dinonaktifkan.`, 'aktif')
  }
  const { affected } = await ctx.em
    .createQueryBuilder()
    .update(Rak)
    .set({
      nama: input.nama, lokasi: input.lokasi, tinggiU: input.tinggiU, catatan: input.catatan, aktif: input.aktif, updatedAt: ctx.now.toISOString(),
      versi: () => 'versi + 1',
    })
    .where('id = :id AND versi = :versi', { id: input.id, versi: input.versi })
    .execute()
  if (!affected) throw new ConflictError()
  const after = await getRack(ctx.em, input.id)
  const diff = snapshotDiff(snapshot(before), snapshot(after))
  if (diff.fields.length === 0) throw new DomainError('Tidak ada perubahan untuk disimpan.')
  await ctx.audit({ entityType: RACK_ENTITY, entityId: input.id, before: diff.before, after: diff.after, reason: input.alasan || null })
  return after
}

/** What the elevation needs: the rack and every device standing in it, top first. */
export async function rackElevation(em: EntityManager, id: number): Promise<RackElevation> {
  const rack = await getRack(em, id)
  const rows = await joinOpd(em.createQueryBuilder(Perangkat, 'p'), 'o', 'p.opd_id')
    .select('p.id', 'id')
    .addSelect('p.nama', 'nama')
    .addSelect('p.jenis', 'jenis')
    .addSelect('p.merek', 'merek')
    .addSelect('p.tipe', 'tipe')
    .addSelect('p.opd_id', 'opdId')
    .addSelect('o.nama', 'opdNama')
    .addSelect('o.singkatan', 'opdSingkatan')
    .addSelect('p.status', 'status')
    .addSelect('p.u_bawah', 'uBawah')
    .addSelect('p.tinggi_u', 'tinggiU')
    .addSelect('p.sisi', 'sisi')
    .addSelect('p.kedalaman_penuh', 'kedalamanPenuh')
    .where('p.rak_id = :id', { id })
    .orderBy('p.u_bawah', 'DESC')
    .addOrderBy('p.sisi', 'ASC')
    .getRawMany<Record<string, unknown>>()
  const devices: ElevationDeviceRow[] = rows.map((r) => ({
    id: Number(r.id), nama: String(r.nama), jenis: r.jenis as JenisPerangkat, merek: String(r.merek), tipe: String(r.tipe),
    opdId: Number(r.opdId), opdNama: String(r.opdNama), opdSingkatan: (r.opdSingkatan as string | null) ?? '', status: r.status as StatusPerangkat,
    uBawah: Number(r.uBawah), tinggiU: Number(r.tinggiU), sisi: r.sisi as Sisi, kedalamanPenuh: !!r.kedalamanPenuh,
  }))
  return { rack, devices }
}

export async function rackHistory(em: EntityManager, id: number): Promise<HistoryEntry[]> {
  await getRack(em, id)
  return historyOf(em, RACK_ENTITY, id, RACK_FIELD_LABELS)
}

/** Every active rack by name with its height and how many units are taken on either face (for the Dasbor). */
export async function activeRackFill(em: EntityManager): Promise<{ rakId: number; nama: string; tinggiU: number; terpakaiU: number }[]> {
  const racks: { rakId: number; nama: string; tinggiU: number; terpakaiU: string | number }[] = await leftJoinUnitsTaken(em.createQueryBuilder().from('rak', 'r'), 'u', 'r.id')
    .select('r.id', 'rakId')
    .addSelect('r.nama', 'nama')
    .addSelect('r.tinggi_u', 'tinggiU')
    .addSelect('COUNT(DISTINCT u.u)', 'terpakaiU')
    .where('r.aktif = :aktif', { aktif: true })
    .groupBy('r.id')
    .addGroupBy('r.nama')
    .addGroupBy('r.tinggi_u')
    .orderBy('r.nama')
    .getRawMany()
  return racks.map((r) => ({ rakId: Number(r.rakId), nama: r.nama, tinggiU: Number(r.tinggiU), terpakaiU: Number(r.terpakaiU) }))
}

/** Joins rak as `alias` to a caller's query (devices), on `alias.id = rakIdColumn`, keeping rows not in a rack. */
export function leftJoinRak<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, rakIdColumn: string): SelectQueryBuilder<T> {
  return qb.leftJoin('rak', alias, `${alias}.id = ${rakIdColumn}`)
}

/** A rack's name, height and whether it is active, or null when there is no rack `id` (for the placement rules). */
export async function rackInfo(em: EntityManager, id: number): Promise<{ id: number; nama: string; tinggiU: number; aktif: boolean } | null> {
  const r = await em.findOne(Rak, { select: { id: true, nama: true, tinggiU: true, aktif: true }, where: { id } })
  return r ? { id: r.id, nama: r.nama, tinggiU: r.tinggiU, aktif: r.aktif } : null
}
