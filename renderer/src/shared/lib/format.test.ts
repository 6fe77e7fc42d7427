import { describe, expect, it } from 'vitest'
import { formatNilaiRiwayat, formatTanggalPendek, formatUkuran, kalimat } from './format'

describe('format', () => {
  it('short dates for tables', () => {
    expect(formatTanggalPendek('2026-11-24')).toBe('24 Nov 2026')
    expect(formatTanggalPendek('2026-08-01')).toBe('1 Agu 2026')
  })

  it('file sizes the Indonesian way', () => {
    expect(formatUkuran(820)).toBe('820 B')
    expect(formatUkuran(12_700)).toBe('12,4 KB')
    expect(formatUkuran(3 * 1024 * 1024)).toBe('3 MB')
  })

  it('history values as the user reads them', () => {
    expect(formatNilaiRiwayat('')).toBe('(kosong)')
    expect(formatNilaiRiwayat(true)).toBe('Ya')
    expect(formatNilaiRiwayat('2026-11-24')).toBe('24 November 2026')
    expect(formatNilaiRiwayat('dibatalkan')).toBe('Dibatalkan')
    expect(formatNilaiRiwayat({ id: 3, fileName: 'surat.pdf' })).toBe('surat.pdf')
    expect(formatNilaiRiwayat('Permohonan server')).toBe('Permohonan server')
  })
})

describe('kalimat', () => {
  it('ends a sentence with one full stop, also after an academic title', () => {
    expect(kalimat('Menunggu Siti Aminah, S.T.')).toBe('Menunggu Siti Aminah, S.T.')
    expect(kalimat('Menunggu Kepala Seksi')).toBe('Menunggu Kepala Seksi.')
  })
})
