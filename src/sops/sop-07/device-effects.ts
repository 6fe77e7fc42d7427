// What the withdrawal workflow does to the inventory, in one place: SOP 07's device effects port.
import type { EntityManager } from 'typeorm'
import { cancelWithdrawal, clearMonitoring, markInWithdrawal, markWithdrawn } from '../../services/device-workflow'
import { getDevice } from '../../services/devices'

/**
 * SOP 07's effects on devices: step 5 marks them Dalam Proses Penarikan, steps 6-7 cancel that for devices that stay,
 * step 9 clears monitoring, step 10 marks them Ditarik (each audited by the device workflow).
 */
export const penarikanPort = {
  get: (em: EntityManager, id: number) => getDevice(em, id),
  markInWithdrawal,
  cancelWithdrawal,
  markWithdrawn,
  clearMonitoring,
}
