import { describe, expect, it } from 'vitest'
import { bacaTanggal, isoKeKetik, rapikanTempel, tanggalLokalKeIso } from './tanggalKetik'

describe('dates typed as the office writes them', () => {
  it('reads dd/mm/yyyy into the ISO date', () => {
    expect(bacaTanggal('24/11/2026')).toEqual({ iso: '2026-11-24', pesan: null, lengkap: true })
    expect(bacaTanggal('29/02/2028').iso).toBe('2028-02-29')
    expect(bacaTanggal('')).toEqual({ iso: '', pesan: null, lengkap: false })
  })

  it('names an impossible date and why', () => {
    expect(bacaTanggal('31/02/2026')).toEqual({
      iso: null,
      pesan: 'Tanggal 31/02/2026 tidak ada: Februari 2026 hanya sampai tanggal 28.',
      lengkap: true,
    })
    expect(bacaTanggal('29/02/2026').pesan).toContain('hanya sampai tanggal 28')
    expect(bacaTanggal('31/04/2026').pesan).toContain('April 2026 hanya sampai tanggal 30')
    expect(bacaTanggal('00/01/2026').pesan).toContain('tidak ada')
    expect(bacaTanggal('12/13/2026').pesan).toContain('Bulan 13 tidak ada')
    expect(bacaTanggal('12/11/0226').pesan).toContain('Tahun 0226 tidak wajar')
  })

  it('asks for the whole date while it is unfinished', () => {
    expect(bacaTanggal('24/11')).toEqual({ iso: null, pesan: 'Tulis tanggal lengkap (hh/bb/tttt, contoh 24/11/2026).', lengkap: false })
  })

  it('shows the ISO value the office way, and takes a pasted ISO date', () => {
    expect(isoKeKetik('2026-01-05')).toBe('05/01/2026')
    expect(isoKeKetik('')).toBe('')
    expect(isoKeKetik(undefined)).toBe('')
    expect(rapikanTempel('2026-01-05')).toBe('05/01/2026')
    expect(rapikanTempel('0501')).toBe('0501')
  })

  it('takes the calendar day the picker shows', () => {
    expect(tanggalLokalKeIso(new Date(2026, 1, 3))).toBe('2026-02-03')
  })
})
