import { describe, expect, it } from 'vitest'
import { SOP_07_STEP_INPUTS } from './step-inputs'

/** The messages by field path a step form shows next to its fields before it asks anything (as checkStepInput builds them). */
function fieldMessages(langkah: string, input: Record<string, unknown>): Record<string, string> {
  const parsed = SOP_07_STEP_INPUTS[langkah].safeParse({ langkah, ...input })
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]))
}

// The rules between a step's fields are the schema's: the step form checks them before its confirmation question
// (a tester met "2 perangkat dicatat tidak sesuai ... Tetap lanjutkan?" and only then the refusal).
describe('SOP 07 step inputs: rules between fields', () => {
  it('step 8: a device not ticked as matching needs its note, per device', () => {
    const verifikasi = [
      { perangkatId: 1, serialSesuai: false, merekTipeSesuai: false, spesifikasiSesuai: false, catatan: '' },
      { perangkatId: 2, serialSesuai: true, merekTipeSesuai: true, spesifikasiSesuai: true, catatan: '' },
      { perangkatId: 3, serialSesuai: true, merekTipeSesuai: false, spesifikasiSesuai: true, catatan: 'Tipe berbeda dari BA Kolokasi.' },
    ]
    const base = { tanggal: '2026-11-24', jam: '09:30', wakilOpd: { nama: 'Budi' } }
    expect(fieldMessages('pendampingan', { ...base, verifikasi })).toEqual({ 'verifikasi.0.catatan': 'Tulis catatan untuk perangkat yang tidak sesuai.' })
    verifikasi[0].catatan = 'Nomor seri beda.'
    expect(fieldMessages('pendampingan', { ...base, verifikasi })).toEqual({})
  })

  it('step 11: a return needs what to correct; an acceptance does not', () => {
    expect(fieldMessages('pemeriksaan-laporan', { keputusan: 'dikembalikan', catatan: ' ' })).toEqual({ catatan: 'Tulis apa yang harus diperbaiki (paling sedikit 5 karakter).' })
    expect(fieldMessages('pemeriksaan-laporan', { keputusan: 'dikembalikan', catatan: 'Lengkapi kondisi perangkat.' })).toEqual({})
    expect(fieldMessages('pemeriksaan-laporan', { keputusan: 'disetujui' })).toEqual({})
  })

  it("steps 7, 8 and 10: an OPD person's Telepon is a phone number the office writes, or empty", () => {
    const base = { tanggalKembali: '2026-11-24', perangkat: [{ perangkatId: 1, dikonfirmasi: true }] }
    const withPhone = (telepon: string) => fieldMessages('formulir', { ...base, penanggungJawab: { nama: 'Budi', telepon } })
    for (const ok of ['', '0778 462123', '0812-3456-7890', '+62 812 3456 7890']) expect(withPhone(ok), ok).toEqual({})
    for (const bad of ['abc', '0812', 'Budi 0812']) expect(withPhone(bad), bad).toEqual({ 'penanggungJawab.telepon': 'Nomor telepon tidak valid (contoh: 0778 462123 atau 0812-3456-7890).' })
  })

  it('step 7: a device the OPD keeps needs its reason, and at least one device is confirmed', () => {
    const base = { tanggalKembali: '2026-11-24', penanggungJawab: { nama: 'Budi' } }
    expect(fieldMessages('formulir', { ...base, perangkat: [{ perangkatId: 1, dikonfirmasi: false }, { perangkatId: 2, dikonfirmasi: true }] })).toEqual({
      'perangkat.0.catatan': 'Tulis alasan untuk perangkat yang tidak dikonfirmasi OPD.',
    })
    expect(fieldMessages('formulir', { ...base, perangkat: [{ perangkatId: 1, dikonfirmasi: false, catatan: 'Masih dipakai OPD.' }] })).toEqual({
      perangkat: 'Tidak ada perangkat yang dikonfirmasi OPD. Bila OPD membatalkan penarikan, catat alasannya dan hubungi Kasi.',
    })
  })

  it('step 5: "sesuai" needs a chosen device and no unlisted one', () => {
    expect(fieldMessages('pemeriksaan', { hasil: 'sesuai', alasan: 'Sesuai data inventaris.', tidakTerdaftar: [{ nama: 'ppdb-backup01' }] })).toEqual({
      perangkatIds: 'Pilih perangkat yang akan ditarik dari inventaris; hasil "sesuai" perlu paling sedikit satu perangkat.',
      hasil: 'Ada perangkat yang tidak terdaftar di inventaris: hasil pemeriksaan harus "tidak sesuai".',
    })
    expect(fieldMessages('pemeriksaan', { hasil: 'tidak-sesuai', alasan: 'Perangkat tidak terdaftar.', tidakTerdaftar: [{ nama: 'ppdb-backup01' }] })).toEqual({})
  })
})
