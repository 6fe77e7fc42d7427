import { describe, expect, it } from 'vitest'
import { nilaiPenerima, rataRata, unitKerja } from './rekap-disposisi'
import { WorkingCalendar } from './working-days'

// 2026-11-27 is a Friday; 2026-12-25 Christmas.
const cal = new WorkingCalendar(['2026-12-25'])
const base = { tanggal: '2026-11-26', batasWaktu: null, sifat: 'Segera', ditindaklanjutiPada: null, selesaiPada: null }

describe('nilaiPenerima', () => {
  it('takes the sifat target when no Batas Waktu was set, counted in working days', () => {
    // Segera = 2 working days from Thursday 26 Nov: Friday 27, Monday 30.
    expect(nilaiPenerima(base, '2026-11-30', cal)).toEqual({ batasWaktu: '2026-11-30', ditindaklanjuti: null, keadaan: 'berjalan', hariKerja: null })
    expect(nilaiPenerima(base, '2026-12-01', cal).keadaan).toBe('terlambat')
  })
  it('judges the action by its office day (WIB), not its UTC date', () => {
    // 2026-11-30T17:30Z is 1 December 00:30 in Batam: one day after the due date.
    const late = nilaiPenerima({ ...base, ditindaklanjutiPada: '2026-11-30T17:30:00.000Z' }, '2026-12-10', cal)
    expect(late).toMatchObject({ ditindaklanjuti: '2026-12-01', keadaan: 'terlambat', hariKerja: 3 })
    const onTime = nilaiPenerima({ ...base, ditindaklanjutiPada: '2026-11-30T16:30:00.000Z' }, '2026-12-10', cal)
    expect(onTime).toMatchObject({ ditindaklanjuti: '2026-11-30', keadaan: 'tepat', hariKerja: 2 })
  })
  it('uses the Batas Waktu given, and selesai when there was no follow-up first', () => {
    const p = { ...base, batasWaktu: '2026-12-24', selesaiPada: '2026-12-28T02:00:00.000Z' }
    // 24 Dec (Thu) -> 28 Dec (Mon): late; from 26 Nov: 27, 30, 1-4, 7-11, 14-18, 21-24, 28 = 21 working days (25th off).
    expect(nilaiPenerima(p, '2027-01-05', cal)).toMatchObject({ keadaan: 'terlambat', hariKerja: 21 })
  })
  it('reads an unknown sifat as Biasa (5 working days)', () => {
    expect(nilaiPenerima({ ...base, sifat: 'x' }, '2026-11-26', cal).batasWaktu).toBe('2026-12-03')
  })
})

describe('unitKerja', () => {
  it('names the unit from the post, and staff after whoever disposed to them', () => {
    expect(unitKerja('Kepala Bidang Penyelenggaraan E-Government', 'Kepala Dinas')).toBe('Bidang Penyelenggaraan E-Government')
    expect(unitKerja('Plt. Kepala Seksi Infrastruktur dan Teknologi', '')).toBe('Seksi Infrastruktur dan Teknologi')
    expect(unitKerja('', 'Kepala Seksi Infrastruktur dan Teknologi')).toBe('Seksi Infrastruktur dan Teknologi')
    expect(unitKerja('Sekretaris', 'Kepala Dinas')).toBe('Sekretariat')
    expect(unitKerja('', '')).toBe('Tanpa unit')
  })
})

describe('rataRata', () => {
  it('rounds to one decimal and is null for none', () => {
    expect(rataRata([1, 2, 2])).toBe(1.7)
    expect(rataRata([])).toBeNull()
  })
})
