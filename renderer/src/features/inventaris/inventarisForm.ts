import { z } from 'zod'
import { alasan } from '@core/contract/fields'
import { DeviceCreateInput, DeviceDataInput, DeviceUpdateInput, type DeviceDetail, type ElevationDeviceRow } from '@core/contract/inventory'
import {
  conflictMessage,
  findConflicts,
  fitProblem,
  normalizeIp,
  STATUS_AWAL,
  TINGGI_RAK_MAX,
  type JenisPerangkat,
  type Sisi,
} from '@core/domain/inventory'
import { maks, pilih, wajib } from '../../shared/lib/letterForm'

export type StatusAwal = (typeof STATUS_AWAL)[number]

/** What the device form holds while the user types (numbers as typed, so nothing is lost or reformatted). */
export interface DeviceFormValues {
  opdId: number | null
  nama: string
  jenis: JenisPerangkat | null
  merek: string
  tipe: string
  nomorSeri: string
  kodeBarang: string
  cpu: string
  ram: string
  storage: string
  spesifikasiLain: string
  tinggiU: string
  rakId: number | null
  uBawah: string
  sisi: Sisi
  kedalamanPenuh: boolean
  ip: string[]
  os: string
  aplikasi: string
  kontakNama: string
  kontakTelepon: string
  tanggalKolokasi: string
  nomorBaKolokasi: string
  monitoring: boolean
  monitoringHost: string
  /** Only on create; later changes go through the status actions on the device page. */
  status: StatusAwal
  /** Alasan Perubahan/Pemindahan: asked on the edit page only. */
  alasan: string
}

export interface DevicePrefill {
  rakId?: number
  uBawah?: number
  sisi?: Sisi
  opdId?: number
}

export function emptyDeviceForm(prefill: DevicePrefill = {}): DeviceFormValues {
  return {
    opdId: prefill.opdId ?? null,
    nama: '',
    jenis: 'server',
    merek: '',
    tipe: '',
    nomorSeri: '',
    kodeBarang: '',
    cpu: '',
    ram: '',
    storage: '',
    spesifikasiLain: '',
    tinggiU: '1',
    rakId: prefill.rakId ?? null,
    uBawah: prefill.uBawah !== undefined ? String(prefill.uBawah) : '',
    sisi: prefill.sisi ?? 'depan',
    kedalamanPenuh: true,
    ip: [],
    os: '',
    aplikasi: '',
    kontakNama: '',
    kontakTelepon: '',
    tanggalKolokasi: '',
    nomorBaKolokasi: '',
    monitoring: false,
    monitoringHost: '',
    status: 'Aktif',
    alasan: '',
  }
}

export function deviceToForm(d: DeviceDetail): DeviceFormValues {
  return {
    opdId: d.opdId,
    nama: d.nama,
    jenis: d.jenis,
    merek: d.merek,
    tipe: d.tipe,
    nomorSeri: d.nomorSeri,
    kodeBarang: d.kodeBarang,
    cpu: d.cpu,
    ram: d.ram,
    storage: d.storage,
    spesifikasiLain: d.spesifikasiLain,
    tinggiU: String(d.tinggiU),
    rakId: d.rakId,
    uBawah: d.uBawah === null ? '' : String(d.uBawah),
    sisi: d.sisi ?? 'depan',
    kedalamanPenuh: d.kedalamanPenuh,
    ip: [...d.ip],
    os: d.os,
    aplikasi: d.aplikasi,
    kontakNama: d.kontakNama,
    kontakTelepon: d.kontakTelepon,
    tanggalKolokasi: d.tanggalKolokasi ?? '',
    nomorBaKolokasi: d.nomorBaKolokasi,
    monitoring: d.monitoring,
    monitoringHost: d.monitoringHost,
    status: (STATUS_AWAL as readonly string[]).includes(d.status) ? (d.status as StatusAwal) : 'Aktif',
    alasan: '',
  }
}

/** A typed whole number, or NaN for anything else (the server then answers with its own message). */
const whole = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : NaN)

/** The placement the form describes, or null when the device is not (yet) put in a rack. */
export function placementOf(v: DeviceFormValues): { rakId: number; uBawah: number; tinggiU: number; sisi: Sisi; kedalamanPenuh: boolean } | null {
  if (v.rakId === null) return null
  const uBawah = whole(v.uBawah)
  const tinggiU = whole(v.tinggiU)
  if (!Number.isFinite(uBawah) || !Number.isFinite(tinggiU) || uBawah < 1 || tinggiU < 1) return null
  return { rakId: v.rakId, uBawah, tinggiU, sisi: v.sisi, kedalamanPenuh: v.kedalamanPenuh }
}

type DeviceData = Omit<DeviceCreateInput, 'status'>

function formToData(v: DeviceFormValues): DeviceData {
  const inRack = v.rakId !== null
  return {
    // Empty choices go as they are so the server answers with its own "... wajib dipilih." message.
    opdId: v.opdId as number,
    nama: v.nama.trim(),
    jenis: (v.jenis ?? '') as JenisPerangkat,
    merek: v.merek.trim(),
    tipe: v.tipe.trim(),
    nomorSeri: v.nomorSeri.trim(),
    kodeBarang: v.kodeBarang.trim(),
    cpu: v.cpu.trim(),
    ram: v.ram.trim(),
    storage: v.storage.trim(),
    spesifikasiLain: v.spesifikasiLain.trim(),
    tinggiU: whole(v.tinggiU),
    rakId: v.rakId,
    uBawah: inRack ? (v.uBawah.trim() === '' ? null : whole(v.uBawah)) : null,
    sisi: inRack ? v.sisi : null,
    kedalamanPenuh: v.kedalamanPenuh,
    ip: v.ip.map((ip) => normalizeIp(ip) ?? ip.trim()),
    os: v.os.trim(),
    aplikasi: v.aplikasi.trim(),
    kontakNama: v.kontakNama.trim(),
    kontakTelepon: v.kontakTelepon.trim(),
    tanggalKolokasi: v.tanggalKolokasi || null,
    nomorBaKolokasi: v.nomorBaKolokasi.trim(),
    monitoring: v.monitoring,
    monitoringHost: v.monitoring ? v.monitoringHost.trim() : '',
  }
}

export function formToCreateInput(v: DeviceFormValues): DeviceCreateInput {
  return { ...formToData(v), status: v.status }
}

export function formToUpdateInput(v: DeviceFormValues, device: Pick<DeviceDetail, 'id' | 'versi'>): DeviceUpdateInput {
  return { id: device.id, versi: device.versi, ...formToData(v), alasan: v.alasan.trim() }
}

/** True when an edit moves a device that stands in a rack (the core then wants "Alasan pemindahan"). */
export function isMove(v: DeviceFormValues, device: Pick<DeviceDetail, 'rakId' | 'uBawah' | 'sisi'>): boolean {
  if (device.rakId === null) return false
  if (v.rakId !== device.rakId) return true
  return whole(v.uBawah) !== device.uBawah || v.sisi !== device.sisi
}

// Client-side checks for instant feedback, in the server's words (src/contract/inventory.ts).
type Rule = (value: unknown) => true | string

export { maks, pilih, wajib }

/** A whole number of units (rack or device height, lowest unit), empty allowed unless `required`. */
export const bilanganU =
  (label: string, max: number, required = true): Rule =>
  (v) => {
    const text = String(v ?? '').trim()
    if (text === '') return !required || `${label} wajib diisi dengan angka.`
    if (!/^-?\d+([.,]\d+)?$/.test(text)) return `${label} wajib diisi dengan angka.`
    if (!/^-?\d+$/.test(text)) return `${label} harus bilangan bulat.`
    const n = Number(text)
    if (n < 1) return `${label} paling sedikit 1.`
    if (n > max) return `${label} paling banyak ${max}.`
    return true
  }

export const tinggiRakRule = bilanganU('Tinggi Rak (U)', TINGGI_RAK_MAX)

/**
 * Why the placement cannot be used in this rack (too high, or a unit already taken), in the core's words; null when
 * it fits. `devices` are the rack's devices as the elevation lists them; `selfId` is the device being edited.
 */
export function placementProblem(
  v: DeviceFormValues,
  rack: { nama: string; tinggiU: number } | null,
  devices: readonly ElevationDeviceRow[],
  selfId: number | null,
): string | null {
  const p = placementOf(v)
  if (!p || !rack) return null
  const fit = fitProblem(p, rack)
  if (fit) return fit
  const [first] = findConflicts(p, devices, selfId)
  return first ? conflictMessage({ u: first.u, sisi: first.sisi, nama: first.device.nama }, rack.nama) : null
}

const contract = DeviceDataInput.in.shape

/** Units as typed ('12', '1,5', 'abc') read as the contract's number: '' is no number, anything not numeric NaN. */
const typedUnits = (text: unknown): number | undefined => {
  const t = String(text ?? '').trim()
  if (t === '') return undefined
  return /^-?\d+([.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : NaN
}
const tinggiU = z.preprocess(typedUnits, contract.tinggiU.unwrap())
const posisiU = contract.uBawah.unwrap().unwrap()

/**
 * The device form's checks: the contract's field schemas (src/contract/inventory.ts) over what the form holds (units
 * as typed text, an empty date), Posisi U required with a rack, and `problem`, the placement's clash with the rack as
 * drawn (placementProblem), under Posisi U. On the edit page (`editing`), moving the device asks for a reason
 * (`moving`), as the core does.
 */
export function deviceFormSchema(o: { editing: boolean; moving: boolean; problem: string | null }) {
  return z
    .object({
      ...contract,
      tinggiU,
      uBawah: z.string(),
      tanggalKolokasi: z.preprocess((v) => v || null, contract.tanggalKolokasi),
      status: DeviceCreateInput.in.shape.status,
      alasan: o.moving ? alasan('Alasan pemindahan') : o.editing ? DeviceUpdateInput.in.shape.alasan : z.string(),
    })
    .superRefine((v, ctx) => {
      if (v.rakId === null || v.rakId === undefined) return
      const text = String(v.uBawah ?? '').trim()
      const checked = text === '' ? null : posisiU.safeParse(typedUnits(text))
      const message = text === '' ? 'Posisi U wajib diisi bila Rak dipilih.' : !checked?.success ? checked?.error.issues[0].message : o.problem
      if (message) ctx.addIssue({ code: 'custom', message, path: ['uBawah'] })
    }, { when: () => true })
}
export type DeviceFormSchema = ReturnType<typeof deviceFormSchema>
