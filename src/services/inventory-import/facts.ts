import type { EntityManager } from 'typeorm'
import type { DeviceData } from '../../contract/inventory'
import { Perangkat, PerangkatUnit, Rak } from '../../db/entities'
import { occupiedUnits, type Sisi, type StatusPerangkat } from '../../domain/inventory'
import type { DeviceFacts, RackInfo } from '../device-rules'
import { opdNames } from '../opd'

// The inventory as the import's rules see it: read once per import (four queries), then kept up to date in memory
// as each planned row is laid, so 10,000 rows are checked without a query per row. It answers the same questions the
// database answers for the form (DeviceFacts), so the import and the form pass the very same rules.

/** What one import reads from the database. */
export interface InventoryRows {
  opds: { id: number; nama: string; singkatan: string | null }[]
  racks: RackInfo[]
  devices: { id: number; nama: string; opdId: number; nomorSeri: string | null; kodeBarang: string | null; status: StatusPerangkat; rakId: number | null }[]
  units: { rakId: number; u: number; sisi: Sisi; perangkatId: number }[]
}

/**
 * Reads the OPDs (from their owner, opd.ts), rak, perangkat and perangkat_unit once, through QueryBuilder (the same on
 * both engines; aliases are quoted, so they keep their case on PostgreSQL).
 */
export async function readInventory(em: EntityManager): Promise<InventoryRows> {
  const opds = await opdNames(em)
  const racks = (await em.createQueryBuilder(Rak, 't').select(['t.id AS "id"', 't.nama AS "nama"', 't.tinggi_u AS "tinggiU"', 't.aktif AS "aktif"'])
    .orderBy('t.id').getRawMany()) as Record<string, unknown>[]
  const devices = (await em.createQueryBuilder(Perangkat, 't').select(['t.id AS "id"', 't.nama AS "nama"', 't.opd_id AS "opdId"', 't.nomor_seri AS "nomorSeri"',
    't.kode_barang AS "kodeBarang"', 't.status AS "status"', 't.rak_id AS "rakId"']).orderBy('t.id').getRawMany()) as Record<string, unknown>[]
  const units = (await em.createQueryBuilder(PerangkatUnit, 't').select(['t.rak_id AS "rakId"', 't.u AS "u"', 't.sisi AS "sisi"', 't.perangkat_id AS "perangkatId"'])
    .getRawMany()) as Record<string, unknown>[]
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v))
  return {
    opds: opds.map((o) => ({ id: o.id, nama: o.nama, singkatan: o.singkatan })),
    racks: racks.map((r) => ({ id: Number(r.id), nama: String(r.nama), tinggiU: Number(r.tinggiU), aktif: !!r.aktif })),
    devices: devices.map((d) => ({
      id: Number(d.id), nama: String(d.nama), opdId: Number(d.opdId), nomorSeri: (d.nomorSeri as string | null) ?? null,
      kodeBarang: (d.kodeBarang as string | null) ?? null, status: d.status as StatusPerangkat, rakId: num(d.rakId),
    })),
    units: units.map((u) => ({ rakId: Number(u.rakId), u: Number(u.u), sisi: u.sisi as Sisi, perangkatId: Number(u.perangkatId) })),
  }
}

interface Holder {
  id: number
  nama: string
  opd: string
}

const unitKey = (rakId: number, u: number, sisi: Sisi) => `${rakId}|${u}|${sisi}`

/**
 * The inventory in memory, as the import lays its plan. Devices the import creates carry a stand-in id (negative,
 * never a real one) until they are written. Keys of serial and asset numbers are upper case, like the NOCASE index.
 */
export class InventoryFacts implements DeviceFacts {
  readonly opdNama = new Map<number, string>()
  private readonly racks = new Map<number, RackInfo>()
  private readonly units = new Map<string, { perangkatId: number; nama: string }>()
  private readonly unitsOf = new Map<number, string[]>()
  private readonly rackOf = new Map<number, number | null>()
  private readonly numbers = { nomor_seri: new Map<string, Holder[]>(), kode_barang: new Map<string, Holder[]>() }
  private readonly numbersOf = new Map<number, { nomor_seri: string | null; kode_barang: string | null }>()

  constructor(rows: InventoryRows) {
    for (const o of rows.opds) this.opdNama.set(o.id, o.nama)
    for (const r of rows.racks) this.racks.set(r.id, r)
    const names = new Map<number, string>()
    for (const d of rows.devices) {
      names.set(d.id, d.nama)
      this.rackOf.set(d.id, d.rakId)
      if (d.status !== 'Ditarik') this.holdNumbers(d.id, d.nama, d.opdId, d.nomorSeri, d.kodeBarang)
    }
    for (const u of rows.units) this.occupy(u.perangkatId, names.get(u.perangkatId) ?? '', unitKey(u.rakId, u.u, u.sisi))
  }

  rackName(id: number | null): string | null {
    return id === null ? null : (this.racks.get(id)?.nama ?? null)
  }

  async opdExists(id: number): Promise<boolean> {
    return this.opdNama.has(id)
  }

  async rack(id: number): Promise<RackInfo | null> {
    return this.racks.get(id) ?? null
  }

  async standsIn(id: number, rakId: number): Promise<boolean> {
    return this.rackOf.get(id) === rakId
  }

  async takenUnit(rakId: number, p: { uBawah: number; tinggiU: number; sisi: Sisi; kedalamanPenuh: boolean }, selfId: number | null) {
    const faces: Sisi[] = p.kedalamanPenuh ? ['depan', 'belakang'] : [p.sisi]
    for (let u = p.uBawah; u < p.uBawah + p.tinggiU; u++) {
      for (const sisi of faces) {
        const holder = this.units.get(unitKey(rakId, u, sisi))
        if (holder && holder.perangkatId !== selfId) return { u, sisi, nama: holder.nama, perangkatId: holder.perangkatId }
      }
    }
    return null
  }

  async numberHolder(column: 'nomor_seri' | 'kode_barang', value: string, selfId: number | null) {
    const h = (this.numbers[column].get(value.toUpperCase()) ?? []).find((x) => x.id !== selfId)
    return h ? { nama: h.nama, opd: h.opd } : null
  }

  /** Frees the units of a device (the import moves it; its new place is laid later). */
  free(id: number): void {
    for (const key of this.unitsOf.get(id) ?? []) this.units.delete(key)
    this.unitsOf.delete(id)
  }

  /** Lays device `id` (a stand-in id for a new one) as `d` with `status`: its units, rack and numbers. */
  place(id: number, d: DeviceData, status: StatusPerangkat): void {
    this.free(id)
    this.rackOf.set(id, d.rakId)
    if (d.rakId !== null) for (const s of occupiedUnits({ ...d, status })) this.occupy(id, d.nama, unitKey(d.rakId, s.u, s.sisi))
    const old = this.numbersOf.get(id)
    for (const column of ['nomor_seri', 'kode_barang'] as const) {
      const value = old?.[column]
      if (value) this.numbers[column].set(value, (this.numbers[column].get(value) ?? []).filter((x) => x.id !== id))
    }
    this.numbersOf.delete(id)
    if (status !== 'Ditarik') this.holdNumbers(id, d.nama, d.opdId, d.nomorSeri || null, d.kodeBarang || null)
  }

  private occupy(id: number, nama: string, key: string): void {
    this.units.set(key, { perangkatId: id, nama })
    this.unitsOf.set(id, [...(this.unitsOf.get(id) ?? []), key])
  }

  private holdNumbers(id: number, nama: string, opdId: number, serial: string | null, asset: string | null): void {
    const holder = { id, nama, opd: this.opdNama.get(opdId) ?? '' }
    const keys = { nomor_seri: serial ? serial.toUpperCase() : null, kode_barang: asset ? asset.toUpperCase() : null }
    for (const column of ['nomor_seri', 'kode_barang'] as const) {
      const key = keys[column]
      if (key) this.numbers[column].set(key, [...(this.numbers[column].get(key) ?? []), holder])
    }
    this.numbersOf.set(id, keys)
  }
}
