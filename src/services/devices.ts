import type { EntityManager } from 'typeorm'
import type { z } from 'zod'
import { ConflictError, DomainError, NotFoundError } from '../api/contract/errors'
import type { Page } from '../api/contract/fields'
import type {
  DeviceCreateInput as CreateSchema,
  DeviceData,
  DeviceDetail,
  DeviceListInput as ListSchema,
  DeviceRow,
  DeviceUpdateInput as UpdateSchema,
} from '../api/contract/inventory'
import type { HistoryEntry } from '../api/contract/letters'
import { dialectOf } from '../db/engines'
import { execute, insertRow } from '../db/sql'
import { formatPosisi, JENIS_PERANGKAT_LABELS, manualNextStatuses, type JenisPerangkat, type StatusPerangkat } from '../domain/inventory'
import { requireActor, type Ctx } from './context'
import { checkDevice, syncUnits, writeIps, type CheckOptions } from './device-rules'
import { historyOf } from './history'

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

const ROW_COLUMNS = `p.id, p.nama, p.jenis, p.opd_id AS opdId, o.nama AS opdNama, COALESCE(o.singkatan, '') AS opdSingkatan, p.merek, p.tipe,
  COALESCE(p.nomor_seri, '') AS nomorSeri, COALESCE(p.kode_barang, '') AS kodeBarang, p.tinggi_u AS tinggiU, p.rak_id AS rakId,
  r.nama AS rakNama, p.u_bawah AS uBawah, p.sisi, p.kedalaman_penuh AS kedalamanPenuh, p.status, p.monitoring, p.updated_at AS updatedAt,
  (SELECT group_concat(alamat, ' ') FROM (SELECT alamat FROM perangkat_ip WHERE perangkat_id = p.id ORDER BY urutan)) AS ipList`

const DETAIL_COLUMNS = `${ROW_COLUMNS}, p.cpu, p.ram, p.storage, p.spesifikasi_lain AS spesifikasiLain, p.os, p.aplikasi,
  p.kontak_nama AS kontakNama, p.kontak_telepon AS kontakTelepon, p.tanggal_kolokasi AS tanggalKolokasi,
  p.nomor_ba_kolokasi AS nomorBaKolokasi, p.monitoring_host AS monitoringHost, p.ref_penarikan AS refPenarikan,
  p.posisi_terakhir AS posisiTerakhir, p.tanggal_ditarik AS tanggalDitarik, p.created_at AS createdAt, p.versi,
  COALESCE(u.nama, '') AS createdByName`

const FROM = `FROM perangkat p JOIN opd o ON o.id = p.opd_id LEFT JOIN rak r ON r.id = p.rak_id`
const DETAIL_FROM = `${FROM} LEFT JOIN app_user u ON u.id = p.created_by`

const SORT_COLUMNS: Record<ListInput['sortBy'], string> = {
  nama: 'p.nama COLLATE NOCASE',
  opd: 'o.nama COLLATE NOCASE {dir}, p.nama COLLATE NOCASE',
  jenis: 'p.jenis {dir}, p.nama COLLATE NOCASE',
  status: 'p.status {dir}, p.nama COLLATE NOCASE',
  rak: 'r.nama COLLATE NOCASE {dir}, p.u_bawah {dir}, p.nama COLLATE NOCASE',
  nomorSeri: 'p.nomor_seri COLLATE NOCASE',
  kodeBarang: 'p.kode_barang COLLATE NOCASE',
  tanggalKolokasi: 'p.tanggal_kolokasi',
  updatedAt: 'p.updated_at',
}

function toRow(r: Record<string, unknown>): DeviceRow {
  const row: DeviceRow = {
    id: Number(r.id),
    nama: String(r.nama),
    jenis: r.jenis as JenisPerangkat,
    opdId: Number(r.opdId),
    opdNama: String(r.opdNama),
    opdSingkatan: String(r.opdSingkatan),
    merek: String(r.merek),
    tipe: String(r.tipe),
    nomorSeri: String(r.nomorSeri),
    kodeBarang: String(r.kodeBarang),
    tinggiU: Number(r.tinggiU),
    rakId: r.rakId === null ? null : Number(r.rakId),
    rakNama: (r.rakNama as string | null) ?? null,
    uBawah: r.uBawah === null ? null : Number(r.uBawah),
    sisi: (r.sisi as DeviceRow['sisi']) ?? null,
    kedalamanPenuh: !!r.kedalamanPenuh,
    posisi: '',
    ip: r.ipList ? String(r.ipList).split(' ') : [],
    status: r.status as StatusPerangkat,
    monitoring: !!r.monitoring,
    updatedAt: String(r.updatedAt),
  }
  row.posisi = formatPosisi(row.rakNama, row)
  return row
}

function toDetail(r: Record<string, unknown>): DeviceDetail {
  const row = toRow(r)
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
    createdByName: String(r.createdByName),
    versi: Number(r.versi),
    statusBerikutnya: manualNextStatuses(row.status),
  }
}

export async function getDevice(em: EntityManager, id: number): Promise<DeviceDetail> {
  const rows: Record<string, unknown>[] = await em.query(`SELECT ${DETAIL_COLUMNS} ${DETAIL_FROM} WHERE p.id = ?`, [id])
  if (!rows[0]) throw new NotFoundError('Perangkat')
  return toDetail(rows[0])
}

/**
 * Several devices by id, in one query per 500 ids (the import reads every device its rows match at once); ids not on
 * record are absent from the map.
 */
export async function getDevices(em: EntityManager, ids: readonly number[]): Promise<Map<number, DeviceDetail>> {
  const found = new Map<number, DeviceDetail>()
  const unique = [...new Set(ids)]
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500)
    const rows: Record<string, unknown>[] = await em.query(`SELECT ${DETAIL_COLUMNS} ${DETAIL_FROM} WHERE p.id IN (${chunk.map(() => '?').join(', ')})`, chunk)
    for (const r of rows) found.set(Number(r.id), toDetail(r))
  }
  return found
}

export type DeviceFilter = Pick<ListInput, 'opdId' | 'status' | 'rakId' | 'tanpaRak' | 'jenis' | 'q'>

/**
 * The search condition for what the user typed (every word found in the hostname, serial, asset number, an IP address
 * or the application, by any fragment), from the engine's own place (src/db/engines), in this module's `?` form.
 */
function searchCondition(em: EntityManager, q: string): { sql: string; params: unknown[] } | null {
  const c = dialectOf(em).deviceSearch('p', q, 'cari')
  if (!c) return null
  const [sql, params] = em.connection.driver.escapeQueryWithParameters(c.where, c.parameters, {})
  return { sql, params }
}

function whereOf(em: EntityManager, f: DeviceFilter): { sql: string; params: unknown[] } {
  const where: string[] = []
  const params: unknown[] = []
  if (f.opdId !== undefined) {
    where.push('p.opd_id = ?')
    params.push(f.opdId)
  }
  if (f.status?.length) {
    where.push(`p.status IN (${f.status.map(() => '?').join(', ')})`)
    params.push(...f.status)
  }
  if (f.rakId !== undefined) {
    where.push('p.rak_id = ?')
    params.push(f.rakId)
  }
  if (f.tanpaRak) where.push('p.rak_id IS NULL')
  if (f.jenis) {
    where.push('p.jenis = ?')
    params.push(f.jenis)
  }
  if (f.q) {
    const s = searchCondition(em, f.q)
    if (s) {
      where.push(s.sql)
      params.push(...s.params)
    }
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params }
}

function orderOf(sortBy: ListInput['sortBy'], desc: boolean): string {
  const dir = desc ? 'DESC' : 'ASC'
  return `${SORT_COLUMNS[sortBy].replaceAll('{dir}', dir)} ${dir}, p.id ${dir}`
}

export async function listDevices(em: EntityManager, input: ListInput): Promise<Page<DeviceRow>> {
  const where = whereOf(em, input)
  const [{ total }] = await em.query(`SELECT COUNT(*) AS total ${FROM} ${where.sql}`, where.params)
  const rows: Record<string, unknown>[] = await em.query(
    `SELECT ${ROW_COLUMNS} ${FROM} ${where.sql} ORDER BY ${orderOf(input.sortBy, input.sortDesc)} LIMIT ? OFFSET ?`,
    [...where.params, input.pageSize, (input.page - 1) * input.pageSize],
  )
  return { items: rows.map(toRow), total: Number(total) }
}

/** Every device matching the filter with all its fields (export, rekap); no paging. */
export async function findDevices(em: EntityManager, filter: DeviceFilter, sortBy: ListInput['sortBy'] = 'nama', sortDesc = false): Promise<DeviceDetail[]> {
  const where = whereOf(em, filter)
  const rows: Record<string, unknown>[] = await em.query(`SELECT ${DETAIL_COLUMNS} ${DETAIL_FROM} ${where.sql} ORDER BY ${orderOf(sortBy, sortDesc)}`, where.params)
  return rows.map(toDetail)
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
  const id = await insertRow(
    ctx.em,
    `INSERT INTO perangkat (opd_id, nama, jenis, merek, tipe, nomor_seri, kode_barang, cpu, ram, storage, spesifikasi_lain, tinggi_u, rak_id,
       u_bawah, sisi, kedalaman_penuh, os, aplikasi, kontak_nama, kontak_telepon, tanggal_kolokasi, nomor_ba_kolokasi, monitoring,
       monitoring_host, status, created_by, created_at, updated_at, versi)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
    [d.opdId, d.nama, d.jenis, d.merek, d.tipe, blankToNull(d.nomorSeri), blankToNull(d.kodeBarang), d.cpu, d.ram, d.storage, d.spesifikasiLain,
      d.tinggiU, d.rakId, d.uBawah, d.sisi, d.kedalamanPenuh ? 1 : 0, d.os, d.aplikasi, d.kontakNama, d.kontakTelepon, d.tanggalKolokasi,
      d.nomorBaKolokasi, d.monitoring ? 1 : 0, d.monitoringHost, status, actor.userId, now, now],
  )
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
  const changed = await execute(
    ctx.em,
    `UPDATE perangkat SET opd_id = ?, nama = ?, jenis = ?, merek = ?, tipe = ?, nomor_seri = ?, kode_barang = ?, cpu = ?, ram = ?, storage = ?,
       spesifikasi_lain = ?, tinggi_u = ?, rak_id = ?, u_bawah = ?, sisi = ?, kedalaman_penuh = ?, os = ?, aplikasi = ?, kontak_nama = ?,
       kontak_telepon = ?, tanggal_kolokasi = ?, nomor_ba_kolokasi = ?, monitoring = ?, monitoring_host = ?, updated_at = ?, versi = versi + 1
     WHERE id = ? AND versi = ?`,
    [d.opdId, d.nama, d.jenis, d.merek, d.tipe, blankToNull(d.nomorSeri), blankToNull(d.kodeBarang), d.cpu, d.ram, d.storage, d.spesifikasiLain,
      d.tinggiU, d.rakId, d.uBawah, d.sisi, d.kedalamanPenuh ? 1 : 0, d.os, d.aplikasi, d.kontakNama, d.kontakTelepon, d.tanggalKolokasi,
      d.nomorBaKolokasi, d.monitoring ? 1 : 0, d.monitoringHost, ctx.now.toISOString(), before.id, before.versi],
  )
  if (changed === 0) throw new ConflictError()
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
