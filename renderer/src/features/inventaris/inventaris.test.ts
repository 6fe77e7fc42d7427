import { describe, expect, it } from 'vitest'
import { changeText, historyLine, rackTitle } from './inventaris'

describe('inventory history in words', () => {
  const move = {
    action: 'Mengubah data perangkat',
    nama: 'Fajar Nugroho, A.Md.',
    reason: 'Penataan ulang rak R01',
    changes: [{ field: 'posisi', label: 'Posisi', before: 'R01 U10 (depan)', after: 'R02 U20 (depan)' }],
  }

  it('reads a move as the office would say it', () => {
    expect(historyLine(move)).toBe('Posisi: R01 U10 (depan) → R02 U20 (depan), oleh Fajar Nugroho, A.Md., alasan Penataan ulang rak R01')
    expect(historyLine({ ...move, reason: null, changes: [] })).toBe('Mengubah data perangkat, oleh Fajar Nugroho, A.Md.')
  })

  it('shows empty values, dates and notes plainly', () => {
    expect(changeText({ field: 'os', label: 'Sistem Operasi', before: '', after: 'Ubuntu' })).toBe('Sistem Operasi: (kosong) → Ubuntu')
    expect(changeText({ field: 'tanggalKolokasi', label: 'Tanggal Kolokasi', before: null, after: '2024-03-12' })).toBe('Tanggal Kolokasi: (kosong) → 12 Maret 2024')
    expect(changeText({ field: 'catatan', label: 'Catatan', before: null, after: 'PSU diganti.' })).toBe('Catatan: PSU diganti.')
  })

  it('names a rack with its room and how full it is', () => {
    expect(rackTitle({ nama: 'R01', lokasi: 'Ruang Server Lt. 3', tinggiU: 42, persenTerisi: 55, aktif: true })).toBe('R01 · Ruang Server Lt. 3 (42U, 55% terisi)')
    expect(rackTitle({ nama: 'R09', lokasi: '', tinggiU: 24, persenTerisi: 0, aktif: false })).toBe('R09 (24U, 0% terisi) · nonaktif')
  })
})
