// SOP 07 as tests drive it through the API: the dispositions of steps 2-4 and one step of a case.
import type { Output } from '../contract'
import type { Session } from '../runtime/session'
import type { Sop07StepInput } from '../sops/sop-07/common'
import type { TestCore } from './core'
import type { Officials } from './officials'

/** Steps 2-4 through dispositions: the Kadis's recorded by the Sekretariat, to the Kabid's post, the Kasi's, both Tim DC. */
export async function disposeDown(t: TestCore, o: Officials, suratId: number): Promise<void> {
  await t.call(o.tu, 'disposisi.create', { suratId, dariPegawaiId: o.pegawai.kadis, kepada: [{ jabatanKode: 'kabid-pe' }], instruksi: ['Untuk ditindaklanjuti'] })
  await t.call(o.kabid, 'disposisi.create', { suratId, kepada: [{ jabatanKode: 'kasi-it' }] })
  await t.call(o.kasi, 'disposisi.create', { suratId, kepada: [{ pegawaiId: o.pegawai.dc1 }, { pegawaiId: o.pegawai.dc2 }] })
}

/** Records `input` as the current step of case `kasusId` by `session`, with the case's version as read just before. */
export async function actStep(t: TestCore, session: Session, kasusId: number, input: Sop07StepInput): Promise<Output<'kasus.act'>> {
  const c = await t.call(session, 'kasus.get', { id: kasusId })
  return t.call(session, 'kasus.act', { kasusId, versi: c.versi, input })
}
