import { describe, expect, it } from 'vitest'
import type { OpdRow } from '@core/contract/opd'
import { alasanRules, asalWajib, emptyLetterForm, formToInput, letterFormSchema, senderOf, wajib } from './letterForm'

const opds: OpdRow[] = [
  { id: 4, nama: 'Dinas Pendidikan', singkatan: 'DISDIK', aktif: true, jumlahSurat: 0 },
  { id: 5, nama: 'Dinas Kesehatan', singkatan: 'DINKES', aktif: true, jumlahSurat: 0 },
]

describe('Surat Masuk form', () => {
  it('a chosen OPD sets asalOpdId; typed text sets asalSurat', () => {
    expect(senderOf(opds[1], opds)).toEqual({ asalOpdId: 5, asalSurat: '' })
    expect(senderOf('  PT Telkom Indonesia ', opds)).toEqual({ asalOpdId: null, asalSurat: 'PT Telkom Indonesia' })
    expect(senderOf(null, opds)).toEqual({ asalOpdId: null, asalSurat: '' })
  })

  it('typed text that is exactly an OPD name counts as choosing it', () => {
    expect(senderOf('dinas pendidikan', opds)).toEqual({ asalOpdId: 4, asalSurat: '' })
  })

  it('builds the API input, trimmed, with empty choices left for the server to name', () => {
    const values = { ...emptyLetterForm('2026-11-24'), nomorSurat: ' 500.12/1/DISDIK/2026 ', tanggalSurat: '2026-11-20', asal: opds[0], hal: ' Hal ' }
    const input = formToInput({ ...values, jenisPermohonan: null }, opds)
    expect(input).toMatchObject({ tanggalDiterima: '2026-11-24', nomorSurat: '500.12/1/DISDIK/2026', asalOpdId: 4, hal: 'Hal', sifat: 'Biasa', jenisPermohonan: '' })
  })

  it('speaks the server’s words', () => {
    expect(wajib('Hal')('  ')).toBe('Hal wajib diisi.')
    expect(asalWajib('')).toBe('Asal Surat wajib diisi: pilih OPD atau tulis nama pengirim.')
    expect(alasanRules('Alasan perubahan')[0]('abc')).toBe('Alasan perubahan wajib diisi (paling sedikit 5 karakter).')
    expect(alasanRules('Alasan perubahan')[0]('Salah ketik')).toBe(true)
  })

  it("checks with the contract's schemas and messages, the dates against today and each other", () => {
    const messages = (values: object, editing = false) => {
      const result = letterFormSchema('2026-11-24', editing).safeParse(values)
      // The first message of each field, as the form shows it.
      return result.success ? {} : Object.fromEntries(result.error.issues.reverse().map((i) => [i.path.join('.'), i.message]))
    }
    expect(messages({ ...emptyLetterForm('2026-11-24'), sifat: null }, true)).toEqual({
      nomorSurat: 'Nomor Surat wajib diisi.',
      tanggalSurat: 'Tanggal Surat wajib diisi.',
      asal: 'Asal Surat wajib diisi: pilih OPD atau tulis nama pengirim.',
      hal: 'Hal wajib diisi.',
      sifat: 'Pilih Sifat dari daftar.',
      jenisPermohonan: 'Pilih Jenis Permohonan dari daftar.',
      alasan: 'Alasan perubahan wajib diisi (paling sedikit 5 karakter).',
    })
    const filled = { ...emptyLetterForm('2026-11-24'), nomorSurat: '1', hal: 'H', asal: opds[0], jenisPermohonan: 'Lainnya' }
    expect(messages({ ...filled, tanggalDiterima: '2026-11-25', tanggalSurat: '2026-11-20' })).toEqual({ tanggalDiterima: 'Tanggal Diterima tidak boleh sesudah hari ini.' })
    expect(messages({ ...filled, tanggalSurat: '2026-11-23', asal: 'x'.repeat(301) })).toEqual({ asal: 'Asal Surat paling banyak 300 karakter.' })
    // The order of the dates is named while other fields still need attention.
    expect(messages({ ...filled, hal: '', tanggalSurat: '2026-11-30' })).toEqual({ hal: 'Hal wajib diisi.', tanggalSurat: 'Tanggal Surat tidak boleh sesudah Tanggal Diterima.' })
    expect(messages({ ...filled, tanggalSurat: '2026-11-24', asal: ' PT Telkom ' })).toEqual({})
  })
})
