import { describe, expect, it } from 'vitest'
import { bacaJam, pesanJam } from './jamKetik'

describe('jam as typed (jj:mm, 24 hours)', () => {
  it('takes whole, valid times only', () => {
    expect(bacaJam('07:30')).toBe('07:30')
    expect(bacaJam(' 16:00 ')).toBe('16:00')
    expect(bacaJam('00:00')).toBe('00:00')
    expect(bacaJam('23:59')).toBe('23:59')
    for (const bad of ['', '7:30', '07:3', '24:00', '12:60', '0730', 'ab:cd']) expect(bacaJam(bad)).toBe('')
  })

  it('names a wrong or unfinished time beside the field, and leaves empty to the form', () => {
    expect(pesanJam('', 'Jam')).toBeNull()
    expect(pesanJam('08:15', 'Jam')).toBeNull()
    expect(pesanJam('25:00', 'Jam kantor mulai')).toBe('Jam kantor mulai tidak valid: tulis jj:mm, 00:00 sampai 23:59 (contoh 07:30).')
    expect(pesanJam('07:3', 'Jam')).toBe('Jam tidak valid: tulis jj:mm, 00:00 sampai 23:59 (contoh 07:30).')
  })
})
