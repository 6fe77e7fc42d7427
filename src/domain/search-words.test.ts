import { describe, expect, it } from 'vitest'
import { deviceSearchWords, searchWords } from './search-words'

describe('searchWords', () => {
  it('splits words at spaces and tokens at punctuation, lower case and without accents', () => {
    expect(searchWords('  Penarikan 500.12/091/DISDIK café  ')).toEqual([['penarikan'], ['500', '12', '091', 'disdik'], ['cafe']])
  })
  it('drops words with no letter or digit', () => {
    expect(searchWords(' % _ "" - ')).toEqual([])
  })
})

describe('deviceSearchWords', () => {
  it('keeps fragments as typed and writes IP addresses in canonical form', () => {
    expect(deviceSearchWords('srv  2001:DB8:0::5 10.20.0.5 7XK9')).toEqual(['srv', '2001:db8::5', '10.20.0.5', '7XK9'])
  })
})
