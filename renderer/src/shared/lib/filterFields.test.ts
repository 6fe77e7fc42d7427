import { describe, expect, it } from 'vitest'
import { rangeReversed, widthOf } from './filterFields'

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
