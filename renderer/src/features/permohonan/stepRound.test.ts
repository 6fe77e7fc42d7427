import { describe, expect, it } from 'vitest'
import type { StepRecord } from '@core/contract/cases'
import { SOP_07 } from '@core/sops/sop-07/common'
import { formRound, movedOnNotice } from './stepRound'

function rec(langkah: string, oleh = 'Fajar Nugroho, A.Md.', selesai = '2026-12-02T01:33:00Z', atasNama: string | null = null): StepRecord {
  const s = SOP_07.steps.find((x) => x.kode === langkah)!
  return { id: 0, langkah, no: s.no, nama: s.nama, mulai: '', selesai, jatuhTempo: null, hasil: 'selesai', hasilLabel: 'Selesai', oleh, atasNama, catatan: '', data: {}, hariKerja: 0, terlambatHari: 0 }
}
const before = [rec('registrasi'), rec('disposisi-kadis'), rec('disposisi-kabid'), rec('penunjukan-tim'), rec('pemeriksaan'), rec('formulir')]
const atStep8 = { status: 'berjalan' as const, langkah: 'pendampingan', langkahNo: 8, langkahNama: 'Verifikasi dan pendampingan penarikan', riwayat: before }

describe('formRound', () => {
  it('is the same for the same step until it is recorded, and new for a second round of a step', () => {
    expect(formRound(atStep8)).toBe(formRound({ ...atStep8 }))
    expect(formRound({ ...atStep8, langkah: 'hapus-monitoring', riwayat: [...before, rec('pendampingan')] })).not.toBe(formRound(atStep8))
    // A report returned at step 11 starts step 10 again: a fresh round of the same step.
    const first = { status: 'berjalan' as const, langkah: 'laporan', riwayat: before }
    expect(formRound({ ...first, riwayat: [...before, rec('laporan'), rec('pemeriksaan-laporan')] })).not.toBe(formRound(first))
  })
})

describe('movedOnNotice', () => {
  it('names who recorded the step and when, and says the input on screen was not saved', () => {
    const latest = { ...atStep8, langkah: 'hapus-monitoring', langkahNo: 9, langkahNama: 'Penghapusan dari sistem monitoring', riwayat: [...before, rec('pendampingan', 'Yoga Pratama, S.Kom.')] }
    expect(movedOnNotice(atStep8, latest)).toBe(
      'Langkah 8. Verifikasi dan pendampingan penarikan sudah dicatat oleh Yoga Pratama, S.Kom. pada 2 Desember 2026 08.33. ' +
        'Isian Anda di bawah belum tersimpan dan tidak dapat disimpan lagi untuk langkah ini; salin yang perlu, lalu tekan Lihat Keadaan Terbaru.',
    )
  })

  it('says for whom a record was made on someone\'s behalf', () => {
    const latest = { ...atStep8, langkah: 'hapus-monitoring', riwayat: [...before, rec('pendampingan', 'Rina Marlina, S.E.', '2026-12-02T01:33:00Z', 'Fajar Nugroho, A.Md.')] }
    expect(movedOnNotice(atStep8, latest)).toContain('sudah dicatat oleh Rina Marlina, S.E. (atas nama Fajar Nugroho, A.Md.) pada')
  })

  it('is silent while the form\'s round goes on (another change, e.g. a photo), and says where the case stands without a record', () => {
    expect(movedOnNotice(atStep8, { ...atStep8 })).toBeNull()
    const closed = { ...atStep8, status: 'ditolak' as const, langkah: 'selesai' }
    expect(movedOnNotice(atStep8, closed)).toMatch(/^Permohonan ini sudah diperbarui oleh pengguna lain: kini Ditolak\. Isian Anda/)
  })
})
