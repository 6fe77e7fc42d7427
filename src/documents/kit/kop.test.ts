import { describe, expect, it } from 'vitest'
import { alamatLines } from './kop'

describe('alamatLines', () => {
  it('keeps a short address on one line', () => {
    expect(alamatLines('Jalan Engku Putri Nomor 1, Batam Centre, Batam 29461')).toBe('Jalan Engku Putri Nomor 1, Batam Centre, Batam 29461')
  })
  it('breaks a long address in two balanced lines at a comma, never leaving "Batam 29461" alone', () => {
    const alamat = 'Gedung Pemerintah Kota Batam Lantai 3, Jalan Engku Putri Nomor 1, Batam Centre, Kecamatan Batam Kota, Batam 29461'
    const [a, b] = alamatLines(alamat).split('\n')
    expect(`${a} ${b}`).toBe(alamat)
    expect(b).not.toBe('Batam 29461')
    expect(Math.abs(a.length - b.length)).toBeLessThan(30)
  })
})
