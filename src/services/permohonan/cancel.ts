import { requireActor, type Ctx } from '../context'
import { cancelWithdrawal } from '../device-workflow'
import { getDevice } from '../devices'
import { closeLinesWithCase } from '../dispositions'
import { CASE_ENTITY, activeDeviceIds, caseOfLetter, loadCase, releaseDevices, updateCase, type KasusRow } from './store'
import { sopOf } from './engine'
import { stepOf } from '../../domain/sop'

/**
 * Voiding a letter ends its running case with it: status 'dibatalkan', closed now, with who voided the letter and the
 * letter's reason (`alasan`); its devices still "Dalam Proses Penarikan" for this case go back to the status they had
 * and leave the case; its letter's open disposition lines are closed naming the case; audited under the case. A
 * tester's finding (s22): the case stayed "Berjalan" at step 2 with no way to move or close it. Returns the ended
 * case, or null when the letter has no running case (none, or one already Selesai/Ditolak, which stays as it ended).
 */
export async function cancelCaseWithLetter(ctx: Ctx, suratId: number, alasan: string): Promise<KasusRow | null> {
  const actor = requireActor(ctx)
  const c = await caseOfLetter(ctx.em, suratId)
  if (!c || c.status !== 'berjalan') return null
  // The case's devices are put in process under "Permohonan <nomor>" (its steps' reference to the case).
  const ref = `Permohonan ${c.nomor}`
  const inProcess: number[] = []
  for (const id of await activeDeviceIds(ctx.em, c.id)) {
    const d = await getDevice(ctx.em, id)
    if (d.status === 'Dalam Proses Penarikan' && d.refPenarikan === ref) inProcess.push(id)
  }
  if (inProcess.length) await cancelWithdrawal(ctx, inProcess, ref)
  await releaseDevices(ctx.em, c.id)
  const step = stepOf(sopOf(c), c.langkah)
  await updateCase(ctx.em, c.id, { status: 'dibatalkan', jatuhTempo: null, closedAt: ctx.now.toISOString(), dibatalkanOleh: actor.nama, alasanBatal: alasan })
  await ctx.audit({
    entityType: CASE_ENTITY, entityId: c.id,
    before: { langkah: `${step.no}. ${step.nama}` },
    after: { langkah: 'Dibatalkan bersama suratnya' },
    reason: alasan,
  })
  await closeLinesWithCase(ctx, suratId, `Surat dibatalkan bersama Permohonan ${c.nomor}: ${alasan}`)
  return loadCase(ctx.em, c.id)
}
