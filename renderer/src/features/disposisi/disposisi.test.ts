import { describe, expect, it } from 'vitest'
import type { DisposisiView, LetterDispositions, PenerimaView } from '@core/contract/dispositions'
import { canDisposeLetter, instruksiText, lamaText, ownItem, periodText, quickPeriods, statusText, terlambatText, waktuPendek } from './disposisi'

function penerima(id: number, pegawaiId: number, status: PenerimaView['status'] = 'belum_dibaca'): PenerimaView {
  return {
    id, pegawaiId, nama: `P${pegawaiId}`, jabatan: '', jabatanKode: null, status, dibacaPada: null, ditindaklanjutiPada: null, selesaiPada: null,
    catatanSelesai: null, lamaHariKerja: 0, terlambat: false,
  }
}

function disposisi(id: number, penerimaList: PenerimaView[], lanjutan: DisposisiView[] = []): DisposisiView {
  return {
    id, suratId: 1, parentPenerimaId: null, dariPegawaiId: 9, dariNama: 'Kadis', dariJabatan: 'Kepala Dinas', dariJabatanKode: 'kadis', tanggal: '2026-11-24',
    instruksi: [], instruksiLain: '', catatan: '', batasWaktu: null, dicatatOleh: null, createdAt: '2026-11-24T03:00:00.000Z', penerima: penerimaList, lanjutan,
  }
}

describe('Disposisi helpers', () => {
  it('shows a recipient state with its time in the office zone', () => {
    expect(waktuPendek('2026-11-24T07:05:00.000Z')).toBe('24 Nov 2026 14.05')
    expect(statusText({ status: 'belum_dibaca', dibacaPada: null, ditindaklanjutiPada: null, selesaiPada: null })).toBe('Belum dibaca')
    expect(statusText({ status: 'dibaca', dibacaPada: '2026-11-24T07:05:00.000Z', ditindaklanjutiPada: null, selesaiPada: null })).toBe('Dibaca 24 Nov 2026 14.05')
    expect(terlambatText(2)).toBe('Terlambat 2 hari kerja')
    expect(lamaText(0)).toBe('sejak hari ini')
    expect(lamaText(3)).toBe('sejak 3 hari kerja')
    expect(instruksiText(['Arsip'], ' cek fisik ')).toBe('Arsip; cek fisik')
  })

  it('finds the item a leader would forward and decides the Disposisikan button', () => {
    const tree: LetterDispositions = {
      suratId: 1,
      pohon: [disposisi(1, [penerima(10, 3, 'ditindaklanjuti')], [disposisi(2, [penerima(11, 4), penerima(12, 5)])])],
      posisiSaatIni: [],
    }
    expect(ownItem(tree, 4)?.id).toBe(11)
    expect(ownItem(tree, 7)).toBeNull()
    expect(canDisposeLetter({ roles: ['kasi'], pegawaiId: 4 }, 'aktif', tree)).toBe(true)
    expect(canDisposeLetter({ roles: ['kasi'], pegawaiId: 7 }, 'aktif', tree)).toBe(false)
    expect(canDisposeLetter({ roles: ['kadis'], pegawaiId: 2 }, 'aktif', null)).toBe(true)
    expect(canDisposeLetter({ roles: ['sekretariat'], pegawaiId: 1 }, 'aktif', null)).toBe(true)
    expect(canDisposeLetter({ roles: ['sekretariat'], pegawaiId: 1 }, 'dibatalkan', null)).toBe(false)
    expect(canDisposeLetter({ roles: ['timdc'], pegawaiId: 5 }, 'aktif', tree)).toBe(false)
  })

  it('offers the Buku Agenda quick periods', () => {
    const [bulanIni, bulanLalu, tahunIni] = quickPeriods('2026-01-15').map((q) => q.period)
    expect(bulanIni).toEqual({ dari: '2026-01-01', sampai: '2026-01-31' })
    expect(bulanLalu).toEqual({ dari: '2025-12-01', sampai: '2025-12-31' })
    expect(tahunIni).toEqual({ dari: '2026-01-01', sampai: '2026-12-31' })
    expect(quickPeriods('2028-03-02')[1].period).toEqual({ dari: '2028-02-01', sampai: '2028-02-29' })
    expect(periodText({ dari: '2026-11-01', sampai: '2026-11-30' })).toBe('1 November 2026 s.d. 30 November 2026')
  })
})
