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
  it('keeps fragments as typed and adds the stored form of an IP address as an alternative', () => {
    expect(deviceSearchWords('srv  2001:DB8:0::5 10.20.0.5 7XK9')).toEqual([['srv'], ['2001:DB8:0::5', '2001:db8::5'], ['10.20.0.5'], ['7XK9']])
    expect(deviceSearchWords('[2001:0db8:000a::5]/64 010.020.030.005')).toEqual([
      ['[2001:0db8:000a::5]/64', '2001:db8:a::5'],
      ['010.020.030.005', '10.20.30.5'],
    ])
  })
})
