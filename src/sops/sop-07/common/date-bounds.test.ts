import { describe, expect, it } from 'vitest'
import { batasAwalLangkah, sebelumBatas, type CaseDates } from './date-bounds'

const kasus = (riwayat: CaseDates['riwayat'] = []): CaseDates => ({ tanggalDiterima: '2026-11-23', dibuka: '2026-11-24T02:00:00.000Z', riwayat })

describe('how early a SOP 07 step may be dated', () => {
  it('no step before the letter was received or the case opened (office day of the opening instant)', () => {
    // 18:00 UTC on 23 November is 01:00 WIB on 24 November: the case was opened on the 24th.
    const b = batasAwalLangkah('formulir', { ...kasus(), dibuka: '2026-11-23T18:00:00.000Z' })
    expect(b).toEqual({ waktu: '2026-11-24', sebab: 'permohonan dibuka' })
    expect(batasAwalLangkah('formulir', { ...kasus(), tanggalDiterima: '2026-11-25' })).toEqual({ waktu: '2026-11-25', sebab: 'Tanggal Diterima surat' })
    expect(sebelumBatas('Tanggal formulir kembali', '2026-11-20', b)).toBe('Tanggal formulir kembali tidak boleh sebelum permohonan dibuka (24/11/2026).')
    expect(sebelumBatas('Tanggal formulir kembali', '2026-11-24', b)).toBeNull()
  })

  it('each step follows the date its step before recorded (the last record, after a return)', () => {
    const riwayat = [
      { langkah: 'pemeriksaan', selesai: '2026-11-25T03:00:00.000Z', data: {} },
      { langkah: 'formulir', selesai: '2026-11-26T03:00:00.000Z', data: { tanggalKembali: '2026-11-26' } },
      { langkah: 'pendampingan', selesai: '2026-11-27T03:00:00.000Z', data: { tanggal: '2026-11-27', jam: '08:33' } },
      { langkah: 'hapus-monitoring', selesai: '2026-11-27T05:00:00.000Z', data: { perangkat: [{ waktu: '2026-11-27T09:00' }, { waktu: '2026-11-28T07:00' }] } },
    ]
    expect(batasAwalLangkah('formulir', kasus(riwayat))).toEqual({ waktu: '2026-11-25', sebab: 'pemeriksaan perangkat pada langkah 5' })
    expect(batasAwalLangkah('surat-balasan', kasus(riwayat))?.waktu).toBe('2026-11-25')
    expect(batasAwalLangkah('pendampingan', kasus(riwayat))).toEqual({ waktu: '2026-11-26', sebab: 'formulir kembali pada langkah 7' })
    const hapus = batasAwalLangkah('hapus-monitoring', kasus(riwayat))
    expect(hapus).toEqual({ waktu: '2026-11-27T08:33', sebab: 'penarikan pada langkah 8' })
    // A time is compared when both have one; the day alone otherwise.
    expect(sebelumBatas('Tanggal penghapusan', '2026-11-27T08:00', hapus)).toBe('Tanggal penghapusan tidak boleh sebelum penarikan pada langkah 8 (27/11/2026 08.33).')
    expect(sebelumBatas('Tanggal penghapusan', '2026-11-27T08:33', hapus)).toBeNull()
    expect(sebelumBatas('Tanggal penghapusan', '2026-11-27', hapus)).toBeNull()
    expect(batasAwalLangkah('laporan', kasus(riwayat))).toEqual({ waktu: '2026-11-28', sebab: 'penghapusan monitoring pada langkah 9' })
  })

  it('steps without dates have no bound', () => {
    expect(batasAwalLangkah('pemeriksaan', kasus())).toBeNull()
    expect(batasAwalLangkah('review-kadis', kasus())).toBeNull()
    expect(sebelumBatas('Tanggal', '2026-01-01', null)).toBeNull()
  })
})
