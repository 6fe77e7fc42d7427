import { ConflictError, DomainError } from '../api/contract/errors'
import type { DeviceDetail } from '../api/contract/inventory'
import { execute } from '../db/sql'
import { todayInOffice } from '../domain/dates'
import { manualTransitionProblem, type StatusPerangkat } from '../domain/inventory'
import { requireActor, type Ctx } from './context'
import { syncUnits } from './device-rules'
import { auditDeviceChange, getDevice } from './devices'

// Status changes. By hand along the allowed transitions (devices.setStatus); the withdrawal workflow (SOP 07) uses the
// functions below, which are the only way a device becomes Ditarik.

/** devices.setStatus: a user moves a device along an allowed transition, with a reason. */
export async function setDeviceStatus(ctx: Ctx, input: { id: number; versi: number; status: StatusPerangkat; alasan: string }): Promise<DeviceDetail> {
  requireActor(ctx)
  const before = await getDevice(ctx.em, input.id)
  if (before.versi !== input.versi) throw new ConflictError()
  const problem = manualTransitionProblem(before.status, input.status)
  if (problem) throw new DomainError(problem, 'status')
  if (before.status === 'Dalam Proses Penarikan' && before.refPenarikan) {
    throw new DomainError(`Perangkat ini sedang dalam proses penarikan (${before.refPenarikan}); statusnya diubah melalui permohonan penarikan tersebut.`, 'status')
  }
  const n = await execute(ctx.em, 'UPDATE perangkat SET status = ?, updated_at = ?, versi = versi + 1 WHERE id = ? AND versi = ?', [
    input.status, ctx.now.toISOString(), input.id, input.versi,
  ])
  if (n === 0) throw new ConflictError()
  return auditDeviceChange(ctx, before, input.alasan)
}

function requireCaseRef(caseRef: string): string {
  const ref = caseRef.trim()
  if (!ref) throw new Error('Rujukan kasus penarikan wajib diberikan.')
  return ref
}

async function loadAll(ctx: Ctx, deviceIds: readonly number[]): Promise<DeviceDetail[]> {
  const ids = [...new Set(deviceIds)]
  if (ids.length === 0) throw new DomainError('Pilih paling sedikit satu perangkat.', 'perangkat')
  const devices: DeviceDetail[] = []
  for (const id of ids) devices.push(await getDevice(ctx.em, id))
  return devices
}

/** Refuses the whole batch, naming every device that does not qualify. */
function refuse(problems: string[]): void {
  if (problems.length) throw new DomainError(problems.join(' '), 'perangkat')
}

async function setWithdrawalState(ctx: Ctx, d: DeviceDetail, status: StatusPerangkat, ref: string | null, reason: string): Promise<DeviceDetail> {
  await ctx.em.query('UPDATE perangkat SET status = ?, ref_penarikan = ?, updated_at = ?, versi = versi + 1 WHERE id = ?', [status, ref, ctx.now.toISOString(), d.id])
  return auditDeviceChange(ctx, d, reason)
}

/**
 * SOP step 5-7: the devices an OPD asks to withdraw are put "Dalam Proses Penarikan" for the case `caseRef`. Each must
 * be Aktif (or already in process for this case, which is left as is; or put in process by hand, which the case takes
 * over). All or nothing.
 */
export async function markInWithdrawal(ctx: Ctx, deviceIds: readonly number[], caseRef: string): Promise<DeviceDetail[]> {
  requireActor(ctx)
  const ref = requireCaseRef(caseRef)
  const devices = await loadAll(ctx, deviceIds)
  refuse(
    devices.flatMap((d) => {
      if (d.status === 'Aktif') return []
      if (d.status === 'Dalam Proses Penarikan' && (d.refPenarikan === null || d.refPenarikan === ref)) return []
      if (d.status === 'Dalam Proses Penarikan') return [`${d.nama} sudah dalam proses penarikan lain (${d.refPenarikan}).`]
      return [`${d.nama} berstatus ${d.status}; hanya perangkat Aktif yang dapat diajukan penarikan.`]
    }),
  )
  const out: DeviceDetail[] = []
  for (const d of devices) {
    out.push(d.refPenarikan === ref ? d : await setWithdrawalState(ctx, d, 'Dalam Proses Penarikan', ref, `Proses penarikan ${ref}`))
  }
  return out
}

/** The case was rejected or cancelled: its devices go back to Aktif. */
export async function cancelWithdrawal(ctx: Ctx, deviceIds: readonly number[], caseRef: string): Promise<DeviceDetail[]> {
  requireActor(ctx)
  const ref = requireCaseRef(caseRef)
  const devices = await loadAll(ctx, deviceIds)
  refuse(devices.filter((d) => d.status !== 'Dalam Proses Penarikan' || d.refPenarikan !== ref).map((d) => `${d.nama} tidak sedang dalam proses penarikan ${ref}.`))
  const out: DeviceDetail[] = []
  for (const d of devices) out.push(await setWithdrawalState(ctx, d, 'Aktif', null, `Penarikan ${ref} dibatalkan`))
  return out
}

/**
 * The Berita Acara Penarikan is signed: the devices are Ditarik. Their units are freed (the last position is kept as
 * text in `posisiTerakhir`), everything else stays; the device is never deleted. The only way to Ditarik.
 */
export async function markWithdrawn(ctx: Ctx, deviceIds: readonly number[], caseRef: string): Promise<DeviceDetail[]> {
  requireActor(ctx)
  const ref = requireCaseRef(caseRef)
  const devices = await loadAll(ctx, deviceIds)
  refuse(devices.filter((d) => d.status !== 'Dalam Proses Penarikan' || d.refPenarikan !== ref).map((d) => `${d.nama} tidak sedang dalam proses penarikan ${ref}.`))
  const out: DeviceDetail[] = []
  for (const d of devices) {
    await ctx.em.query(
      `UPDATE perangkat SET status = 'Ditarik', posisi_terakhir = ?, tanggal_ditarik = ?, rak_id = NULL, u_bawah = NULL, sisi = NULL,
         updated_at = ?, versi = versi + 1 WHERE id = ?`,
      [d.rakId === null ? null : d.posisi, todayInOffice(ctx.now), ctx.now.toISOString(), d.id],
    )
    await syncUnits(ctx.em, d.id)
    out.push(await auditDeviceChange(ctx, d, `Ditarik melalui ${ref}`))
  }
  return out
}

/** SOP step 9: the device was taken out of the monitoring system. Nothing happens for a device that was not monitored. */
export async function clearMonitoring(ctx: Ctx, deviceId: number, info: { caseRef: string; keterangan?: string }): Promise<DeviceDetail> {
  requireActor(ctx)
  const ref = requireCaseRef(info.caseRef)
  const d = await getDevice(ctx.em, deviceId)
  if (!d.monitoring) return d
  await ctx.em.query('UPDATE perangkat SET monitoring = 0, updated_at = ?, versi = versi + 1 WHERE id = ?', [ctx.now.toISOString(), deviceId])
  const note = info.keterangan?.trim()
  return auditDeviceChange(ctx, d, `Dikeluarkan dari sistem monitoring (${ref})${note ? `: ${note}` : ''}`)
}
