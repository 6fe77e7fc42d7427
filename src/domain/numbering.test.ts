import { describe, expect, it } from 'vitest'
import { shippedNumberFormats } from '../sops/registry'
import { DEFAULT_NUMBER_FORMAT, formatNomor, numberCollision, numberFormatProblem, numberFormatProblems, numberPattern } from './numbering'

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
  it('names every mistake of a format at once, not one per Simpan', () => {
    expect(numberFormatProblems('{Urut}/{bidang}/{kka/{tahun}}/{bidang}')).toEqual([
      'Format nomor wajib memuat {urut}.',
      'Penanda tidak dikenal: {Urut} (maksudnya {urut}?), {bidang}. Yang tersedia: {kka} {urut} {unit} {tahun} {bulan} {bulanRomawi}.',
      // "{kka/{tahun}}": {tahun} is whole, the brace before "kka" and the one after it are not.
      'Kurung kurawal tanpa pasangan ({ }): tiap penanda ditulis lengkap, misalnya {urut}.',
    ])
    expect(numberFormatProblem('{urut}/{ Tahun }/{seksi}')).toBe(
      'Penanda tidak dikenal: { Tahun } (maksudnya {tahun}?), {seksi}. Yang tersedia: {kka} {urut} {unit} {tahun} {bulan} {bulanRomawi}.',
    )
    expect(numberFormatProblems('{urut}/BA/{bulanRomawi')).toEqual(['Kurung kurawal tanpa pasangan ({): tiap penanda ditulis lengkap, misalnya {urut}.'])
    expect(numberFormatProblems('BA.{urut}/{tahun}')).toEqual([])
  })
})

describe('numberCollision', () => {
  const spec = (format: string, over: Partial<{ kka: string; unit: string; digit: number }> = {}) => ({ format, kka: '500.12.2', unit: 'KOMINFO-PE', digit: 3, ...over })
  it('finds the clash of one format used by two kinds (the defect: BA, Laporan and Surat Balasan all 500.12.2/001/KOMINFO-PE/2026)', () => {
    expect(numberCollision(spec(DEFAULT_NUMBER_FORMAT), spec(DEFAULT_NUMBER_FORMAT))).toBe('500.12.2/001/KOMINFO-PE/2026')
  })
  it('lets the default formats of the shipped SOPs\' numbered documents stand side by side', () => {
    const all = shippedNumberFormats().map((f) => spec(f.format, f))
    expect(all.length).toBeGreaterThanOrEqual(3)
    for (const a of all) for (const b of all) if (a !== b) expect(numberCollision(a, b)).toBeNull()
  })
  it('finds clashes hidden by placeholders: a month or a year where the other has the sequence number', () => {
    expect(numberCollision(spec('{urut}/BA/{tahun}', { digit: 2 }), spec('{bulan}/BA/{tahun}'))).toBe('01/BA/2026')
    expect(numberCollision(spec('{urut}/{tahun}', { digit: 4 }), spec('{tahun}/{urut}', { digit: 4 }))).toMatch(/^\d{4}\/\d{4}$/)
    expect(numberCollision(spec('{urut}/BA/{tahun}', { digit: 3 }), spec('{bulan}/BA/{tahun}'))).toBeNull()
  })
  it('reads the kka and unit as fixed text, dots included', () => {
    expect(numberPattern(spec(DEFAULT_NUMBER_FORMAT)).test('500.12.2/091/KOMINFO-PE/2026')).toBe(true)
    expect(numberPattern(spec(DEFAULT_NUMBER_FORMAT)).test('500x12.2/091/KOMINFO-PE/2026')).toBe(false)
    expect(numberCollision(spec(DEFAULT_NUMBER_FORMAT), spec(DEFAULT_NUMBER_FORMAT, { unit: 'KOMINFO-PE.BA' }))).toBeNull()
  })
})
