import { describe, expect, it } from 'vitest'
import { addDays, namaHari } from './dates'
import { HARI_LIBUR_AWAL } from '../db/seed/hari-libur'
import { dueDateForSifat, lateWorkingDays, latestReceivedDueBy, nextYearHolidaysDue, SIFAT_HARI_KERJA, withoutHolidaysNote, WorkingCalendar } from './working-days'

// Year-end 2026: Thursday 24 December is cuti bersama, Friday 25 December is Natal, 1 January 2027 is Tahun Baru.
const cal = new WorkingCalendar(['2026-12-24', '2026-12-25', '2027-01-01'])

describe('WorkingCalendar', () => {
  it('uses the weekdays the tests assume', () => {
    expect(namaHari('2026-12-24')).toBe('Kamis')
    expect(namaHari('2026-12-25')).toBe('Jumat')
    expect(namaHari('2026-11-28')).toBe('Sabtu')
  })

  it('knows working days, weekends and holidays', () => {
    expect(cal.isWorkingDay('2026-11-24')).toBe(true)
    expect(cal.isWorkingDay('2026-11-27')).toBe(true)
    expect(cal.isWorkingDay('2026-11-28')).toBe(false)
    expect(cal.isWorkingDay('2026-11-29')).toBe(false)
    expect(cal.isWorkingDay('2026-12-24')).toBe(false)
    expect(cal.isWorkingDay('2026-12-25')).toBe(false)
    expect(cal.isWorkingDay('2026-12-28')).toBe(true)
  })

  it('treats only weekends as days off without holidays', () => {
    const plain = new WorkingCalendar([])
    expect(plain.isWorkingDay('2026-12-25')).toBe(true)
    expect(plain.addWorkingDays('2026-12-23', 2)).toBe('2026-12-25')
  })

  it('adds working days across a weekend', () => {
    expect(cal.addWorkingDays('2026-11-24', 1)).toBe('2026-11-25')
    expect(cal.addWorkingDays('2026-11-27', 1)).toBe('2026-11-30')
    expect(cal.addWorkingDays('2026-11-28', 1)).toBe('2026-11-30')
    expect(cal.addWorkingDays('2026-11-23', 5)).toBe('2026-11-30')
  })

  it('adds working days across holidays and the new year', () => {
    expect(cal.addWorkingDays('2026-12-23', 1)).toBe('2026-12-28')
    expect(cal.addWorkingDays('2026-12-22', 2)).toBe('2026-12-28')
    expect(cal.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04')
  })

  it('with n = 0 returns the day itself or the next working day', () => {
    expect(cal.addWorkingDays('2026-11-24', 0)).toBe('2026-11-24')
    expect(cal.addWorkingDays('2026-11-28', 0)).toBe('2026-11-30')
    expect(cal.addWorkingDays('2026-12-24', 0)).toBe('2026-12-28')
  })

  it('rejects negative or fractional counts and bad dates', () => {
    expect(() => cal.addWorkingDays('2026-11-24', -1)).toThrow(RangeError)
    expect(() => cal.addWorkingDays('2026-11-24', 1.5)).toThrow(RangeError)
    expect(() => cal.addWorkingDays('2026-02-30', 1)).toThrow('Tanggal tidak valid')
    expect(() => new WorkingCalendar(['2026-13-01'])).toThrow('Tanggal tidak valid')
    expect(() => cal.workingDaysBetween('24-11-2026', '2026-11-25')).toThrow('Tanggal tidak valid')
  })

  it('counts working days after `from` up to and including `to`', () => {
    expect(cal.workingDaysBetween('2026-11-24', '2026-11-24')).toBe(0)
    expect(cal.workingDaysBetween('2026-11-24', '2026-11-25')).toBe(1)
    expect(cal.workingDaysBetween('2026-11-27', '2026-11-30')).toBe(1)
    expect(cal.workingDaysBetween('2026-11-28', '2026-11-29')).toBe(0)
    expect(cal.workingDaysBetween('2026-11-23', '2026-11-30')).toBe(5)
    expect(cal.workingDaysBetween('2026-12-23', '2026-12-28')).toBe(1)
    expect(cal.workingDaysBetween('2026-12-01', '2027-01-04')).toBe(21)
  })

  it('is negative when `to` is before `from`', () => {
    expect(cal.workingDaysBetween('2026-11-30', '2026-11-27')).toBe(-1)
    expect(cal.workingDaysBetween('2027-01-04', '2026-12-01')).toBe(-21)
  })

  it('agrees with itself: the nth working day is n working days away', () => {
    for (let d = '2026-12-01'; d <= '2027-01-10'; d = addDays(d, 1)) {
      for (const n of [1, 2, 3, 5, 10]) {
        expect(cal.workingDaysBetween(d, cal.addWorkingDays(d, n))).toBe(n)
      }
    }
  })
})

describe('dueDateForSifat', () => {
  it('gives each sifat its number of working days', () => {
    expect(SIFAT_HARI_KERJA).toEqual({ 'Sangat Segera': 1, Segera: 2, Penting: 3, Biasa: 5 })
  })

  it('counts from the day received, skipping weekends', () => {
    expect(dueDateForSifat('2026-11-27', 'Sangat Segera', cal)).toBe('2026-11-30')
    expect(dueDateForSifat('2026-11-27', 'Segera', cal)).toBe('2026-12-01')
    expect(dueDateForSifat('2026-11-27', 'Penting', cal)).toBe('2026-12-02')
    expect(dueDateForSifat('2026-11-27', 'Biasa', cal)).toBe('2026-12-04')
  })

  it('skips cuti bersama, Natal and Tahun Baru', () => {
    expect(dueDateForSifat('2026-12-23', 'Sangat Segera', cal)).toBe('2026-12-28')
    expect(dueDateForSifat('2026-12-23', 'Segera', cal)).toBe('2026-12-29')
    expect(dueDateForSifat('2026-12-23', 'Penting', cal)).toBe('2026-12-30')
    expect(dueDateForSifat('2026-12-23', 'Biasa', cal)).toBe('2027-01-04')
  })

  it('treats a letter received on a holiday like one received that day', () => {
    expect(dueDateForSifat('2026-12-25', 'Sangat Segera', cal)).toBe('2026-12-28')
  })
})

describe('lateWorkingDays', () => {
  it('is 0 on or before the due date', () => {
    expect(lateWorkingDays('2026-12-23', '2026-12-23', cal)).toBe(0)
    expect(lateWorkingDays('2026-12-28', '2026-12-21', cal)).toBe(0)
  })

  it('does not grow over the weekend and holidays', () => {
    expect(lateWorkingDays('2026-12-23', '2026-12-24', cal)).toBe(0)
    expect(lateWorkingDays('2026-12-23', '2026-12-27', cal)).toBe(0)
    expect(lateWorkingDays('2026-12-23', '2026-12-28', cal)).toBe(1)
  })

  it('counts working days past the due date', () => {
    expect(lateWorkingDays('2026-11-27', '2026-11-30', cal)).toBe(1)
    expect(lateWorkingDays('2026-11-27', '2026-12-04', cal)).toBe(5)
    expect(lateWorkingDays('2026-12-30', '2027-01-05', cal)).toBe(3)
  })
})

describe('a year nobody entered holidays for', () => {
  const only2026 = new WorkingCalendar(HARI_LIBUR_AWAL.filter(([t]) => t.startsWith('2026')).map(([t]) => t))
  const shipped = new WorkingCalendar(HARI_LIBUR_AWAL.map(([t]) => t))

  it('marks a deadline counted across it as computed without holidays', () => {
    // A Biasa letter received Wednesday 30-12-2026 with only 2026 entered: 06-01-2027, and it says so.
    expect(dueDateForSifat('2026-12-30', 'Biasa', only2026)).toBe('2027-01-06')
    expect(withoutHolidaysNote('2026-12-30', '2027-01-06', only2026)).toBe('dihitung tanpa hari libur (hari libur 2027 belum diisi)')
    // With the 2027 starter list, Tahun Baru (1 Jan) and Isra Mikraj (5 Jan, estimated) are skipped: 08-01-2027.
    expect(dueDateForSifat('2026-12-30', 'Biasa', shipped)).toBe('2027-01-08')
    expect(withoutHolidaysNote('2026-12-30', '2027-01-08', shipped)).toBeNull()
    expect(withoutHolidaysNote('2026-11-24', '2026-12-01', only2026)).toBeNull()
    expect(withoutHolidaysNote('2027-12-30', '2028-01-05', shipped)).toBe('dihitung tanpa hari libur (hari libur 2028 belum diisi)')
  })

  it('asks the Admin for next year\'s list from 1 November while it is empty', () => {
    expect(nextYearHolidaysDue('2026-10-31', 0)).toBe(false)
    expect(nextYearHolidaysDue('2026-11-01', 0)).toBe(true)
    expect(nextYearHolidaysDue('2026-12-31', 0)).toBe(true)
    expect(nextYearHolidaysDue('2026-11-15', 23)).toBe(false)
    expect(nextYearHolidaysDue('2027-01-02', 0)).toBe(false)
  })

  it('ships a 2027 starter list of weekdays-or-weekends that are real dates, each once', () => {
    const dates = HARI_LIBUR_AWAL.filter(([t]) => t.startsWith('2027')).map(([t]) => t)
    expect(dates.length).toBeGreaterThanOrEqual(20)
    expect(new Set(dates).size).toBe(dates.length)
    expect(dates).toEqual(expect.arrayContaining(['2027-01-01', '2027-03-26', '2027-05-06', '2027-06-01', '2027-08-17', '2027-12-25']))
  })
})

describe('latestReceivedDueBy', () => {
  const cal = new WorkingCalendar(['2026-12-25', '2026-12-24'])
  it('is the last received date whose deadline is on or before the given day, for every sifat', () => {
    for (const sifat of Object.keys(SIFAT_HARI_KERJA) as (keyof typeof SIFAT_HARI_KERJA)[]) {
      for (const due of ['2026-11-30', '2026-12-01', '2026-12-28', '2026-12-26']) {
        const last = latestReceivedDueBy(due, sifat, cal)
        expect(dueDateForSifat(last, sifat, cal) <= due, `${sifat} ${due}`).toBe(true)
        expect(dueDateForSifat(addDays(last, 1), sifat, cal) > due, `${sifat} ${due}`).toBe(true)
      }
    }
  })
  it('walks back over a weekend and holidays: Segera letters due by Monday 28 December were received by Tuesday 22nd', () => {
    // 22 Dec + 2 working days: 23 Dec, (24-27 off), 28 Dec.
    expect(latestReceivedDueBy('2026-12-28', 'Segera', cal)).toBe('2026-12-22')
    expect(dueDateForSifat('2026-12-23', 'Segera', cal)).toBe('2026-12-29')
  })
})
