// Helpers for inventory tests: racks, devices and a Ctx for calling the workflow functions directly.
import type { DeviceCreateInput } from '../contract/inventory'
import type { Session } from '../runtime/session'
import type { TestCore } from './core'
import { Opd } from '../db/entities'
import { loadActor } from '../services/auth'
import { makeCtx, type Ctx } from '../services/context'

/** The active OPDs' ids by name and by abbreviation, read through the entity (the same on both engines). */
export async function opdIds(t: TestCore, _s: Session): Promise<Record<string, number>> {
  const list = await t.core.ds.getRepository(Opd).find({ where: { aktif: true }, order: { id: 'ASC' } })
  return Object.fromEntries(list.flatMap((o) => [[o.nama, o.id], ...(o.singkatan ? [[o.singkatan, o.id]] : [])]))
}

export function deviceInput(opdId: number, over: Partial<DeviceCreateInput> = {}): DeviceCreateInput {
  return {
    opdId,
    nama: 'srv-simpus-01',
    jenis: 'server',
    merek: 'Dell',
    tipe: 'PowerEdge R740',
    nomorSeri: 'CN7XK93',
    kodeBarang: '02.06.02.01.001',
    cpu: '2x Xeon Silver 4210',
    ram: '64 GB',
    storage: '4x 1.2 TB SAS',
    tinggiU: 2,
    kedalamanPenuh: true,
    ip: ['10.10.1.25'],
    os: 'Ubuntu 22.04',
    aplikasi: 'SIMPUS',
    kontakNama: 'Budi Santoso',
    kontakTelepon: '0812-7000-1111',
    tanggalKolokasi: '2024-03-12',
    nomorBaKolokasi: 'BA/015/KOMINFO/2024',
    monitoring: true,
    monitoringHost: 'simpus-01',
    ...over,
  }
}

/** Runs `work` in one transaction as the session's user, like a case step would. */
export async function asStep<T>(t: TestCore, s: Session, work: (ctx: Ctx) => Promise<T>): Promise<T> {
  const { actor } = await loadActor(t.core.ds.manager, s)
  return t.core.ds.transaction((em) => work(makeCtx(t.core, em, s, actor, 'cases.step')))
}
