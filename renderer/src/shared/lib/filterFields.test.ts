import { describe, expect, it } from 'vitest'
import { hasFilterValues, rangeReversed, typeRangeEnd, widthOf } from './filterFields'

describe('filter fields', () => {
  it("takes a field's own widths, else its type's", () => {
    expect(widthOf({ type: 'search' })).toEqual({ cols: 12, md: 6, lg: 3 })
    expect(widthOf({ type: 'select', width: { cols: 6, lg: 3 } })).toEqual({ cols: 6, lg: 3 })
  })

  it('says a date range is reversed only when both ends are set and the end comes first', () => {
    expect(rangeReversed('2026-03-02', '2026-03-01')).toBe(true)
    expect(rangeReversed('2026-03-01', '2026-03-01')).toBe(false)
    expect(rangeReversed('2026-03-01', undefined)).toBe(false)
    expect(rangeReversed('', '2026-03-01')).toBe(false)
  })
})

describe('typing a date range end', () => {
  it('applies a range whose end is on or after its start, and clearing an end', () => {
    expect(typeRangeEnd({ from: '2026-03-01' }, 'to', '2026-03-05')).toEqual({ range: { from: '2026-03-01', to: '2026-03-05' }, apply: true })
    expect(typeRangeEnd({ from: '2026-03-05', to: '2026-03-05' }, 'from', '')).toEqual({ range: { from: undefined, to: '2026-03-05' }, apply: true })
  })

  it('holds back a range typed backwards (Dari after Sampai), so the list is not emptied by it', () => {
    expect(typeRangeEnd({ to: '2026-03-01' }, 'from', '2026-03-10')).toEqual({ range: { from: '2026-03-10', to: '2026-03-01' }, apply: false })
    expect(typeRangeEnd({ from: '2026-03-10' }, 'to', '2026-03-09')?.apply).toBe(false)
  })

  it('ignores a half-typed date', () => {
    expect(typeRangeEnd({}, 'from', '2026-03')).toBeNull()
    expect(typeRangeEnd({}, 'from', '2026-02-30')).toBeNull()
  })
})

describe('a list state with filters', () => {
  it('counts any value besides paging and sorting, and no empty one', () => {
    expect(hasFilterValues({ page: 3, pageSize: 50, sortBy: 'nama', sortDesc: true })).toBe(false)
    expect(hasFilterValues({ page: 1, pageSize: 25, q: undefined, belumDidisposisi: false, status: [], sifat: '' })).toBe(false)
    expect(hasFilterValues({ page: 1, pageSize: 25, status: ['Aktif'] })).toBe(true)
    expect(hasFilterValues({ page: 1, pageSize: 25, giliranSaya: true })).toBe(true)
    expect(hasFilterValues({ page: 1, pageSize: 25, asalOpdId: 4 })).toBe(true)
  })
})
