import { DomainError } from '../contract/errors'
import type { DeviceDetail } from '../contract/inventory'
import { Perangkat } from '../db/entities'
import { todayInOffice } from '../domain/dates'
import type { StatusPerangkat } from '../domain/inventory'
import { requireActor, type Ctx } from './context'
import { syncUnits } from './device-rules'
import { auditDeviceChange, getDevice } from './devices'

// What the withdrawal workflow (SOP 07, "permohonan penarikan") does to the inventory. These run inside the case
// step's transaction and are audited under that step's operation; markWithdrawn is the only way a device becomes
// Ditarik. Each refuses the whole batch (naming every device that does not qualify) or changes all of it.

function requireCaseRef(caseRef: string): string {
  const ref = caseRef.trim()
  if (!ref) throw new Error('Rujukan kasus penarikan wajib diberikan.')
  return ref
}

/** The devices, each once; an empty list is nothing to do. */
async function loadAll(ctx: Ctx, deviceIds: readonly number[]): Promise<DeviceDetail[]> {
  const ids = [...new Set(deviceIds)]
  const devices: DeviceDetail[] = []
  for (const id of ids) devices.push(await getDevice(ctx.em, id))
  return devices
}

/** Refuses the whole batch, naming every device that does not qualify. */
function refuse(problems: string[]): void {
  if (problems.length) throw new DomainError(problems.join(' '), 'perangkat')
}

async function setWithdrawalState(ctx: Ctx, d: DeviceDetail, status: StatusPerangkat, ref: string | null, reason: string): Promise<DeviceDetail> {
  // Entering a withdrawal remembers where the device came from, so a cancelled one returns there.
  await ctx.em.update(Perangkat, { id: d.id }, {
    status, refPenarikan: ref, statusSebelumPenarikan: ref ? d.status : null, updatedAt: ctx.now.toISOString(), versi: () => 'versi + 1',
  })
  return auditDeviceChange(ctx, d, reason)
}

/** Devices in service or switched off may be withdrawn: an OPD often takes back a server that no longer runs. */
const WITHDRAWABLE: readonly StatusPerangkat[] = ['Aktif', 'Nonaktif']

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
      if (WITHDRAWABLE.includes(d.status)) return []
      if (d.status === 'Dalam Proses Penarikan' && (d.refPenarikan === null || d.refPenarikan === ref)) return []
      if (d.status === 'Dalam Proses Penarikan') return [`${d.nama} sudah dalam proses penarikan lain (${d.refPenarikan}).`]
      return [`${d.nama} berstatus ${d.status}; hanya perangkat Aktif atau Nonaktif yang dapat diajukan penarikan.`]
    }),
  )
  const out: DeviceDetail[] = []
  for (const d of devices) {
    out.push(d.refPenarikan === ref ? d : await setWithdrawalState(ctx, d, 'Dalam Proses Penarikan', ref, `Proses penarikan ${ref}`))
  }
  return out
}

/** The case was rejected or the OPD kept the device: it goes back to the status it had (Aktif or Nonaktif). */
export async function cancelWithdrawal(ctx: Ctx, deviceIds: readonly number[], caseRef: string): Promise<DeviceDetail[]> {
  requireActor(ctx)
  const ref = requireCaseRef(caseRef)
  const devices = await loadAll(ctx, deviceIds)
  refuse(devices.filter((d) => d.status !== 'Dalam Proses Penarikan' || d.refPenarikan !== ref).map((d) => `${d.nama} tidak sedang dalam proses penarikan ${ref}.`))
  const out: DeviceDetail[] = []
  for (const d of devices) {
    const stored = await ctx.em.findOne(Perangkat, { select: { id: true, statusSebelumPenarikan: true }, where: { id: d.id } })
    const back: StatusPerangkat = stored?.statusSebelumPenarikan === 'Nonaktif' ? 'Nonaktif' : 'Aktif'
    out.push(await setWithdrawalState(ctx, d, back, null, `Penarikan ${ref} dibatalkan`))
  }
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
    await ctx.em.update(Perangkat, { id: d.id }, {
      status: 'Ditarik', posisiTerakhir: d.rakId === null ? null : d.posisi, tanggalDitarik: todayInOffice(ctx.now), rakId: null, uBawah: null, sisi: null,
      updatedAt: ctx.now.toISOString(), versi: () => 'versi + 1',
    })
    await syncUnits(ctx.em, d.id)
    out.push(await auditDeviceChange(ctx, d, `Ditarik melalui ${ref}`))
  }
  return out
}

/** SOP step 9: the device was taken out of the monitoring system. Nothing happens for a device that was not monitored. */
export interface MonitoringRemoval {
  caseRef: string
  /** When it was taken out of the monitoring system (ISO instant or date), as Tim DC reports it. */
  waktu?: string
  /** The host name it had in the monitoring system; kept on the device when none was recorded. */
  hostMonitoring?: string
  keterangan?: string
}

export async function clearMonitoring(ctx: Ctx, deviceId: number, info: MonitoringRemoval): Promise<DeviceDetail> {
  requireActor(ctx)
  const ref = requireCaseRef(info.caseRef)
  const d = await getDevice(ctx.em, deviceId)
  if (!d.monitoring) return d
  const host = d.monitoringHost || info.hostMonitoring?.trim() || ''
  await ctx.em.update(Perangkat, { id: deviceId }, { monitoring: false, monitoringHost: host, updatedAt: ctx.now.toISOString(), versi: () => 'versi + 1' })
  const details = [(info.hostMonitoring?.trim() || host) && `host ${info.hostMonitoring?.trim() || host}`, info.waktu && `pada ${info.waktu}`, info.keterangan?.trim()].filter(Boolean).join(', ')
  return auditDeviceChange(ctx, d, `Dikeluarkan dari sistem monitoring (${ref})${details ? `: ${details}` : ''}`)
}
