import { describe, expect, it } from 'vitest'
import { disposeFormSchema, emptyDisposeForm } from './disposeForm'

const TODAY = '2026-11-24'
const DITERIMA = '2026-11-10'

/** The first message per field (the one the form shows) for `values` checked as the Sekretariat (recording) or a leader. */
function messages(values: object, recording = false): Record<string, string> {
  const result = disposeFormSchema({ today: TODAY, diterima: DITERIMA, recording }).safeParse(values)
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]).reverse())
}

describe('disposeFormSchema', () => {
  it('gives the create input: recipients as { pegawaiId }, instruction text trimmed, no deadline as null', () => {
    const values = { ...emptyDisposeForm(TODAY), kepada: [4, 7], instruksi: ['Untuk diketahui'], instruksiLain: '  Cek rak 3 ', batasWaktu: '' }
    const out = disposeFormSchema({ today: TODAY, diterima: DITERIMA, recording: false }).parse(values)
    expect(out).toEqual({ dari: null, kepada: [{ pegawaiId: 4 }, { pegawaiId: 7 }], instruksi: ['Untuk diketahui'], instruksiLain: 'Cek rak 3', catatan: '', tanggal: TODAY, batasWaktu: null })
  })

  it('asks the Sekretariat whose disposition it is, and everyone for a recipient, in one go', () => {
    expect(messages(emptyDisposeForm(TODAY), true)).toEqual({
      dari: 'Pilih pimpinan yang mendisposisikan (Dicatat atas nama).',
      kepada: 'Pilih paling sedikit satu penerima (Diteruskan kepada).',
    })
    expect(messages(emptyDisposeForm(TODAY), false)).toEqual({ kepada: 'Pilih paling sedikit satu penerima (Diteruskan kepada).' })
  })

  it('keeps the date between the letter’s arrival and today, and the deadline not before it', () => {
    const base = { ...emptyDisposeForm(TODAY), kepada: [4] }
    expect(messages({ ...base, tanggal: '2026-11-25' })).toEqual({ tanggal: 'Tanggal disposisi tidak boleh sesudah hari ini.' })
    expect(messages({ ...base, tanggal: '2026-11-09' })).toEqual({ tanggal: 'Tanggal disposisi tidak boleh sebelum surat diterima.' })
    expect(messages({ ...base, tanggal: '' })).toEqual({ tanggal: 'Tanggal wajib diisi.' })
    expect(messages({ ...base, tanggal: '2026-11-20', batasWaktu: '2026-11-19' })).toEqual({ batasWaktu: 'Batas Waktu tidak boleh sebelum tanggal disposisi.' })
    expect(messages({ ...base, batasWaktu: '2026-02-30' })).toEqual({ batasWaktu: 'Batas Waktu bukan tanggal yang valid.' })
  })
})
