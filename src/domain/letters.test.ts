import { describe, expect, it } from 'vitest'
import { formatTanggal } from './dates'
import { peringatanTanggalDiterima } from './letters'

describe('peringatanTanggalDiterima', () => {
  const terakhir = { tahun: 2026, nomorAgenda: 123, tanggalDiterima: '2026-11-28' }
  it('warns about a date before the last registered letter, naming it', () => {
    expect(peringatanTanggalDiterima('2026-10-28', terakhir, formatTanggal)).toBe(
      'Lebih awal dari surat terakhir yang dicatat (0123/2026, diterima 28 November 2026). Periksa kembali tanggalnya; bila memang benar, surat tetap dapat disimpan.',
    )
  })
  it('says nothing for the same day, a later day, an empty field or an empty register', () => {
    expect(peringatanTanggalDiterima('2026-11-28', terakhir, formatTanggal)).toBeNull()
    expect(peringatanTanggalDiterima('2026-11-30', terakhir, formatTanggal)).toBeNull()
    expect(peringatanTanggalDiterima('', terakhir, formatTanggal)).toBeNull()
    expect(peringatanTanggalDiterima('2026-01-01', null, formatTanggal)).toBeNull()
  })
})
