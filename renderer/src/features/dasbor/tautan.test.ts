import { describe, expect, it } from 'vitest'
import { duaBelasBulan, pantauDisposisi, pantauFromQuery, pantauToQuery, perangkatOpd, permohonanLangkah, rentangBulan, suratBulanSifat } from './tautan'

describe('links behind the Dasbor bars', () => {
  it('spans 12 months ending today and whole months', () => {
    expect(duaBelasBulan('2026-11-30')).toEqual({ dari: '2025-12-01', sampai: '2026-11-30' })
    expect(duaBelasBulan('2026-01-05')).toEqual({ dari: '2025-02-01', sampai: '2026-01-05' })
    expect(rentangBulan('2028-02')).toEqual({ dari: '2028-02-01', sampai: '2028-02-29' })
  })
  it('opens the Surat Masuk list filtered by month and sifat', () => {
    expect(suratBulanSifat('2026-11', 'Segera')).toEqual({ name: 'surat-masuk', query: expect.objectContaining({ sifat: 'Segera', dari: '2026-11-01', sampai: '2026-11-30', status: 'aktif' }) })
  })
  it('opens the open cases at a step, and the devices of an OPD not withdrawn', () => {
    expect(permohonanLangkah('pemeriksaan', true)).toEqual({ name: 'permohonan-penarikan', query: { status: 'berjalan', langkah: 'pemeriksaan', terlambat: '1' } })
    expect(perangkatOpd(3)).toMatchObject({ name: 'inventaris', query: expect.objectContaining({ opd: '3' }) })
  })
  it('round-trips the Pantau Disposisi filters and ignores what is malformed', () => {
    const f = { dari: '2026-01-01', sampai: '2026-11-30', pegawaiId: 4, keadaan: 'terlambat' as const, page: 2, pageSize: 50 }
    expect(pantauFromQuery(pantauToQuery(f), { dari: 'x', sampai: 'y' })).toEqual({ ...f, unit: undefined })
    const fallback = { dari: '2025-12-01', sampai: '2026-11-30' }
    expect(pantauFromQuery({ dari: '2026-13-01', sampai: '2026-01-01', pegawai: '-1', keadaan: 'hilang', halaman: '0', per: '33' }, fallback)).toEqual({
      ...fallback, pegawaiId: undefined, unit: undefined, keadaan: undefined, page: 1, pageSize: 25,
    })
    expect(pantauDisposisi({ dari: '2026-01-01', sampai: '2026-01-31', unit: 'Seksi X' })).toEqual({ name: 'pantau-disposisi', query: { dari: '2026-01-01', sampai: '2026-01-31', unit: 'Seksi X' } })
  })
})
