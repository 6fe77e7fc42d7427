import { describe, expect, it } from 'vitest'
import type { DeviceDetail, ElevationDeviceRow } from '@core/contract/inventory'
import { DeviceCreateInput, DeviceUpdateInput } from '@core/contract/inventory'
import { TINGGI_PERANGKAT_MAX } from '@core/domain/inventory'
import { zodTypedSchema } from '../../shared/lib/zodTypedSchema'
import {
  bilanganU,
  deviceToForm,
  deviceFormSchema,
  emptyDeviceForm,
  formToCreateInput,
  formToUpdateInput,
  isMove,
  placementProblem,
} from './inventarisForm'

const device: DeviceDetail = {
  id: 9, nama: 'srv-simpus-01', jenis: 'server', opdId: 3, opdNama: 'Dinas Kesehatan', opdSingkatan: 'DINKES', merek: 'Dell', tipe: 'R740',
  nomorSeri: 'CN7XK93', kodeBarang: '02.06.02.01.001', tinggiU: 2, rakId: 1, rakNama: 'R01', uBawah: 10, sisi: 'depan', kedalamanPenuh: true,
  posisi: 'R01 U10-U11 (depan, kedalaman penuh)', ip: ['10.10.1.25'], status: 'Aktif', monitoring: true, updatedAt: '2026-11-24T03:00:00Z',
  cpu: 'Xeon', ram: '64 GB', storage: '2x 600 GB', spesifikasiLain: '', os: 'Ubuntu', aplikasi: 'SIMPUS', kontakNama: 'Budi', kontakTelepon: '0812-7000-2222',
  tanggalKolokasi: '2024-03-12', nomorBaKolokasi: 'BA/1', monitoringHost: 'simpus-1', refPenarikan: null, posisiTerakhir: null, tanggalDitarik: null,
  createdAt: '2026-11-24T03:00:00Z', createdByName: 'Fajar', versi: 4, statusBerikutnya: ['Dalam Proses Penarikan', 'Nonaktif'],
}

const other = (over: Partial<ElevationDeviceRow>): ElevationDeviceRow => ({
  id: 2, nama: 'srv-lain', jenis: 'server', merek: '', tipe: '', opdId: 1, opdNama: 'Dinas Pendidikan', opdSingkatan: 'DISDIK', status: 'Aktif',
  uBawah: 20, tinggiU: 1, sisi: 'depan', kedalamanPenuh: false, ...over,
})

describe('device form', () => {
  it('round-trips a stored device into an update the contract accepts unchanged', () => {
    const input = formToUpdateInput(deviceToForm(device), device)
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
  })

  it("checks the form with the contract's schemas: units as typed, addresses, the placement under Posisi U", () => {
    const messages = (values: object, o = { editing: false, moving: false, problem: null as string | null }) => {
      const result = deviceFormSchema(o).safeParse(values)
      // The first message of each field, as the form shows it ('ip.0' under Alamat IP).
      return result.success ? {} : Object.fromEntries(result.error.issues.reverse().map((i) => [String(i.path[0]), i.message]))
    }
    const v = { ...emptyDeviceForm({ opdId: 3 }), nama: 'srv-baru' }
    expect(messages({ ...v, opdId: null, nama: ' ', jenis: null })).toEqual({
      opdId: 'OPD Pemilik wajib dipilih.',
      nama: 'Nama Perangkat/Hostname wajib diisi.',
      jenis: 'Pilih Jenis dari daftar.',
    })
    expect(['', 'abc', '2.5', '0', '999', '12'].map((tinggiU) => messages({ ...v, tinggiU }).tinggiU)).toEqual([
      'Tinggi (U) wajib diisi dengan angka.', 'Tinggi (U) wajib diisi dengan angka.', 'Tinggi (U) harus bilangan bulat.', 'Tinggi (U) paling sedikit 1.',
      `Tinggi (U) paling banyak ${TINGGI_PERANGKAT_MAX}.`, undefined,
    ])
    expect(messages({ ...v, ip: ['10.0.0.1', '10.0.0.300'] })).toEqual({ ip: 'Alamat IP 10.0.0.300 tidak valid (contoh: 10.10.1.25 atau 2001:db8::1).' })
    expect(messages({ ...v, ip: ['2001:db8::1', '2001:DB8:0::1'] })).toEqual({ ip: 'Ada alamat IP yang tercantum dua kali.' })
    expect(messages({ ...v, rakId: 1, uBawah: '' })).toEqual({ uBawah: 'Posisi U wajib diisi bila Rak dipilih.' })
    expect(messages({ ...v, rakId: 1, uBawah: '0' })).toEqual({ uBawah: 'Posisi U paling sedikit 1.' })
    expect(messages({ ...v, rakId: 1, uBawah: '20' }, { editing: false, moving: false, problem: 'U20 sisi depan di rak R01 sudah terisi oleh srv-lain.' })).toEqual({
      uBawah: 'U20 sisi depan di rak R01 sudah terisi oleh srv-lain.',
    })
    // Without a rack, Posisi U is not asked; an empty Tanggal Kolokasi is no date rather than a wrong one.
    expect(messages({ ...v, rakId: null, uBawah: '', tanggalKolokasi: '' })).toEqual({})
    expect(messages({ ...v, rakId: 1, uBawah: '20' }, { editing: true, moving: true, problem: null })).toEqual({ alasan: 'Alasan pemindahan wajib diisi (paling sedikit 5 karakter).' })
  })

  it('names every wrong address under Alamat IP, so all are fixed in one go', async () => {
    const checked = await zodTypedSchema(deviceFormSchema({ editing: false, moving: false, problem: null })).parse({
      ...emptyDeviceForm({ opdId: 3 }),
      nama: 'srv-baru',
      ip: ['10.0.0.300', '10.0.0.1', '010.1.1.5'],
    })
    expect(checked.errors).toEqual([
      {
        path: 'ip',
        errors: [
          'Alamat IP 10.0.0.300 tidak valid (contoh: 10.10.1.25 atau 2001:db8::1). Alamat IP 010.1.1.5 memakai angka nol di depan; tulis 10.1.1.5 (angka nol di depan dapat dibaca sebagai bilangan oktal).',
        ],
      },
    ])
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
})
