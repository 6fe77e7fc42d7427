import { ConflictError, DomainError } from '../contract/errors'
import type { DeviceDetail } from '../contract/inventory'
import { Perangkat } from '../db/entities'
import { manualTransitionProblem, type StatusPerangkat } from '../domain/inventory'
import { requireActor, type Ctx } from './context'
import { auditDeviceChange, getDevice } from './devices'

// Status changes by hand along the allowed transitions (devices.setStatus). Ditarik comes only from the withdrawal
// workflow (device-workflow.ts).

/** Throws (DomainError on 'status') when a user may not move this device to `status` by hand. */
export function assertStatusChangeAllowed(before: Pick<DeviceDetail, 'status' | 'refPenarikan'>, status: StatusPerangkat): void {
  const problem = manualTransitionProblem(before.status, status)
  if (problem) throw new DomainError(problem, 'status')
  if (before.status === 'Dalam Proses Penarikan' && before.refPenarikan) {
    throw new DomainError(`Perangkat ini sedang dalam proses penarikan (${before.refPenarikan}); statusnya diubah melalui permohonan penarikan tersebut.`, 'status')
  }
}

/** devices.setStatus: a user moves a device along an allowed transition, with a reason. */
export async function setDeviceStatus(ctx: Ctx, input: { id: number; versi: number; status: StatusPerangkat; alasan: string }): Promise<DeviceDetail> {
  requireActor(ctx)
  const before = await getDevice(ctx.em, input.id)
  if (before.versi !== input.versi) throw new ConflictError()
  assertStatusChangeAllowed(before, input.status)
  const { affected } = await ctx.em
    .createQueryBuilder()
    .update(Perangkat)
    .set({ status: input.status, updatedAt: ctx.now.toISOString(), versi: () => 'versi + 1' })
    .where('id = :id AND versi = :versi', { id: input.id, versi: input.versi })
    .execute()
  if (!affected) throw new ConflictError()
  return auditDeviceChange(ctx, before, input.alasan)
}
