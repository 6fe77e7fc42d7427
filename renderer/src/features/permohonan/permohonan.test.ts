import { describe, expect, it } from 'vitest'
import type { StepRecord } from '@core/contract/cases'
import { plainStepInput } from '@core/domain/sop'
import { SOP_07, SOP_07_STEP_INPUTS } from '@core/sops/sop-07/common'
import { caseTimeline, checkStepInput, holderName, nowInOffice } from './permohonan'

function rec(langkah: string, hasil = 'selesai', hasilLabel = 'Selesai'): StepRecord {
  const s = SOP_07.steps.find((x) => x.kode === langkah)!
  return {
    id: 0, langkah, no: s.no, nama: s.nama, mulai: '', selesai: '', jatuhTempo: null, hasil, hasilLabel, oleh: 'X', atasNama: null, catatan: '', data: {},
    hariKerja: 0, terlambatHari: 0,
  }
}
const upTo = (...kodes: string[]) => kodes.map((k) => rec(k))
const states = (t: ReturnType<typeof caseTimeline>) => Object.fromEntries(t.map((x) => [x.step.no, x.state]))

describe('caseTimeline', () => {
  it('shows all 14 steps of the SOP, the current one running and the branch of step 5 as a branch', () => {
    const t = caseTimeline(SOP_07, { status: 'berjalan', langkah: 'pemeriksaan', riwayat: upTo('registrasi', 'disposisi-kadis', 'disposisi-kabid', 'penunjukan-tim') })
    expect(t).toHaveLength(14)
    expect(states(t)).toMatchObject({ 1: 'selesai', 4: 'selesai', 5: 'berjalan', 6: 'cabang', 7: 'belum', 13: 'belum', 14: 'belum' })
    expect(t[5].note).toBe('Hanya bila hasil langkah 5 "Ditolak / tidak sesuai data".')
  })

  it('marks step 6 as not taken once the check found the request in order', () => {
    const riwayat = [...upTo('registrasi', 'disposisi-kadis', 'disposisi-kabid', 'penunjukan-tim'), rec('pemeriksaan', 'sesuai', 'Sesuai data')]
    const t = caseTimeline(SOP_07, { status: 'berjalan', langkah: 'formulir', riwayat })
    expect(states(t)).toMatchObject({ 5: 'selesai', 6: 'tidak-dilalui', 7: 'berjalan', 8: 'belum' })
    expect(t[5].note).toBe('Tidak dilalui: hasil langkah 5 "Sesuai data".')
  })

  it('shows the rejected way: 5, 6, then the end as Ditolak; steps 7-13 not taken', () => {
    const riwayat = [...upTo('registrasi', 'disposisi-kadis', 'disposisi-kabid', 'penunjukan-tim'), rec('pemeriksaan', 'tidak-sesuai', 'Ditolak / tidak sesuai data'), rec('surat-balasan')]
    const t = caseTimeline(SOP_07, { status: 'ditolak', langkah: 'surat-balasan', riwayat })
    expect(states(t)).toMatchObject({ 5: 'selesai', 6: 'selesai', 7: 'tidak-dilalui', 10: 'tidak-dilalui', 13: 'tidak-dilalui', 14: 'ditolak' })
    expect(t[6].note).toBe('Tidak dilalui: hasil langkah 5 "Ditolak / tidak sesuai data".')
    expect(t[9].note).toBe('Tidak dilalui: permohonan ditolak.')
  })

  it('shows a report returned at step 11: step 10 running again, step 11 ahead with its return on record', () => {
    const riwayat = [
      ...upTo('registrasi', 'disposisi-kadis', 'disposisi-kabid', 'penunjukan-tim'), rec('pemeriksaan', 'sesuai', 'Sesuai data'),
      ...upTo('formulir', 'pendampingan', 'hapus-monitoring', 'laporan'), rec('pemeriksaan-laporan', 'dikembalikan', 'Dikembalikan untuk perbaikan'),
    ]
    const t = caseTimeline(SOP_07, { status: 'berjalan', langkah: 'laporan', riwayat })
    expect(states(t)).toMatchObject({ 9: 'selesai', 10: 'berjalan', 11: 'belum', 12: 'belum', 6: 'tidak-dilalui' })
    expect(t[9].records).toHaveLength(1)
    expect(t[10].records.map((r) => r.hasil)).toEqual(['dikembalikan'])
  })

  it('closes with every step of the way done', () => {
    const riwayat = [
      ...upTo('registrasi', 'disposisi-kadis', 'disposisi-kabid', 'penunjukan-tim'), rec('pemeriksaan', 'sesuai', 'Sesuai data'),
      ...upTo('formulir', 'pendampingan', 'hapus-monitoring', 'laporan'), rec('pemeriksaan-laporan', 'disetujui', 'Laporan diterima'), ...upTo('laporan-kabid', 'review-kadis', 'selesai'),
    ]
    const t = caseTimeline(SOP_07, { status: 'selesai', langkah: 'selesai', riwayat })
    expect(t.filter((x) => x.state === 'selesai').map((x) => x.step.no)).toEqual([1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14])
    expect(states(t)[6]).toBe('tidak-dilalui')
  })
})

describe('step form helpers', () => {
  it('checks a step in the browser with its SOP\'s schema for that step (the engine\'s words and field names)', () => {
    const e = checkStepInput(SOP_07_STEP_INPUTS.pemeriksaan, { langkah: 'pemeriksaan', hasil: undefined as never, alasan: 'ok' })
    expect(e.hasil).toBe('Pilih hasil pemeriksaan: sesuai atau tidak sesuai.')
    expect(e.alasan).toMatch(/paling sedikit 5 karakter/)
    expect(checkStepInput(SOP_07_STEP_INPUTS['review-kadis'], { langkah: 'review-kadis' })).toEqual({})
    expect(checkStepInput(null, { langkah: 'apa-saja' })).toEqual({})
  })

  it('checks a step with no form of its own with the plain form (outcome and note)', () => {
    const branch = { kode: 'periksa', hasil: { lengkap: { label: 'Lengkap', ke: 'x' }, kurang: { label: 'Kurang', ke: null } } }
    expect(checkStepInput(plainStepInput(branch), { langkah: 'periksa' })).toEqual({ hasil: 'Pilih hasil langkah ini.' })
    expect(checkStepInput(plainStepInput(branch), { langkah: 'periksa', hasil: 'lengkap', catatan: 'ok' })).toEqual({})
  })

  it('reads the holder and the office clock', () => {
    expect(holderName('Kepala Seksi: Dewi Kartika, S.T.')).toBe('Dewi Kartika, S.T. (Kepala Seksi)')
    expect(holderName('Kepala Dinas')).toBe('Kepala Dinas')
    expect(nowInOffice(new Date('2026-11-24T02:05:00Z'))).toEqual({ date: '2026-11-24', time: '09:05', dateTime: '2026-11-24T09:05' })
  })
})
