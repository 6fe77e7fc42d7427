import { describe, expect, it } from 'vitest'
import { keepSame, keepUnchanged } from './sameRows'

describe('keepUnchanged', () => {
  const a = { id: 1, nama: 'srv-app' }
  const b = { id: 2, nama: 'srv-db' }

  it('gives back the shown array when the answer holds the same rows in the same order', () => {
    const before = [a, b]
    expect(keepUnchanged(before, [{ ...a }, { ...b }])).toBe(before)
  })

  it('keeps the shown object of each unchanged row and takes the changed and new ones', () => {
    const changed = { id: 2, nama: 'srv-db-2' }
    const added = { id: 3, nama: 'srv-web' }
    const rows = keepUnchanged([a, b], [{ ...a }, changed, added])
    expect(rows).toEqual([a, changed, added])
    expect(rows[0]).toBe(a)
    expect(rows[1]).toBe(changed)
  })

  it('gives a new array when the same rows come in another order or fewer', () => {
    const before = [a, b]
    const moved = keepUnchanged(before, [{ ...b }, { ...a }])
    expect(moved).not.toBe(before)
    expect(moved[0]).toBe(b)
    expect(keepUnchanged(before, [{ ...a }])).toEqual([a])
  })
})

describe('keepSame', () => {
  it('keeps the shown record when the one read again holds the same data, and takes a changed one', () => {
    const shown = { id: 7, status: 'aktif', berkas: [{ id: 1 }] }
    expect(keepSame(shown, { id: 7, status: 'aktif', berkas: [{ id: 1 }] })).toBe(shown)
    const changed = { ...shown, status: 'dibatalkan' }
    expect(keepSame(shown, changed)).toBe(changed)
    expect(keepSame(null, changed)).toBe(changed)
  })
})
