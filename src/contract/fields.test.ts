// The contract's telephone check for a person (a Pegawai, an OPD's contact): the numbers the office writes pass as
// typed, anything else gets the one message the form and the server both show.
import { describe, expect, it } from 'vitest'
import { TELEPON_TIDAK_VALID, teleponIndonesia } from './fields'

const telepon = teleponIndonesia('Telepon')
const message = (v: unknown) => {
  const r = telepon.safeParse(v)
  return r.success ? null : r.error.issues[0]?.message
}

describe('teleponIndonesia', () => {
  it.each(['0778 123456', '(0778) 462 123', '0812-3456-7890', '+62 812 3456 7890', '0778 462123', '(0778) 462072', '021 1234567', '081266001122'])(
    'accepts %s as typed',
    (v) => {
      expect(telepon.parse(v)).toBe(v)
    },
  )

  it('trims the ends only and allows empty', () => {
    expect(telepon.parse('  0812-3456-7890 ')).toBe('0812-3456-7890')
    expect(telepon.parse('')).toBe('')
    expect(telepon.parse(undefined)).toBe('')
  })

  it.each(['abc', '0812', '12345', '0778 12', '0812-3456-789012', 'Telp. 0778 462072', '0812 3456 7890 / 0778 462072', '0000 000000', '1234567'])(
    'refuses %s with the message the form shows',
    (v) => {
      expect(message(v)).toBe(TELEPON_TIDAK_VALID)
    },
  )

  it('says it in Indonesian with examples', () => {
    expect(TELEPON_TIDAK_VALID).toBe('Nomor telepon tidak valid (contoh: 0778 462123 atau 0812-3456-7890).')
  })

  it('keeps the length limit of the column', () => {
    expect(message('0'.repeat(41))).toBe('Telepon paling banyak 40 karakter.')
  })
})
