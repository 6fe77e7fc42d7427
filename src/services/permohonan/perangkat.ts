// How the engine shows a permohonan's devices (kasus_perangkat) from the inventory, whatever its SOP does to them.
import type { EntityManager } from 'typeorm'
import type { CaseDevice } from '../../contract/cases'
import type { DeviceDetail } from '../../contract/inventory'
import { getDevice } from '../devices'

/**
 * The specification condensed for document tables: the values without their labels, "2x Xeon Silver 4210 / 64 GB /
 * 4x 1,2 TB", so a row stays two lines high in the Berita Acara.
 */
export function specSingkat(d: Pick<DeviceDetail, 'cpu' | 'ram' | 'storage' | 'spesifikasiLain'>): string {
  return [d.cpu, d.ram, d.storage, d.spesifikasiLain].map((v) => v?.trim()).filter(Boolean).join(' / ')
}

/** "CPU ..., RAM ..., Storage ..." as one line for the case page. */
export function specLine(d: Pick<DeviceDetail, 'cpu' | 'ram' | 'storage' | 'spesifikasiLain'>): string {
  return [d.cpu && `CPU ${d.cpu}`, d.ram && `RAM ${d.ram}`, d.storage && `Storage ${d.storage}`, d.spesifikasiLain].filter(Boolean).join(', ')
}

/** A device as the case page lists it; a withdrawn one at its last position. */
export function toCaseDevice(d: DeviceDetail): CaseDevice {
  return {
    perangkatId: d.id, nama: d.nama, jenis: d.jenis, merek: d.merek, tipe: d.tipe, nomorSeri: d.nomorSeri, kodeBarang: d.kodeBarang,
    spesifikasi: specLine(d), posisi: d.status === 'Ditarik' ? (d.posisiTerakhir ?? d.posisi) : d.posisi, ip: d.ip, status: d.status,
    monitoring: d.monitoring, monitoringHost: d.monitoringHost, nomorBaKolokasi: d.nomorBaKolokasi, tanggalKolokasi: d.tanggalKolokasi,
  }
}

/** @throws NotFoundError ("Perangkat") for an unknown id */
export async function caseDevice(em: EntityManager, id: number): Promise<CaseDevice> {
  return toCaseDevice(await getDevice(em, id))
}
