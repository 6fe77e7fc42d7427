import { describe, expect, it } from 'vitest'
import { DEFAULT_DEVICE_STATE, fromQuery, hasFilters, toExportInput, toListInput, toQuery } from './inventarisQuery'

describe('device list state in the URL', () => {
  it('reads defaults from an empty query and writes nothing back', () => {
    expect(fromQuery({})).toEqual({ ...DEFAULT_DEVICE_STATE, opdId: undefined, status: undefined, rak: undefined, jenis: undefined, q: undefined })
    expect(toQuery(fromQuery({}))).toEqual({})
  })

  it('round-trips every filter (several statuses), the page, the size and the sort', () => {
    const query = { halaman: '2', per: '50', urut: 'rak', arah: 'turun', opd: '7', status: ['Rencana', 'Aktif'], rak: '3', jenis: 'switch', cari: '10.10.1.25' }
    const state = fromQuery(query)
    expect(state).toMatchObject({ page: 2, pageSize: 50, sortBy: 'rak', sortDesc: true, opdId: 7, status: ['Rencana', 'Aktif'], rak: 3, jenis: 'switch', q: '10.10.1.25' })
    expect(toQuery(state)).toEqual(query)
    // One status comes back as a plain value from the router, and is read the same.
    expect(fromQuery({ status: 'Nonaktif' }).status).toEqual(['Nonaktif'])
    expect(fromQuery({ rak: 'tanpa' }).rak).toBe('tanpa')
  })

  it('ignores malformed values instead of failing', () => {
    const state = fromQuery({ halaman: '0', per: '7', urut: 'ip', opd: 'x', status: ['Hilang', ''], rak: '-2', jenis: 'mainframe', cari: '' })
    expect(state).toMatchObject({ page: 1, pageSize: 25, sortBy: 'nama', sortDesc: false })
    expect(hasFilters(state)).toBe(false)
  })

  it('turns the state into the API input for the list and the export', () => {
    const state = { ...DEFAULT_DEVICE_STATE, status: ['Aktif' as const], rak: 'tanpa' as const, q: '  SN-1 ' }
    expect(toListInput(state)).toEqual({ page: 1, pageSize: 25, sortBy: 'nama', sortDesc: false, status: ['Aktif'], tanpaRak: true, q: 'SN-1' })
    expect(toExportInput({ ...DEFAULT_DEVICE_STATE, rak: 4, opdId: 2, page: 3 }, 'csv')).toEqual({ rakId: 4, opdId: 2, sortBy: 'nama', sortDesc: false, format: 'csv' })
    expect('q' in toListInput({ ...DEFAULT_DEVICE_STATE, q: '   ' })).toBe(false)
  })
})
