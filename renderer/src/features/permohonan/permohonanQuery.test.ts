import { describe, expect, it } from 'vitest'
import { caseListFromQuery, caseListInput, caseListToQuery, hasCaseFilters, langkahLabel } from './permohonanQuery'

describe('permohonanQuery', () => {
  it('reads the filters from the URL and ignores what is malformed', () => {
    expect(caseListFromQuery({ status: 'berjalan', opd: '12', terlambat: '1', cari: 'ppdb', halaman: '2', per: '50' })).toEqual({
      page: 2, pageSize: 50, status: 'berjalan', opdId: 12, terlambat: true, q: 'ppdb',
    })
    expect(caseListFromQuery({ status: 'hilang', opd: 'x', terlambat: 'ya', halaman: '0', per: '7' })).toEqual({
      page: 1, pageSize: 25, status: undefined, opdId: undefined, terlambat: undefined, q: undefined,
    })
  })

  it('writes short links and round-trips', () => {
    expect(caseListToQuery({ page: 1, pageSize: 25 })).toEqual({})
    const state = { page: 3, pageSize: 10, status: 'ditolak' as const, opdId: 4, terlambat: true, q: 'server' }
    expect(caseListFromQuery(caseListToQuery(state) as Record<string, string>)).toEqual(state)
  })

  it('gives kasus.list its input', () => {
    expect(caseListInput({ page: 1, pageSize: 25, q: '  ' })).toEqual({ page: 1, pageSize: 25, terlambat: false, giliranSaya: false })
    expect(caseListInput({ page: 2, pageSize: 10, terlambat: true, opdId: 3, q: ' ppdb ' })).toEqual({ page: 2, pageSize: 10, terlambat: true, giliranSaya: false, opdId: 3, q: 'ppdb' })
    expect(hasCaseFilters({})).toBe(false)
    expect(hasCaseFilters({ terlambat: true })).toBe(true)
  })

  it('keeps "Giliran saya" in the URL', () => {
    const state = caseListFromQuery({ giliran: 'saya' })
    expect(state.giliranSaya).toBe(true)
    expect(caseListToQuery(state)).toEqual({ giliran: 'saya' })
    expect(caseListInput(state).giliranSaya).toBe(true)
    expect(hasCaseFilters(state)).toBe(true)
  })

  it('keeps the step filter of the Dasbor chart in the URL, refusing odd codes', () => {
    const state = caseListFromQuery({ langkah: 'pemeriksaan' })
    expect(state.langkah).toBe('pemeriksaan')
    expect(caseListToQuery(state)).toEqual({ langkah: 'pemeriksaan' })
    expect(caseListInput(state)).toMatchObject({ langkah: 'pemeriksaan' })
    expect(caseListFromQuery({ langkah: "x' OR 1=1" }).langkah).toBeUndefined()
    expect(hasCaseFilters({ langkah: 'pemeriksaan' })).toBe(true)
    expect(langkahLabel('pemeriksaan')).toMatch(/^5\. /)
  })
})
