import type { EntityManager } from 'typeorm'
import type { z } from 'zod'
import { ConflictError, DomainError, NotFoundError } from '../api/contract/errors'
import type { ElevationDeviceRow, RackCreateInput, RackElevation, RackRow, RackUpdateInput as UpdateSchema } from '../api/contract/inventory'
import type { HistoryEntry } from '../api/contract/letters'
import { execute, insertRow } from '../db/sql'
import { fillPercent, type JenisPerangkat, type Sisi, type StatusPerangkat } from '../domain/inventory'
import type { Ctx } from './context'
import { snapshotDiff } from './devices'
import { historyOf } from './history'

type CreateInput = z.output<typeof RackCreateInput>
type UpdateInput = z.output<typeof UpdateSchema>

export const RACK_ENTITY = 'rak'

export const RACK_FIELD_LABELS: Record<string, string> = {
  nama: 'Nama Rak', lokasi: 'Lokasi/Ruang', tinggiU: 'Tinggi (U)', catatan: 'Catatan', aktif: 'Aktif',
}

const SELECT = `SELECT r.id, r.nama, r.lokasi, r.tinggi_u AS tinggiU, r.catatan, r.aktif, r.versi,
  (SELECT COUNT(*) FROM perangkat p WHERE p.rak_id = r.id) AS jumlahPerangkat,
  (SELECT COUNT(DISTINCT pu.u) FROM perangkat_unit pu WHERE pu.rak_id = r.id) AS terpakaiU
  FROM rak r`

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
  const rows: Record<string, unknown>[] = await em.query(`${SELECT} ${input.termasukNonaktif ? '' : 'WHERE r.aktif = 1'}`)
  const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' })
  return rows.map(toRow).sort((a, b) => collator.compare(a.nama, b.nama))
}

export async function getRack(em: EntityManager, id: number): Promise<RackRow> {
  const rows: Record<string, unknown>[] = await em.query(`${SELECT} WHERE r.id = ?`, [id])
  if (!rows[0]) throw new NotFoundError('Rak')
  return toRow(rows[0])
}

async function assertNameFree(em: EntityManager, nama: string, exceptId: number | null): Promise<void> {
  const rows: unknown[] = await em.query('SELECT 1 FROM rak WHERE nama = ? COLLATE NOCASE AND id IS NOT ?', [nama, exceptId])
  if (rows.length) throw new DomainError(`Rak "${nama}" sudah ada.`, 'nama')
}

export async function createRack(ctx: Ctx, input: CreateInput): Promise<RackRow> {
  await assertNameFree(ctx.em, input.nama, null)
  const now = ctx.now.toISOString()
  const id = await insertRow(ctx.em, 'INSERT INTO rak (nama, lokasi, tinggi_u, catatan, aktif, created_at, updated_at, versi) VALUES (?, ?, ?, ?, 1, ?, ?, 1)', [
    input.nama, input.lokasi, input.tinggiU, input.catatan, now, now,
  ])
  const rack = await getRack(ctx.em, id)
  await ctx.audit({ entityType: RACK_ENTITY, entityId: id, after: snapshot(rack) })
  return rack
}

/** Renames, moves, resizes or (de)activates a rack. It may not shrink below its devices, nor be set inactive while it holds any. */
export async function updateRack(ctx: Ctx, input: UpdateInput): Promise<RackRow> {
  const before = await getRack(ctx.em, input.id)
  if (before.versi !== input.versi) throw new ConflictError()
  await assertNameFree(ctx.em, input.nama, input.id)
  const [{ top }] = await ctx.em.query('SELECT MAX(u) AS top FROM perangkat_unit WHERE rak_id = ?', [input.id])
  if (top !== null && Number(top) > input.tinggiU) {
    throw new DomainError(`Rak ini berisi perangkat sampai U${top}; tingginya tidak bisa kurang dari ${top}U.`, 'tinggiU')
  }
  if (!input.aktif && before.jumlahPerangkat > 0) {
    throw new DomainError(`Rak ${before.nama} masih berisi ${before.jumlahPerangkat} perangkat. Pindahkan perangkatnya dulu sebelum rak dinonaktifkan.`, 'aktif')
  }
  const n = await execute(
    ctx.em,
    'UPDATE rak SET nama = ?, lokasi = ?, tinggi_u = ?, catatan = ?, aktif = ?, updated_at = ?, versi = versi + 1 WHERE id = ? AND versi = ?',
    [input.nama, input.lokasi, input.tinggiU, input.catatan, input.aktif ? 1 : 0, ctx.now.toISOString(), input.id, input.versi],
  )
  if (n === 0) throw new ConflictError()
  const after = await getRack(ctx.em, input.id)
  const diff = snapshotDiff(snapshot(before), snapshot(after))
  if (diff.fields.length === 0) throw new DomainError('Tidak ada perubahan untuk disimpan.')
  await ctx.audit({ entityType: RACK_ENTITY, entityId: input.id, before: diff.before, after: diff.after, reason: input.alasan || null })
  return after
}

/** What the elevation needs: the rack and every device standing in it, top first. */
export async function rackElevation(em: EntityManager, id: number): Promise<RackElevation> {
  const rack = await getRack(em, id)
  const rows: Record<string, unknown>[] = await em.query(
    `SELECT p.id, p.nama, p.jenis, p.merek, p.tipe, p.opd_id AS opdId, o.nama AS opdNama, COALESCE(o.singkatan, '') AS opdSingkatan, p.status,
       p.u_bawah AS uBawah, p.tinggi_u AS tinggiU, p.sisi, p.kedalaman_penuh AS kedalamanPenuh
     FROM perangkat p JOIN opd o ON o.id = p.opd_id WHERE p.rak_id = ? ORDER BY p.u_bawah DESC, p.sisi`,
    [id],
  )
  const devices: ElevationDeviceRow[] = rows.map((r) => ({
    id: Number(r.id), nama: String(r.nama), jenis: r.jenis as JenisPerangkat, merek: String(r.merek), tipe: String(r.tipe),
    opdId: Number(r.opdId), opdNama: String(r.opdNama), opdSingkatan: String(r.opdSingkatan), status: r.status as StatusPerangkat,
    uBawah: Number(r.uBawah), tinggiU: Number(r.tinggiU), sisi: r.sisi as Sisi, kedalamanPenuh: !!r.kedalamanPenuh,
  }))
  return { rack, devices }
}

export async function rackHistory(em: EntityManager, id: number): Promise<HistoryEntry[]> {
  await getRack(em, id)
  return historyOf(em, RACK_ENTITY, id, RACK_FIELD_LABELS)
}
