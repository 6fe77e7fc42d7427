import { describe, expect, it } from 'vitest'
import { addDays, formatTanggal, formatWaktu, isIsoDate, namaHari, officeDate, officeDayRange, officeMonthRange, todayInOffice } from './dates'

describe('dates', () => {
  it('formats long Indonesian dates', () => {
    expect(formatTanggal('2026-11-24')).toBe('24 November 2026')
    expect(formatTanggal('2026-01-05')).toBe('5 Januari 2026')
    expect(formatTanggal(null)).toBe('')
  })
  it('agrees with Intl id-ID', () => {
    const intl = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Jakarta' })
    expect(formatTanggal('2026-11-24')).toBe(intl.format(new Date('2026-11-24T05:00:00Z')))
  })
  it('names the day', () => {
    expect(namaHari('2026-11-24')).toBe('Selasa')
    expect(namaHari('2026-11-22')).toBe('Minggu')
  })
  it('uses the Jakarta day, not UTC', () => {
    // 18:30 UTC on the 23rd is 01:30 on the 24th in Batam/Jakarta (UTC+7).
    expect(todayInOffice(new Date('2026-11-23T18:30:00Z'))).toBe('2026-11-24')
    expect(formatWaktu('2026-11-23T18:30:00Z')).toBe('24 November 2026 01.30')
  })
  it('validates calendar dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true)
    expect(isIsoDate('2026-02-30')).toBe(false)
    expect(isIsoDate('24-11-2026')).toBe(false)
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
  })
  it('turns instants into the office day and month around midnight WIB', () => {
    // 00:22 WIB on 1 December is 17:22 UTC on 30 November.
    expect(officeDate('2026-11-30T17:22:00.000Z')).toBe('2026-12-01')
    expect(officeDate('2026-11-30T16:59:59.999Z')).toBe('2026-11-30')
    expect(officeDate('2026-11-30')).toBe('2026-11-30')
    expect(formatTanggal('2026-11-30T17:22:00.000Z')).toBe('1 Desember 2026')
    expect(officeMonthRange('2026-12')).toEqual({ from: '2026-11-30T17:00:00.000Z', to: '2026-12-31T17:00:00.000Z' })
    expect(officeMonthRange('2026-02')).toEqual({ from: '2026-01-31T17:00:00.000Z', to: '2026-02-28T17:00:00.000Z' })
    expect(officeDayRange('2026-12-01', '2026-12-02')).toEqual({ from: '2026-11-30T17:00:00.000Z', to: '2026-12-02T17:00:00.000Z' })
    expect(() => officeDate('kemarin')).toThrow()
  })
})
