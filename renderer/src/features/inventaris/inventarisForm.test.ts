import { describe, expect, it } from 'vitest'
import type { DeviceDetail, ElevationDeviceRow } from '@core/contract/inventory'
import { DeviceCreateInput, DeviceUpdateInput } from '@core/contract/inventory'
import {
  bilanganU,
  deviceToForm,
  emptyDeviceForm,
  formFieldErrors,
  formToCreateInput,
  formToUpdateInput,
  ipListRule,
  isMove,
  placementProblem,
} from './inventarisForm'

const device: DeviceDetail = {
  id: 9, nama: 'srv-simpus-01', jenis: 'server', opdId: 3, opdNama: 'Dinas Kesehatan', opdSingkatan: 'DINKES', merek: 'Dell', tipe: 'R740',
  nomorSeri: 'CN7XK93', kodeBarang: '02.06.02.01.001', tinggiU: 2, rakId: 1, rakNama: 'R01', uBawah: 10, sisi: 'depan', kedalamanPenuh: true,
  posisi: 'R01 U10-U11 (depan, kedalaman penuh)', ip: ['10.10.1.25'], status: 'Aktif', monitoring: true, updatedAt: '2026-11-24T03:00:00Z',
  cpu: 'Xeon', ram: '64 GB', storage: '2x 600 GB', spesifikasiLain: '', os: 'Ubuntu', aplikasi: 'SIMPUS', kontakNama: 'Budi', kontakTelepon: '0812',
  tanggalKolokasi: '2024-03-12', nomorBaKolokasi: 'BA/1', monitoringHost: 'simpus-1', refPenarikan: null, posisiTerakhir: null, tanggalDitarik: null,
  createdAt: '2026-11-24T03:00:00Z', createdByName: 'Fajar', versi: 4, statusBerikutnya: ['Dalam Proses Penarikan', 'Nonaktif'],
}

const other = (over: Partial<ElevationDeviceRow>): ElevationDeviceRow => ({
  id: 2, nama: 'srv-lain', jenis: 'server', merek: '', tipe: '', opdId: 1, opdNama: 'Dinas Pendidikan', opdSingkatan: 'DISDIK', status: 'Aktif',
  uBawah: 20, tinggiU: 1, sisi: 'depan', kedalamanPenuh: false, ...over,
})

describe('device form', () => {
  it('round-trips a stored device into an update the contract accepts unchanged', () => {
    const input = formToUpdateInput(deviceToForm(device), device, '')
    const parsed = DeviceUpdateInput.parse(input)
    expect(parsed).toMatchObject({ id: 9, versi: 4, rakId: 1, uBawah: 10, sisi: 'depan', tinggiU: 2, ip: ['10.10.1.25'], tanggalKolokasi: '2024-03-12', monitoringHost: 'simpus-1' })
  })

  it('sends a device without a rack with no position, and IPs in their canonical form', () => {
    const v = { ...emptyDeviceForm({ opdId: 3 }), nama: ' srv-baru ', uBawah: '12', ip: ['2001:DB8:0:0::1', '10.0.0.1'], monitoringHost: 'x' }
    const input = formToCreateInput(v)
    expect(input).toMatchObject({ opdId: 3, nama: 'srv-baru', rakId: null, uBawah: null, sisi: null, ip: ['2001:db8::1', '10.0.0.1'], monitoringHost: '', status: 'Aktif' })
    expect(DeviceCreateInput.safeParse(input).success).toBe(true)
  })

  it('prefills a new device from a rack view', () => {
    expect(emptyDeviceForm({ rakId: 2, uBawah: 14, sisi: 'belakang' })).toMatchObject({ rakId: 2, uBawah: '14', sisi: 'belakang' })
  })

  it('knows when an edit moves the device', () => {
    const v = deviceToForm(device)
    expect(isMove(v, device)).toBe(false)
    expect(isMove({ ...v, ram: '128 GB' }, device)).toBe(false)
    expect(isMove({ ...v, uBawah: '14' }, device)).toBe(true)
    expect(isMove({ ...v, sisi: 'belakang' }, device)).toBe(true)
    expect(isMove({ ...v, rakId: null }, device)).toBe(true)
    // A device that was not in a rack is placed, not moved.
    expect(isMove({ ...v, rakId: 1 }, { ...device, rakId: null, uBawah: null, sisi: null })).toBe(false)
  })

  it('checks units and addresses in the core’s words', () => {
    const posisi = bilanganU('Posisi U', 60)
    expect(['', 'abc', '2.5', '0', '61', '12'].map(posisi)).toEqual([
      'Posisi U wajib diisi dengan angka.', 'Posisi U wajib diisi dengan angka.', 'Posisi U harus bilangan bulat.', 'Posisi U paling sedikit 1.',
      'Posisi U paling banyak 60.', true,
    ])
    expect(ipListRule(['10.0.0.1', '2001:db8::1'])).toBe(true)
    expect(ipListRule(['10.0.0.300'])).toBe('Alamat IP 10.0.0.300 tidak valid (contoh: 10.10.1.25 atau 2001:db8::1).')
    expect(ipListRule(['2001:db8::1', '2001:DB8:0::1'])).toBe('Ada alamat IP yang tercantum dua kali.')
  })

  it('finds a taken unit or a device that does not fit, as the server would say it', () => {
    const rack = { nama: 'R01', tinggiU: 42 }
    const v = { ...emptyDeviceForm({ rakId: 1, uBawah: 19 }), tinggiU: '2' }
    expect(placementProblem(v, rack, [other({})], null)).toBe('U20 sisi depan di rak R01 sudah terisi oleh srv-lain.')
    expect(placementProblem({ ...v, sisi: 'belakang', kedalamanPenuh: false }, rack, [other({})], null)).toBeNull()
    expect(placementProblem(v, rack, [other({ id: 5 })], 5)).toBeNull()
    expect(placementProblem({ ...v, uBawah: '42' }, rack, [], null)).toContain('melewati batas atas rak R01 (42U)')
    expect(placementProblem({ ...v, rakId: null }, rack, [other({})], null)).toBeNull()
  })

  it('puts server messages on the form fields', () => {
    expect(formFieldErrors({ 'ip.1': 'Alamat IP tidak valid.', uBawah: 'U10 terisi.' })).toEqual({ ip: 'Alamat IP tidak valid.', uBawah: 'U10 terisi.' })
  })
})
