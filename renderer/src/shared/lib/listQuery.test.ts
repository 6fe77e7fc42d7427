import { describe, expect, it } from 'vitest'
import { all, int, isoDate, one, readPaging, toId, writePaging, type Paging } from './listQuery'

const DEFAULTS: Paging<'nama' | 'tanggal'> = { page: 1, pageSize: 25, sortBy: 'nama', sortDesc: false }

describe('list state in the URL', () => {
  it('reads page, page size and sort, and writes back only what differs from the defaults', () => {
    const paging = readPaging({ halaman: '3', per: '50', urut: 'tanggal', arah: 'turun' }, DEFAULTS, ['nama', 'tanggal'])
    expect(paging).toEqual({ page: 3, pageSize: 50, sortBy: 'tanggal', sortDesc: true })
    expect(writePaging(paging, DEFAULTS)).toEqual({ halaman: '3', per: '50', urut: 'tanggal', arah: 'turun' })
    expect(writePaging({ ...DEFAULTS }, DEFAULTS)).toEqual({})
  })

  it('reads a malformed page, size, sort or direction as the defaults', () => {
    expect(readPaging({ halaman: '0', per: '7', urut: 'hal', arah: 'miring' }, DEFAULTS, ['nama', 'tanggal'])).toEqual(DEFAULTS)
    expect(readPaging({ halaman: '-2', per: '1000' }, { ...DEFAULTS, sortDesc: true }, ['nama'])).toEqual({ ...DEFAULTS, sortDesc: true })
  })

  it('reads single values, repeated values, ids and dates strictly', () => {
    expect(one({ status: ['', 'Aktif', 'Rencana'] }, 'status')).toBe('Aktif')
    expect(all({ status: ['Aktif', null, 'Rencana'] }, 'status')).toEqual(['Aktif', 'Rencana'])
    expect(one({}, 'cari')).toBeUndefined()
    expect(int('12', 1, 10)).toBeUndefined()
    expect(int('1e3', 1, 10_000)).toBeUndefined()
    expect(toId('0')).toBeUndefined()
    expect(toId('42')).toBe(42)
    expect(isoDate('2026-02-29')).toBeUndefined()
    expect(isoDate('2028-02-29')).toBe('2028-02-29')
  })
})
