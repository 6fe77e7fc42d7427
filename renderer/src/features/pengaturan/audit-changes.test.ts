import { describe, expect, it } from 'vitest'
import { auditChangeRows, auditSummary, nilaiAudit } from './audit-changes'

describe('Jejak Audit in words (issue 11, item 3)', () => {
  it('shows a change as "label: before → after", changed fields only, dates as dd/mm/yyyy', () => {
    const before = { hal: 'Permohonan penarikan', tanggalSurat: '2026-11-20', sifat: 'Biasa', rahasia: false }
    const after = { hal: 'Permohonan penarikan server PPDB', tanggalSurat: '2026-11-21', sifat: 'Biasa', rahasia: true }
    expect(auditSummary(before, after)).toEqual({
      lines: ['Hal: Permohonan penarikan → Permohonan penarikan server PPDB', 'Tanggal Surat: 20/11/2026 → 21/11/2026', 'Rahasia: Tidak → Ya'],
      more: 0,
    })
  })

  it('names a made record\'s fields, a removed one\'s, and says how many more there are', () => {
    expect(auditSummary(null, { nama: 'Dinas Uji', singkatan: 'DU' })).toEqual({ lines: ['Nama: Dinas Uji', 'Singkatan: DU'], more: 0 })
    expect(auditSummary({ tanggal: '2028-01-01', keterangan: 'Tahun Baru', jenis: 'Libur Nasional' }, null, undefined, 2)).toEqual({
      lines: ['Tanggal: 01/01/2028', 'Keterangan: Tahun Baru'],
      more: 1,
    })
  })

  it('reads instants in WIB, roles, files, nested fields and ids by name', () => {
    expect(nilaiAudit('at', '2026-11-24T03:05:00.000Z')).toBe('24/11/2026 10.05')
    // 23:30 UTC is already the next day in Batam.
    expect(nilaiAudit('at', '2026-11-30T17:30:00.000Z')).toBe('01/12/2026 00.30')
    expect(nilaiAudit('roles', ['sekretariat', 'kadis'])).toBe('Sekretariat, Kepala Dinas')
    expect(nilaiAudit('lampiranBerkas', { id: 3, fileName: 'scan.pdf' })).toBe('scan.pdf')
    expect(nilaiAudit('pemangku', { jenis: 'Plt.', dari: '2026-04-01' })).toBe('Jenis: Plt.\nMulai: 01/04/2026')
    expect(nilaiAudit('pegawaiId', 5, (k, v) => (k === 'pegawaiId' && v === 5 ? 'Rina Marlina, S.E.' : undefined))).toBe('Rina Marlina, S.E.')
    expect(nilaiAudit('isiRingkas', '')).toBe('(kosong)')
    expect(auditChangeRows('lama', 'baru')).toEqual([{ key: 'nilai', label: 'Nilai', before: 'lama', after: 'baru', changed: true }])
  })
})
