// Hari kerja (DOMAIN.md section 2): Monday-Friday minus national holidays and cuti bersama, which the admin
// keeps per year. Dates are ISO 'YYYY-MM-DD' strings, so they compare correctly as strings.
import { addDays, isIsoDate, namaHari } from './dates'
import type { Sifat } from './letters'

function assertIsoDate(value: string): void {
  if (!isIsoDate(value)) throw new Error(`Tanggal tidak valid: ${value}`)
}

export class WorkingCalendar {
  private readonly holidays: ReadonlySet<string>
  private readonly years: ReadonlySet<number>
  // Answers already worked out: a year's Rekap Disposisi asks the same few thousand dates tens of thousands of times
  // (one calendar is built per request, so these live as long as one answer).
  private readonly workingDays = new Map<string, boolean>()
  private readonly added = new Map<string, string>()
  private readonly between = new Map<string, number>()

  constructor(holidays: Iterable<string>) {
    const set = new Set<string>()
    for (const date of holidays) {
      assertIsoDate(date)
      set.add(date)
    }
    this.holidays = set
    this.years = new Set([...set].map((d) => Number(d.slice(0, 4))))
  }

  /**
   * Years from `from` to `to` (ISO dates) for which no holiday is entered at all: a deadline counted across them
   * skipped only weekends ("dihitung tanpa hari libur"). Every Indonesian year has national holidays, so an empty
   * year means nobody entered its list yet.
   */
  yearsWithoutHolidays(from: string, to: string): number[] {
    const out: number[] = []
    for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) if (!this.years.has(y)) out.push(y)
    return out
  }

  isWorkingDay(date: string): boolean {
    let known = this.workingDays.get(date)
    if (known === undefined) {
      const hari = namaHari(date)
      this.workingDays.set(date, (known = hari !== 'Sabtu' && hari !== 'Minggu' && !this.holidays.has(date)))
    }
    return known
  }

  /** The nth working day after `date`; with n = 0, `date` itself when it is a working day, else the next one. */
  addWorkingDays(date: string, n: number): string {
    const key = `${date}|${n}`
    let known = this.added.get(key)
    if (known === undefined) this.added.set(key, (known = this.countWorkingDays(date, n)))
    return known
  }

  private countWorkingDays(date: string, n: number): string {
    assertIsoDate(date)
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`Jumlah hari kerja tidak valid: ${n}`)
    let current = date
    if (n === 0) {
      while (!this.isWorkingDay(current)) current = addDays(current, 1)
      return current
    }
    for (let counted = 0; counted < n; ) {
      current = addDays(current, 1)
      if (this.isWorkingDay(current)) counted++
    }
    return current
  }

  /** Working days after `from` up to and including `to`; negative when `to` is before `from`. */
  workingDaysBetween(from: string, to: string): number {
    const key = `${from}|${to}`
    let known = this.between.get(key)
    if (known === undefined) this.between.set(key, (known = this.countBetween(from, to)))
    return known
  }

  private countBetween(from: string, to: string): number {
    assertIsoDate(from)
    assertIsoDate(to)
    if (to < from) return -this.countBetween(to, from)
    let count = 0
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
      if (this.isWorkingDay(d)) count++
    }
    return count
  }
}

/**
 * Response target per letter urgency, in working days. The SOP gives Sangat Segera 1x24 jam, Segera 2x24 jam and
 * Biasa 5 hari kerja; the "x24 jam" targets are counted as working days because nobody acts on a letter over the
 * weekend. Penting has no target in the SOP: 3 working days is our assumption (between Segera and Biasa) until the
 * office says otherwise.
 */
export const SIFAT_HARI_KERJA: Readonly<Record<Sifat, number>> = {
  'Sangat Segera': 1,
  Segera: 2,
  Penting: 3,
  Biasa: 5,
}

/** Due date of the response to a letter received on `receivedDate`. */
export function dueDateForSifat(receivedDate: string, sifat: Sifat, cal: WorkingCalendar): string {
  return cal.addWorkingDays(receivedDate, SIFAT_HARI_KERJA[sifat])
}

/**
 * Working days `today` is past `due`; 0 when not late. A weekend or holiday right after the due date does not add
 * to it: the count grows only on days the office could have acted.
 */
export function lateWorkingDays(due: string, today: string, cal: WorkingCalendar): number {
  return Math.max(0, cal.workingDaysBetween(due, today))
}

/**
 * The note for a deadline counted from `from` to `due` when a year in between has no holidays entered, e.g.
 * "dihitung tanpa hari libur (hari libur 2027 belum diisi)"; null when every year's list is there.
 */
export function withoutHolidaysNote(from: string, due: string, cal: WorkingCalendar): string | null {
  const years = cal.yearsWithoutHolidays(from, due)
  return years.length ? `dihitung tanpa hari libur (hari libur ${years.join(' dan ')} belum diisi)` : null
}

/**
 * True when the Admin should be asked for next year's holiday list: from 1 November (so letters received in late
 * December get right deadlines) while next year has no holiday entered. `today` is the office's date.
 */
export function nextYearHolidaysDue(today: string, nextYearCount: number): boolean {
  return today.slice(5) >= '11-01' && nextYearCount === 0
}

/**
 * The latest received date whose response to a letter of `sifat` falls due on or before `due` (ISO dates): every
 * letter received on or before it is due by `due`. Lets a count of due letters run as one date comparison per sifat
 * instead of computing each letter's deadline. The deadline is non-decreasing in the received date, so the walk
 * back from `due` stops at the first date that fits (a few weeks at most, even across Lebaran's cuti bersama).
 */
export function latestReceivedDueBy(due: string, sifat: Sifat, cal: WorkingCalendar): string {
  let d = due
  while (dueDateForSifat(d, sifat, cal) > due) d = addDays(d, -1)
  return d
}
