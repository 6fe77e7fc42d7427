import { describe, expect, it } from 'vitest'
import { jumlahDenganTerbilang, terbilang, terbilangKapital, TERBILANG_MAX } from './terbilang'

describe('terbilang', () => {
  it.each([
    [0, 'nol'],
    [1, 'satu'],
    [9, 'sembilan'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [24, 'dua puluh empat'],
    [99, 'sembilan puluh sembilan'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [111, 'seratus sebelas'],
    [115, 'seratus lima belas'],
    [200, 'dua ratus'],
    [999, 'sembilan ratus sembilan puluh sembilan'],
    [1000, 'seribu'],
    [1001, 'seribu satu'],
    [1100, 'seribu seratus'],
    [1999, 'seribu sembilan ratus sembilan puluh sembilan'],
    [2000, 'dua ribu'],
    [2026, 'dua ribu dua puluh enam'],
    [11_000, 'sebelas ribu'],
    [21_500, 'dua puluh satu ribu lima ratus'],
    [100_000, 'seratus ribu'],
    [101_000, 'seratus satu ribu'],
    [999_999, 'sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan'],
    [1_000_000, 'satu juta'],
    [1_001_000, 'satu juta seribu'],
    [1_200_000, 'satu juta dua ratus ribu'],
    [12_345_678, 'dua belas juta tiga ratus empat puluh lima ribu enam ratus tujuh puluh delapan'],
    [1_000_000_000, 'satu miliar'],
    [2_000_000_001, 'dua miliar satu'],
    [
      TERBILANG_MAX,
      'sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta ' +
        'sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan',
    ],
  ])('%i -> %s', (n, words) => {
    expect(terbilang(n)).toBe(words)
  })

  it('spells negatives with "minus"', () => {
    expect(terbilang(-5)).toBe('minus lima')
    expect(terbilang(-1_000)).toBe('minus seribu')
  })

  it('spells the day and year of a Berita Acara opening', () => {
    expect(`${terbilang(24)} bulan November tahun ${terbilang(2026)}`).toBe(
      'dua puluh empat bulan November tahun dua ribu dua puluh enam',
    )
  })

  it('rejects fractions, non-numbers and values out of range', () => {
    expect(() => terbilang(1.5)).toThrow(RangeError)
    expect(() => terbilang(Number.NaN)).toThrow(RangeError)
    expect(() => terbilang(TERBILANG_MAX + 1)).toThrow(RangeError)
    expect(() => terbilang(-TERBILANG_MAX - 1)).toThrow(RangeError)
  })
})

describe('terbilangKapital', () => {
  it('capitalises each word', () => {
    expect(terbilangKapital(24)).toBe('Dua Puluh Empat')
    expect(terbilangKapital(0)).toBe('Nol')
    expect(terbilangKapital(1_200_000)).toBe('Satu Juta Dua Ratus Ribu')
    expect(terbilangKapital(-11)).toBe('Minus Sebelas')
  })
})

describe('jumlahDenganTerbilang', () => {
  it('writes the digits then the words in brackets', () => {
    expect(jumlahDenganTerbilang(1, 'berkas')).toBe('1 (satu) berkas')
    expect(jumlahDenganTerbilang(3, 'lembar')).toBe('3 (tiga) lembar')
  })
  it('groups thousands with dots', () => {
    expect(jumlahDenganTerbilang(1250, 'unit')).toBe('1.250 (seribu dua ratus lima puluh) unit')
    expect(jumlahDenganTerbilang(1_000_000, 'unit')).toBe('1.000.000 (satu juta) unit')
  })
  it('leaves out an empty unit', () => {
    expect(jumlahDenganTerbilang(2, '')).toBe('2 (dua)')
  })
})
