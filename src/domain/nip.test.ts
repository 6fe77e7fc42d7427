import { describe, expect, it } from 'vitest'
import { formatNip, isValidNip } from './nip'

describe('formatNip', () => {
  it('groups 8-6-1-3', () => {
    expect(formatNip('197304082002121005')).toBe('19730408 200212 1 005')
  })
  it('regroups a NIP typed with other spacing', () => {
    expect(formatNip(' 19730408 2002121005 ')).toBe('19730408 200212 1 005')
    expect(formatNip('19730408 200212 1 005')).toBe('19730408 200212 1 005')
  })
  it('leaves anything else as typed', () => {
    expect(formatNip(' 12345 ')).toBe('12345')
    expect(formatNip('-')).toBe('-')
    expect(formatNip('')).toBe('')
  })
})

describe('isValidNip', () => {
  it('accepts real NIPs, with or without spaces', () => {
    expect(isValidNip('197304082002121005')).toBe(true)
    expect(isValidNip('19730408 200212 1 005')).toBe(true)
    expect(isValidNip('198512312010012002')).toBe(true)
  })
  it('needs exactly 18 digits', () => {
    expect(isValidNip('19730408200212100')).toBe(false)
    expect(isValidNip('1973040820021210055')).toBe(false)
    expect(isValidNip('19730408200212100A')).toBe(false)
    expect(isValidNip('')).toBe(false)
  })
  it('needs a real birth date', () => {
    expect(isValidNip('197302302002121005')).toBe(false) // 30 February
    expect(isValidNip('197313082002121005')).toBe(false) // month 13
    expect(isValidNip('180004082002121005')).toBe(false) // born in 1800
  })
  it('needs a real appointment month after the birth', () => {
    expect(isValidNip('197304082002001005')).toBe(false) // month 00
    expect(isValidNip('197304082002131005')).toBe(false) // month 13
    expect(isValidNip('197304081970011005')).toBe(false) // appointed before birth
  })
})
