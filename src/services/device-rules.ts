import type { EntityManager } from 'typeorm'
import type { DeviceData } from '../api/contract/inventory'
import { DomainError } from '../api/contract/errors'
import { conflictMessage, fitProblem, occupiedUnits, type Sisi, type StatusPerangkat } from '../domain/inventory'

// The rules every write of a device passes (form, import, withdrawal): owner exists, rack exists and is in use, the
// device fits, its units are free, serial and asset numbers are not taken. Messages name the field they are about.

export interface RackInfo {
  id: number
  nama: string
  tinggiU: number
  aktif: boolean
}

export async function rackInfo(em: EntityManager, id: number): Promise<RackInfo | null> {
  const rows: { id: number; nama: string; tinggi_u: number; aktif: number }[] = await em.query('SELECT id, nama, tinggi_u, aktif FROM rak WHERE id = ?', [id])
  return rows[0] ? { id: Number(rows[0].id), nama: rows[0].nama, tinggiU: Number(rows[0].tinggi_u), aktif: !!rows[0].aktif } : null
}

/** The first unit-face the placement needs that another device already takes, with that device's name. */
async function takenUnit(
  em: EntityManager,
  rakId: number,
  p: { uBawah: number; tinggiU: number; sisi: Sisi; kedalamanPenuh: boolean },
  selfId: number | null,
): Promise<{ u: number; sisi: Sisi; nama: string; perangkatId: number } | null> {
  const faces = p.kedalamanPenuh ? ['depan', 'belakang'] : [p.sisi]
  const rows: { u: number; sisi: Sisi; nama: string; perangkatId: number }[] = await em.query(
    `SELECT pu.u, pu.sisi, p.nama, p.id AS perangkatId FROM perangkat_unit pu JOIN perangkat p ON p.id = pu.perangkat_id
     WHERE pu.rak_id = ? AND pu.u BETWEEN ? AND ? AND pu.sisi IN (${faces.map(() => '?').join(', ')}) AND pu.perangkat_id IS NOT ?
     ORDER BY pu.u, CASE pu.sisi WHEN 'depan' THEN 0 ELSE 1 END LIMIT 1`,
    [rakId, p.uBawah, p.uBawah + p.tinggiU - 1, ...faces, selfId],
  )
  return rows[0] ? { ...rows[0], u: Number(rows[0].u), perangkatId: Number(rows[0].perangkatId) } : null
}

async function numberHolder(em: EntityManager, column: 'nomor_seri' | 'kode_barang', value: string, selfId: number | null) {
  const rows: { nama: string; opd: string }[] = await em.query(
    `SELECT p.nama, o.nama AS opd FROM perangkat p JOIN opd o ON o.id = p.opd_id
     WHERE p.${column} = ? COLLATE NOCASE AND p.status <> 'Ditarik' AND p.id IS NOT ? LIMIT 1`,
    [value, selfId],
  )
  return rows[0] ?? null
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
    opdExists: async (id) => ((await em.query('SELECT 1 FROM opd WHERE id = ?', [id])) as unknown[]).length > 0,
    rack: (id) => rackInfo(em, id),
    standsIn: async (id, rakId) => ((await em.query('SELECT 1 FROM perangkat WHERE id = ? AND rak_id = ?', [id, rakId])) as unknown[]).length > 0,
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
  await em.query('DELETE FROM perangkat_unit WHERE perangkat_id = ?', [perangkatId])
  const rows: { rak_id: number | null; u_bawah: number | null; tinggi_u: number; sisi: Sisi | null; kedalaman_penuh: number; status: StatusPerangkat }[] =
    await em.query('SELECT rak_id, u_bawah, tinggi_u, sisi, kedalaman_penuh, status FROM perangkat WHERE id = ?', [perangkatId])
  const d = rows[0]
  if (!d || d.rak_id === null) return
  const slots = occupiedUnits({ status: d.status, uBawah: d.u_bawah, tinggiU: Number(d.tinggi_u), sisi: d.sisi, kedalamanPenuh: !!d.kedalaman_penuh })
  for (const s of slots) {
    await em.query('INSERT INTO perangkat_unit (rak_id, u, sisi, perangkat_id) VALUES (?, ?, ?, ?)', [d.rak_id, s.u, s.sisi, perangkatId])
  }
}

/** Replaces a device's IP addresses, keeping the order given. */
export async function writeIps(em: EntityManager, perangkatId: number, ips: readonly string[]): Promise<void> {
  await em.query('DELETE FROM perangkat_ip WHERE perangkat_id = ?', [perangkatId])
  for (const [i, alamat] of ips.entries()) {
    await em.query('INSERT INTO perangkat_ip (perangkat_id, urutan, alamat) VALUES (?, ?, ?)', [perangkatId, i + 1, alamat])
  }
}
