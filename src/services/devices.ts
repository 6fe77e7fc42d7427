import { In, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm'
import type { z } from 'zod'
import { ConflictError, DomainError, NotFoundError } from '../contract/errors'
import type { Page } from '../contract/fields'
import type {
  DeviceCreateInput as CreateSchema,
  DeviceData,
  DeviceDetail,
  DeviceListInput as ListSchema,
  DeviceRow,
  DeviceUpdateInput as UpdateSchema,
} from '../contract/inventory'
import type { HistoryEntry } from '../contract/letters'
import { dialectOf } from '../db/engines'
import { Perangkat, PerangkatIp } from '../db/entities'
import { formatPosisi, JENIS_PERANGKAT_LABELS, manualNextStatuses, type JenisPerangkat, type StatusPerangkat } from '../domain/inventory'
import { requireActor, type Ctx } from './context'
import { checkDevice, syncUnits, writeIps, type CheckOptions } from './device-rules'
import { historyOf } from './history'
import { joinOpd } from './opd'
import { leftJoinRak } from './racks'
import { leftJoinUser } from './users'

type CreateInput = z.output<typeof CreateSchema>
type UpdateInput = z.output<typeof UpdateSchema>
type ListInput = z.output<typeof ListSchema>

export const DEVICE_ENTITY = 'perangkat'

/** Labels for the history view, in the words of the form. */
export const DEVICE_FIELD_LABELS: Record<string, string> = {
  nama: 'Nama Perangkat', jenis: 'Jenis', opd: 'OPD Pemilik', merek: 'Merek', tipe: 'Tipe/Model', nomorSeri: 'Nomor Seri',
  kodeBarang: 'Kode Barang/NUP', cpu: 'CPU', ram: 'RAM', storage: 'Storage', spesifikasiLain: 'Spesifikasi Lain', tinggiU: 'Tinggi (U)',
  posisi: 'Posisi', ip: 'Alamat IP', os: 'Sistem Operasi', aplikasi: 'Aplikasi/Layanan', kontakNama: 'Nama Kontak',
  kontakTelepon: 'Telepon Kontak', tanggalKolokasi: 'Tanggal Kolokasi', nomorBaKolokasi: 'Nomor BA Kolokasi', monitoring: 'Monitoring',
  monitoringHost: 'Host Monitoring', status: 'Status', refPenarikan: 'Kasus Penarikan', posisiTerakhir: 'Posisi Terakhir',
  tanggalDitarik: 'Tanggal Ditarik', catatan: 'Catatan',
}

/**
 * The columns of a list row as alias -> expression (QueryBuilder quotes the aliases, so they keep their case on
 * PostgreSQL). The IP addresses are read by a second query (`withIps`): one per page, through perangkat_ip's key.
 */
const ROW_SELECT: Record<string, string> = {
  id: 'p.id', nama: 'p.nama', jenis: 'p.jenis', opdId: 'p.opd_id', opdNama: 'o.nama', opdSingkatan: 'o.singkatan', merek: 'p.merek', tipe: 'p.tipe',
  nomorSeri: 'p.nomor_seri', kodeBarang: 'p.kode_barang', tinggiU: 'p.tinggi_u', rakId: 'p.rak_id', rakNama: 'r.nama', uBawah: 'p.u_bawah', sisi: 'p.sisi',
  kedalamanPenuh: 'p.kedalaman_penuh', status: 'p.status', monitoring: 'p.monitoring', updatedAt: 'p.updated_at',
}

const DETAIL_SELECT: Record<string, string> = {
  ...ROW_SELECT, cpu: 'p.cpu', ram: 'p.ram', storage: 'p.storage', spesifikasiLain: 'p.spesifikasi_lain', os: 'p.os', aplikasi: 'p.aplikasi',
  kontakNama: 'p.kontak_nama', kontakTelepon: 'p.kontak_telepon', tanggalKolokasi: 'p.tanggal_kolokasi', nomorBaKolokasi: 'p.nomor_ba_kolokasi',
  monitoringHost: 'p.monitoring_host', refPenarikan: 'p.ref_penarikan', posisiTerakhir: 'p.posisi_terakhir', tanggalDitarik: 'p.tanggal_ditarik',
  createdAt: 'p.created_at', versi: 'p.versi', createdByName: 'u.nama',
}

/** Devices with their OPD and rack (and the user who recorded them, for the detail), without a selection yet. */
function fromDevices(em: EntityManager, detail: boolean): SelectQueryBuilder<Perangkat> {
  const qb = leftJoinRak(joinOpd(em.createQueryBuilder(Perangkat, 'p'), 'o', 'p.opd_id'), 'r', 'p.rak_id')
  return detail ? leftJoinUser(qb, 'u', 'p.created_by') : qb
}

function selecting(qb: SelectQueryBuilder<Perangkat>, columns: Record<string, string>): SelectQueryBuilder<Perangkat> {
  const [[alias0, expr0], ...rest] = Object.entries(columns)
  qb.select(expr0, alias0)
  for (const [alias, expr] of rest) qb.addSelect(expr, alias)
  return qb
}

/** One sort term: an expression (given the engine's case-insensitive form) and whether it may be NULL. */
type SortTerm = [expr: (nocase: (e: string) => string) => string, nullable: boolean]

// Names sort without regard to case, matching the engines' case-insensitive indexes (dialect.nocase).
const byName: SortTerm = [(n) => n('p.nama'), false]
const SORT_TERMS: Record<ListInput['sortBy'], SortTerm[]> = {
  nama: [byName],
  opd: [[(n) => n('o.nama'), false], byName],
  jenis: [[() => 'p.jenis', false], byName],
  status: [[() => 'p.status', false], byName],
  rak: [[(n) => n('r.nama'), true], [() => 'p.u_bawah', true], byName],
  nomorSeri: [[(n) => n('p.nomor_seri'), true]],
  kodeBarang: [[(n) => n('p.kode_barang'), true]],
  tanggalKolokasi: [[() => 'p.tanggal_kolokasi', true]],
  updatedAt: [[() => 'p.updated_at', false]],
}

function toRow(r: Record<string, unknown>, ips: string[]): DeviceRow {
  const row: DeviceRow = {
    id: Number(r.id),
    nama: String(r.nama),
    jenis: r.jenis as JenisPerangkat,
    opdId: Number(r.opdId),
    opdNama: String(r.opdNama),
    opdSingkatan: (r.opdSingkatan as string | null) ?? '',
    merek: String(r.merek),
    tipe: String(r.tipe),
    nomorSeri: (r.nomorSeri as string | null) ?? '',
    kodeBarang: (r.kodeBarang as string | null) ?? '',
    tinggiU: Number(r.tinggiU),
    rakId: r.rakId === null ? null : Number(r.rakId),
    rakNama: (r.rakNama as string | null) ?? null,
    uBawah: r.uBawah === null ? null : Number(r.uBawah),
    sisi: (r.sisi as DeviceRow['sisi']) ?? null,
    kedalamanPenuh: !!r.kedalamanPenuh,
    posisi: '',
    ip: ips,
    status: r.status as StatusPerangkat,
    monitoring: !!r.monitoring,
    updatedAt: String(r.updatedAt),
  }
  row.posisi = formatPosisi(row.rakNama, row)
  return row
}

function toDetail(r: Record<string, unknown>, ips: string[]): DeviceDetail {
  const row = toRow(r, ips)
  return {
    ...row,
    cpu: String(r.cpu),
    ram: String(r.ram),
    storage: String(r.storage),
    spesifikasiLain: String(r.spesifikasiLain),
    os: String(r.os),
    aplikasi: String(r.aplikasi),
    kontakNama: String(r.kontakNama),
    kontakTelepon: String(r.kontakTelepon),
    tanggalKolokasi: (r.tanggalKolokasi as string | null) ?? null,
    nomorBaKolokasi: String(r.nomorBaKolokasi),
    monitoringHost: String(r.monitoringHost),
    refPenarikan: (r.refPenarikan as string | null) ?? null,
    posisiTerakhir: (r.posisiTerakhir as string | null) ?? null,
    tanggalDitarik: (r.tanggalDitarik as string | null) ?? null,
    createdAt: String(r.createdAt),
    createdByName: (r.createdByName as string | null) ?? '',
    versi: Number(r.versi),
    statusBerikutnya: manualNextStatuses(row.status),
  }
}

/** The IP addresses of the devices, each device's in the order the user gave (one query per 500 devices). */
async function ipsOf(em: EntityManager, ids: readonly number[]): Promise<Map<number, string[]>> {
  const found = new Map<number, string[]>()
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await em.find(PerangkatIp, { where: { perangkatId: In(ids.slice(i, i + 500)) }, order: { perangkatId: 'ASC', urutan: 'ASC' } })
    for (const r of rows) found.set(r.perangkatId, [...(found.get(r.perangkatId) ?? []), r.alamat])
  }
  return found
}

/** Raw rows mapped with their IP addresses. */
async function withIps<T>(em: EntityManager, rows: Record<string, unknown>[], map: (r: Record<string, unknown>, ips: string[]) => T): Promise<T[]> {
  const ips = await ipsOf(em, rows.map((r) => Number(r.id)))
  return rows.map((r) => map(r, ips.get(Number(r.id)) ?? []))
}

export async function getDevice(em: EntityManager, id: number): Promise<DeviceDetail> {
  const row = await selecting(fromDevices(em, true), DETAIL_SELECT).where('p.id = :id', { id }).getRawOne<Record<string, unknown>>()
  if (!row) throw new NotFoundError('Perangkat')
  return (await withIps(em, [row], toDetail))[0]
}

/**
 * Several devices by id, in one query per 500 ids (the import reads every device its rows match at once); ids not on
 * record are absent from the map.
 */
export async function getDevices(em: EntityManager, ids: readonly number[]): Promise<Map<number, DeviceDetail>> {
  const found = new Map<number, DeviceDetail>()
  const unique = [...new Set(ids)]
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await selecting(fromDevices(em, true), DETAIL_SELECT).where('p.id IN (:...ids)', { ids: unique.slice(i, i + 500) }).getRawMany<Record<string, unknown>>()
    for (const d of await withIps(em, rows, toDetail)) found.set(d.id, d)
  }
  return found
}

export type DeviceFilter = Pick<ListInput, 'opdId' | 'status' | 'rakId' | 'tanpaRak' | 'jenis' | 'q'>

/**
 * The filter on `qb` (alias p). The search (every word found in the hostname, serial, asset number, an IP address or
 * the application, by any fragment) comes from the engine's own place (src/db/engines).
 */
function filtered(em: EntityManager, qb: SelectQueryBuilder<Perangkat>, f: DeviceFilter): SelectQueryBuilder<Perangkat> {
  if (f.opdId !== undefined) qb.andWhere('p.opd_id = :opdId', { opdId: f.opdId })
  if (f.status?.length) qb.andWhere('p.status IN (:...status)', { status: f.status })
  if (f.rakId !== undefined) qb.andWhere('p.rak_id = :rakId', { rakId: f.rakId })
  if (f.tanpaRak) qb.andWhere('p.rak_id IS NULL')
  if (f.jenis) qb.andWhere('p.jenis = :jenis', { jenis: f.jenis })
  if (f.q) {
    const c = dialectOf(em).deviceSearch('p', f.q, 'cari')
    if (c) qb.andWhere(c.where, c.parameters)
  }
  return qb
}

/** The order of the list, ending with the id; NULLs (no rack, no serial) sort first ascending, as SQLite always did. */
function ordered(em: EntityManager, qb: SelectQueryBuilder<Perangkat>, sortBy: ListInput['sortBy'], desc: boolean): SelectQueryBuilder<Perangkat> {
  const { nocase } = dialectOf(em)
  const dir = desc ? 'DESC' : 'ASC'
  for (const [expr, nullable] of SORT_TERMS[sortBy]) qb.addOrderBy(expr(nocase), dir, nullable ? (desc ? 'NULLS LAST' : 'NULLS FIRST') : undefined)
  return qb.addOrderBy('p.id', dir)
}

export async function listDevices(em: EntityManager, input: ListInput): Promise<Page<DeviceRow>> {
  const base = filtered(em, fromDevices(em, false), input)
  // COUNT(*) as before (getCount would count DISTINCT ids); PostgreSQL gives it as text.
  const counted = await base.clone().select('COUNT(*)', 'total').getRawOne<{ total: number | string }>()
  const rows = await ordered(em, selecting(base, ROW_SELECT), input.sortBy, input.sortDesc)
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .getRawMany<Record<string, unknown>>()
  return { items: await withIps(em, rows, toRow), total: Number(counted?.total ?? 0) }
}

/** Every device matching the filter with all its fields (export, rekap); no paging. */
export async function findDevices(em: EntityManager, filter: DeviceFilter, sortBy: ListInput['sortBy'] = 'nama', sortDesc = false): Promise<DeviceDetail[]> {
  const rows = await ordered(em, selecting(filtered(em, fromDevices(em, true), filter), DETAIL_SELECT), sortBy, sortDesc).getRawMany<Record<string, unknown>>()
  return withIps(em, rows, toDetail)
}

/** The editable fields of a stored device, in the shape create and update take. */
export function dataOf(d: DeviceDetail): DeviceData {
  return {
    opdId: d.opdId, nama: d.nama, jenis: d.jenis, merek: d.merek, tipe: d.tipe, nomorSeri: d.nomorSeri, kodeBarang: d.kodeBarang,
    cpu: d.cpu, ram: d.ram, storage: d.storage, spesifikasiLain: d.spesifikasiLain, tinggiU: d.tinggiU, rakId: d.rakId,
    uBawah: d.uBawah, sisi: d.sisi, kedalamanPenuh: d.kedalamanPenuh, ip: [...d.ip], os: d.os, aplikasi: d.aplikasi,
    kontakNama: d.kontakNama, kontakTelepon: d.kontakTelepon, tanggalKolokasi: d.tanggalKolokasi, nomorBaKolokasi: d.nomorBaKolokasi,
    monitoring: d.monitoring, monitoringHost: d.monitoringHost,
  }
}

/** The fields in which two sets of device data differ. */
export function changedFields(a: DeviceData, b: DeviceData): (keyof DeviceData)[] {
  return (Object.keys(a) as (keyof DeviceData)[]).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
}

/** The stored fields of a device as the audit trail records them: readable words, the position as one text. */
export function deviceSnapshot(d: DeviceDetail): Record<string, unknown> {
  return {
    nama: d.nama, jenis: JENIS_PERANGKAT_LABELS[d.jenis] ?? d.jenis, opd: d.opdNama, merek: d.merek, tipe: d.tipe, nomorSeri: d.nomorSeri,
    kodeBarang: d.kodeBarang, cpu: d.cpu, ram: d.ram, storage: d.storage, spesifikasiLain: d.spesifikasiLain, tinggiU: d.tinggiU,
    posisi: d.posisi, ip: d.ip.join(', '), os: d.os, aplikasi: d.aplikasi, kontakNama: d.kontakNama, kontakTelepon: d.kontakTelepon,
    tanggalKolokasi: d.tanggalKolokasi, nomorBaKolokasi: d.nomorBaKolokasi, monitoring: d.monitoring, monitoringHost: d.monitoringHost,
    status: d.status, refPenarikan: d.refPenarikan, posisiTerakhir: d.posisiTerakhir, tanggalDitarik: d.tanggalDitarik,
  }
}

/** Only the fields that differ, as before/after pairs for the audit trail. */
export function snapshotDiff(before: Record<string, unknown>, after: Record<string, unknown>) {
  const fields = Object.keys(after).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]))
  return {
    fields,
    before: Object.fromEntries(fields.map((k) => [k, before[k]])),
    after: Object.fromEntries(fields.map((k) => [k, after[k]])),
  }
}

/** Audits a change of a device from `before` to its current state; returns the current state. */
export async function auditDeviceChange(ctx: Ctx, before: DeviceDetail, reason: string | null): Promise<DeviceDetail> {
  const after = await getDevice(ctx.em, before.id)
  const diff = snapshotDiff(deviceSnapshot(before), deviceSnapshot(after))
  if (diff.fields.length) await ctx.audit({ entityType: DEVICE_ENTITY, entityId: before.id, before: diff.before, after: diff.after, reason })
  return after
}

const blankToNull = (s: string) => (s ? s : null)

/** Whether two sets of device data differ in the fields that place it in a rack. */
export function positionChanged(a: Pick<DeviceData, 'rakId' | 'uBawah' | 'sisi'>, b: Pick<DeviceData, 'rakId' | 'uBawah' | 'sisi'>): boolean {
  return a.rakId !== b.rakId || a.uBawah !== b.uBawah || a.sisi !== b.sisi
}

/** Records a new device after checking every rule. */
export async function insertDevice(
  ctx: Ctx,
  d: DeviceData,
  status: StatusPerangkat,
  check: Omit<CheckOptions, 'selfId'> = {},
  reason: string | null = null,
): Promise<DeviceDetail> {
  const actor = requireActor(ctx)
  await checkDevice(ctx.em, d, { ...check, selfId: null })
  const now = ctx.now.toISOString()
  const inserted = await ctx.em.insert(Perangkat, newDeviceRow(d, status, actor.userId, now))
  const id = Number(inserted.identifiers[0].id)
  await writeIps(ctx.em, id, d.ip)
  await syncUnits(ctx.em, id)
  const device = await getDevice(ctx.em, id)
  await ctx.audit({ entityType: DEVICE_ENTITY, entityId: id, after: deviceSnapshot(device), reason })
  return device
}

/**
 * The rules of a change that depend on the device itself, not on the rest of the inventory: a withdrawn device is
 * kept as it was; moving a device that stands in a rack needs a reason of at least 5 characters. Throws DomainError.
 */
export function assertChangeAllowed(before: DeviceDetail, d: DeviceData, reason: string | null): void {
  if (before.status === 'Ditarik') throw new DomainError('Perangkat yang sudah Ditarik tidak dapat diubah. Tambahkan catatan bila ada keterangan baru.')
  if (before.rakId !== null && positionChanged(before, d) && (reason ?? '').length < 5) {
    throw new DomainError('Alasan pemindahan wajib diisi (paling sedikit 5 karakter).', 'alasan')
  }
}

/**
 * The audit snapshot of a device about to be recorded from `d`, without reading it back: what `deviceSnapshot`
 * gives for the stored row (the bulk import writes thousands at once). `opdNama`/`rakNama` are the names on record.
 */
export function newDeviceSnapshot(d: DeviceData, status: StatusPerangkat, opdNama: string, rakNama: string | null): Record<string, unknown> {
  const placed = d.rakId !== null && d.uBawah !== null && d.sisi !== null
  return deviceSnapshot({
    ...d, id: 0, opdNama, opdSingkatan: '', rakNama: placed ? rakNama : null, posisi: formatPosisi(rakNama, d), status, updatedAt: '', refPenarikan: null,
    posisiTerakhir: null, tanggalDitarik: null, createdAt: '', createdByName: '', versi: 1, statusBerikutnya: [],
  })
}

/** The row of table perangkat for new device data, as `insertDevice` writes it (blank serial and asset number are NULL). */
export function newDeviceRow(d: DeviceData, status: StatusPerangkat, createdBy: number, now: string) {
  return {
    opdId: d.opdId, nama: d.nama, jenis: d.jenis, merek: d.merek, tipe: d.tipe, nomorSeri: blankToNull(d.nomorSeri), kodeBarang: blankToNull(d.kodeBarang),
    cpu: d.cpu, ram: d.ram, storage: d.storage, spesifikasiLain: d.spesifikasiLain, tinggiU: d.tinggiU, rakId: d.rakId, uBawah: d.uBawah, sisi: d.sisi,
    kedalamanPenuh: d.kedalamanPenuh, os: d.os, aplikasi: d.aplikasi, kontakNama: d.kontakNama, kontakTelepon: d.kontakTelepon,
    tanggalKolokasi: d.tanggalKolokasi, nomorBaKolokasi: d.nomorBaKolokasi, monitoring: d.monitoring, monitoringHost: d.monitoringHost, status,
    createdBy, createdAt: now, updatedAt: now, versi: 1,
  }
}

/**
 * Changes a device's fields after checking every rule. A withdrawn device is kept as it was. Moving a device that
 * stands in a rack needs a reason.
 */
export async function changeDevice(
  ctx: Ctx,
  before: DeviceDetail,
  d: DeviceData,
  reason: string | null,
  check: Omit<CheckOptions, 'selfId'> = {},
): Promise<DeviceDetail> {
  requireActor(ctx)
  assertChangeAllowed(before, d, reason)
  await checkDevice(ctx.em, d, { ...check, selfId: before.id })
  const { opdId, nama, jenis, merek, tipe, cpu, ram, storage, spesifikasiLain, tinggiU, rakId, uBawah, sisi, kedalamanPenuh, os, aplikasi, kontakNama,
    kontakTelepon, tanggalKolokasi, nomorBaKolokasi, monitoring, monitoringHost } = d
  const { affected } = await ctx.em
    .createQueryBuilder()
    .update(Perangkat)
    .set({
      opdId, nama, jenis, merek, tipe, nomorSeri: blankToNull(d.nomorSeri), kodeBarang: blankToNull(d.kodeBarang), cpu, ram, storage, spesifikasiLain,
      tinggiU, rakId, uBawah, sisi, kedalamanPenuh, os, aplikasi, kontakNama, kontakTelepon, tanggalKolokasi, nomorBaKolokasi, monitoring,
      monitoringHost, updatedAt: ctx.now.toISOString(), versi: () => 'versi + 1',
    })
    .where('id = :id AND versi = :versi', { id: before.id, versi: before.versi })
    .execute()
  if (!affected) throw new ConflictError()
  if (JSON.stringify(before.ip) !== JSON.stringify(d.ip)) await writeIps(ctx.em, before.id, d.ip)
  await syncUnits(ctx.em, before.id)
  return auditDeviceChange(ctx, before, reason || null)
}

export async function createDevice(ctx: Ctx, input: CreateInput): Promise<DeviceDetail> {
  const { status, ...data } = input
  return insertDevice(ctx, data, status)
}

export async function updateDevice(ctx: Ctx, input: UpdateInput): Promise<DeviceDetail> {
  const { id, versi, alasan, ...data } = input
  const before = await getDevice(ctx.em, id)
  if (before.versi !== versi) throw new ConflictError()
  if (changedFields(dataOf(before), data).length === 0) throw new DomainError('Tidak ada perubahan untuk disimpan.')
  return changeDevice(ctx, before, data, alasan || null)
}

/** A device's history from the audit trail, newest first; yes/no values in words. */
export async function deviceHistory(em: EntityManager, id: number): Promise<HistoryEntry[]> {
  await getDevice(em, id)
  const words = (v: unknown) => (v === true ? 'Ya' : v === false ? 'Tidak' : v)
  return (await historyOf(em, DEVICE_ENTITY, id, DEVICE_FIELD_LABELS)).map((h) => ({
    ...h,
    changes: h.changes.map((c) => ({ ...c, before: words(c.before), after: words(c.after) })),
  }))
}

/** Joins the unit-faces taken (perangkat_unit) as `alias` to a caller's query over racks, on `alias.rak_id = rakIdColumn`. */
export function leftJoinUnitsTaken<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, rakIdColumn: string): SelectQueryBuilder<T> {
  return qb.leftJoin('perangkat_unit', alias, `${alias}.rak_id = ${rakIdColumn}`)
}

/** How many devices not withdrawn each OPD has (OPDs with none are absent): id, nama and singkatan of the OPD. */
export async function devicesPerOpd(em: EntityManager): Promise<{ opdId: number; nama: string; singkatan: string | null; jumlah: number }[]> {
  const rows: { opdId: number; nama: string; singkatan: string | null; jumlah: string | number }[] = await joinOpd(em.createQueryBuilder().from('perangkat', 'p'), 'o', 'p.opd_id')
    .select('o.id', 'opdId')
    .addSelect('o.nama', 'nama')
    .addSelect('o.singkatan', 'singkatan')
    .addSelect('COUNT(*)', 'jumlah')
    .where("p.status <> 'Ditarik'")
    .groupBy('o.id')
    .addGroupBy('o.nama')
    .addGroupBy('o.singkatan')
    .getRawMany()
  return rows.map((o) => ({ opdId: Number(o.opdId), nama: o.nama, singkatan: o.singkatan, jumlah: Number(o.jumlah) }))
}
