import { describe, expect, it } from 'vitest'
import { DEFAULT_LIST_STATE, fromQuery, hasFilters, toListInput, toQuery } from './letterQuery'

describe('letter list state in the URL', () => {
  it('reads defaults from an empty query and writes nothing back', () => {
    expect(fromQuery({})).toEqual({ ...DEFAULT_LIST_STATE, tahun: undefined, sifat: undefined, asalOpdId: undefined, jenisPermohonan: undefined, status: undefined, dari: undefined, sampai: undefined, q: undefined, belumDidisposisi: undefined })
    expect(toQuery(fromQuery({}))).toEqual({})
  })

  it('round-trips every filter, the page, the page size and the sort', () => {
    const query = {
      halaman: '3', per: '50', urut: 'nomorAgenda', arah: 'naik', tahun: '2026', sifat: 'Sangat Segera', opd: '12',
      jenis: 'Penarikan Server', status: 'dibatalkan', dari: '2026-01-01', sampai: '2026-03-31', cari: 'server simpeg',
      'belum-didisposisi': 'ya',
    }
    const state = fromQuery(query)
    expect(state).toMatchObject({ page: 3, pageSize: 50, sortBy: 'nomorAgenda', sortDesc: false, tahun: 2026, sifat: 'Sangat Segera', asalOpdId: 12 })
    expect(toQuery(state)).toEqual(query)
  })

  it('ignores malformed values instead of failing', () => {
    const state = fromQuery({ halaman: '-1', per: '7', urut: 'hal', tahun: 'abc', sifat: 'Kilat', opd: '0', status: 'hapus', dari: '2026-02-30', cari: '' })
    expect(state).toMatchObject({ page: 1, pageSize: 25, sortBy: 'tanggalDiterima', sortDesc: true })
    expect(hasFilters(state)).toBe(false)
  })

  it('keeps "Belum didisposisi" in the URL and sends it to the server', () => {
    const state = fromQuery({ 'belum-didisposisi': 'ya' })
    expect(state.belumDidisposisi).toBe(true)
    expect(hasFilters(state)).toBe(true)
    expect(toListInput(state).belumDidisposisi).toBe(true)
    expect(fromQuery({ 'belum-didisposisi': 'tidak' }).belumDidisposisi).toBeUndefined()
  })

  it('sends a trimmed search and leaves out an empty one', () => {
    expect(toListInput({ ...DEFAULT_LIST_STATE, q: '  disdik ' }).q).toBe('disdik')
    expect('q' in toListInput({ ...DEFAULT_LIST_STATE, q: '   ' })).toBe(false)
  })
})
