import type { EntityManager } from 'typeorm'
import type { DeviceData } from '../contract/inventory'
import { DomainError } from '../contract/errors'
import { dialectOf } from '../db/engines'
import { Perangkat, PerangkatIp, PerangkatUnit } from '../db/entities'
import { conflictMessage, fitProblem, occupiedUnits, type Sisi, type StatusPerangkat } from '../domain/inventory'
import { findOpd, joinOpd } from './opd'
import { rackInfo } from './racks'

// The rules every write of a device passes (form, import, withdrawal): owner exists, rack exists and is in use, the
// device fits, its units are free, serial and asset numbers are not taken. Messages name the field they are about.

export interface RackInfo {
  id: number
  nama: string
  tinggiU: number
  aktif: boolean
}

/** The first unit-face the placement needs that another device already takes, with that device's name. */
async function takenUnit(
  em: EntityManager,
  rakId: number,
  p: { uBawah: number; tinggiU: number; sisi: Sisi; kedalamanPenuh: boolean },
  selfId: number | null,
): Promise<{ u: number; sisi: Sisi; nama: string; perangkatId: number } | null> {
  const qb = em
    .createQueryBuilder(PerangkatUnit, 'pu')
    .innerJoin(Perangkat, 'p', 'p.id = pu.perangkat_id')
    .select('pu.u', 'u')
    .addSelect('pu.sisi', 'sisi')
    .addSelect('p.nama', 'nama')
    .addSelect('p.id', 'perangkatId')
    .where('pu.rak_id = :rakId AND pu.u BETWEEN :lo AND :hi', { rakId, lo: p.uBawah, hi: p.uBawah + p.tinggiU - 1 })
    .andWhere('pu.sisi IN (:...faces)', { faces: p.kedalamanPenuh ? ['depan', 'belakang'] : [p.sisi] })
  if (selfId !== null) qb.andWhere('pu.perangkat_id <> :selfId', { selfId })
  // Lowest unit first, and 'depan' before 'belakang' (the only two faces, so descending).
  const row = await qb.orderBy('pu.u', 'ASC').addOrderBy('pu.sisi', 'DESC').limit(1).getRawOne<{ u: number; sisi: Sisi; nama: string; perangkatId: number }>()
  return row ? { u: Number(row.u), sisi: row.sisi, nama: row.nama, perangkatId: Number(row.perangkatId) } : null
}

async function numberHolder(em: EntityManager, column: 'nomor_seri' | 'kode_barang', value: string, selfId: number | null) {
  const { nocase } = dialectOf(em)
  // The same comparison as the unique case-insensitive indexes ux_perangkat_seri / ux_perangkat_kode_barang.
  const qb = joinOpd(em.createQueryBuilder(Perangkat, 'p'), 'o', 'p.opd_id')
    .select('p.nama', 'nama')
    .addSelect('o.nama', 'opd')
    .where(`${nocase(`p.${column}`)} = ${nocase(':value')}`, { value })
    .andWhere(`p.status <> 'Ditarik'`)
  if (selfId !== null) qb.andWhere('p.id <> :selfId', { selfId })
  return (await qb.limit(1).getRawOne<{ nama: string; opd: string }>()) ?? null
}

export interface CheckOptions {
  /** The device being changed (its own units and numbers do not count against it). */
  selfId: number | null
  /** Names a device in a message; the import uses it to point at the row that placed it. */
  describe?: (perangkatId: number, nama: string) => string
}

/**
 * What the rules need to know about the recorded inventory. The database answers it for the form (`databaseFacts`);
 * the bulk import answers it from maps read once and kept up to date as its plan is laid (inventory-import/facts.ts),
 * so both pass the very same rules (`checkDeviceAgainst`).
 */
export interface DeviceFacts {
  opdExists(opdId: number): Promise<boolean>
  rack(rakId: number): Promise<RackInfo | null>
  /** Whether device `perangkatId` stands in rack `rakId` now. */
  standsIn(perangkatId: number, rakId: number): Promise<boolean>
  /** The first unit-face (lowest U, depan before belakang) the placement needs that another device takes. */
  takenUnit(rakId: number, p: { uBawah: number; tinggiU: number; sisi: Sisi; kedalamanPenuh: boolean }, selfId: number | null): Promise<{ u: number; sisi: Sisi; nama: string; perangkatId: number } | null>
  /** A device not Ditarik (other than `selfId`) holding this serial or asset number, ignoring case. */
  numberHolder(column: 'nomor_seri' | 'kode_barang', value: string, selfId: number | null): Promise<{ nama: string; opd: string } | null>
}

/** The facts as the database holds them, in the caller's transaction. */
export function databaseFacts(em: EntityManager): DeviceFacts {
  return {
    opdExists: async (id) => (await findOpd(em, id)) !== null,
    rack: (id) => rackInfo(em, id),
    standsIn: (id, rakId) => em.existsBy(Perangkat, { id, rakId }),
    takenUnit: (rakId, p, selfId) => takenUnit(em, rakId, p, selfId),
    numberHolder: (column, value, selfId) => numberHolder(em, column, value, selfId),
  }
}

/** Throws the first rule the data breaks (DomainError naming the form field), checked in the database. */
export async function checkDevice(em: EntityManager, d: DeviceData, options: CheckOptions): Promise<void> {
  await checkDeviceAgainst(databaseFacts(em), d, options)
}

/** Throws the first rule the data breaks, against the given facts. */
export async function checkDeviceAgainst(facts: DeviceFacts, d: DeviceData, options: CheckOptions): Promise<void> {
  const { selfId } = options
  if (!(await facts.opdExists(d.opdId))) throw new DomainError('OPD yang dipilih tidak ada dalam daftar.', 'opdId')
  if (d.rakId !== null && d.uBawah !== null && d.sisi !== null) {
    const rack = await facts.rack(d.rakId)
    if (!rack) throw new DomainError('Rak yang dipilih tidak ada.', 'rakId')
    if (!rack.aktif) {
      // A device already standing there may stay (the rack cannot be set inactive while it holds devices anyway).
      const here = selfId !== null && (await facts.standsIn(selfId, rack.id))
      if (!here) throw new DomainError(`Rak ${rack.nama} tidak aktif; pilih rak lain.`, 'rakId')
    }
    const fit = fitProblem({ uBawah: d.uBawah, tinggiU: d.tinggiU }, rack)
    if (fit) throw new DomainError(fit, 'uBawah')
    const taken = await facts.takenUnit(rack.id, { uBawah: d.uBawah, tinggiU: d.tinggiU, sisi: d.sisi, kedalamanPenuh: d.kedalamanPenuh }, selfId)
    if (taken) {
      const nama = options.describe ? options.describe(taken.perangkatId, taken.nama) : taken.nama
      throw new DomainError(conflictMessage({ ...taken, nama }, rack.nama), 'uBawah')
    }
  }
  if (d.nomorSeri) {
    const holder = await facts.numberHolder('nomor_seri', d.nomorSeri, selfId)
    if (holder) throw new DomainError(`Nomor seri ${d.nomorSeri} sudah tercatat pada perangkat ${holder.nama} (${holder.opd}).`, 'nomorSeri')
  }
  if (d.kodeBarang) {
    const holder = await facts.numberHolder('kode_barang', d.kodeBarang, selfId)
    if (holder) throw new DomainError(`Kode barang/NUP ${d.kodeBarang} sudah tercatat pada perangkat ${holder.nama} (${holder.opd}).`, 'kodeBarang')
  }
}

/** Rewrites the unit-faces a device takes from its current row (none once it is withdrawn or out of a rack). */
export async function syncUnits(em: EntityManager, perangkatId: number): Promise<void> {
  await em.delete(PerangkatUnit, { perangkatId })
  const d = await em.findOne(Perangkat, {
    select: { id: true, rakId: true, uBawah: true, tinggiU: true, sisi: true, kedalamanPenuh: true, status: true },
    where: { id: perangkatId },
  })
  if (!d || d.rakId === null) return
  const rakId = d.rakId
  const slots = occupiedUnits({ status: d.status as StatusPerangkat, uBawah: d.uBawah, tinggiU: d.tinggiU, sisi: d.sisi as Sisi | null, kedalamanPenuh: d.kedalamanPenuh })
  if (slots.length) await em.insert(PerangkatUnit, slots.map((s) => ({ rakId, u: s.u, sisi: s.sisi, perangkatId })))
}

/** Replaces a device's IP addresses, keeping the order given. */
export async function writeIps(em: EntityManager, perangkatId: number, ips: readonly string[]): Promise<void> {
  await em.delete(PerangkatIp, { perangkatId })
  if (ips.length) await em.insert(PerangkatIp, ips.map((alamat, i) => ({ perangkatId, urutan: i + 1, alamat })))
}
