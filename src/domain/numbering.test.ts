import { describe, expect, it } from 'vitest'
import { DEFAULT_NUMBER_FORMAT, formatNomor, numberFormatProblem } from './numbering'

describe('formatNomor', () => {
  it('fills the default format as the office writes it', () => {
    expect(formatNomor(DEFAULT_NUMBER_FORMAT, { kka: '500.12.2', urut: 91, unit: 'KOMINFO-PE', tanggal: '2026-11-24', digit: 3 })).toBe('500.12.2/091/KOMINFO-PE/2026')
  })
  it('knows months in Roman numerals', () => {
    expect(formatNomor('{urut}/BA/{bulanRomawi}/{tahun}', { kka: '', urut: 7, unit: '', tanggal: '2026-09-01', digit: 2 })).toBe('07/BA/IX/2026')
  })
  it('rejects formats without {urut} or with unknown placeholders', () => {
    expect(numberFormatProblem('{kka}/{tahun}')).toBe('Format nomor wajib memuat {urut}.')
    expect(numberFormatProblem('{urut}/{bidang}')).toMatch(/Penanda tidak dikenal: \{bidang\}/)
    expect(numberFormatProblem(DEFAULT_NUMBER_FORMAT)).toBeNull()
  })
})
