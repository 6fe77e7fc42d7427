import type { LetterDetail, LetterRegisterInput } from '@core/contract/letters'
import type { OpdRow } from '@core/contract/opd'
import { isIsoDate } from '@core/domain/dates'
import type { JenisPermohonan, Sifat } from '@core/domain/letters'

/** What the Surat Masuk form holds while the user types. */
export interface LetterFormValues {
  tanggalDiterima: string
  nomorSurat: string
  tanggalSurat: string
  /** The Asal Surat field: an OPD from the list, or the sender typed out. */
  asal: OpdRow | string | null
  hal: string
  sifat: Sifat | null
  rahasia: boolean
  lampiran: string
  kodeKlasifikasi: string
  isiRingkas: string
  jenisPermohonan: JenisPermohonan | null
  nomorSrikandi: string
}

export function emptyLetterForm(today: string): LetterFormValues {
  return {
    tanggalDiterima: today,
    nomorSurat: '',
    tanggalSurat: '',
    asal: null,
    hal: '',
    sifat: 'Biasa',
    rahasia: false,
    lampiran: '',
    kodeKlasifikasi: '',
    isiRingkas: '',
    jenisPermohonan: null,
    nomorSrikandi: '',
  }
}

export function letterToForm(letter: LetterDetail, opd: OpdRow | undefined): LetterFormValues {
  return {
    tanggalDiterima: letter.tanggalDiterima,
    nomorSurat: letter.nomorSurat,
    tanggalSurat: letter.tanggalSurat,
    asal: opd ?? letter.asalSurat,
    hal: letter.hal,
    sifat: letter.sifat as Sifat,
    rahasia: letter.rahasia,
    lampiran: letter.lampiran,
    kodeKlasifikasi: letter.kodeKlasifikasi,
    isiRingkas: letter.isiRingkas,
    jenisPermohonan: letter.jenisPermohonan as JenisPermohonan,
    nomorSrikandi: letter.nomorSrikandi,
  }
}

/**
 * The sender as the API takes it: a chosen OPD sets asalOpdId; typed text sets asalSurat, unless it is exactly the
 * name of an OPD on the list, which then counts as choosing it.
 */
export function senderOf(asal: LetterFormValues['asal'], opds: OpdRow[]): { asalOpdId: number | null; asalSurat: string } {
  if (asal && typeof asal === 'object') return { asalOpdId: asal.id, asalSurat: '' }
  const text = (asal ?? '').trim()
  const match = opds.find((o) => o.nama.localeCompare(text, 'id', { sensitivity: 'base' }) === 0)
  return match ? { asalOpdId: match.id, asalSurat: '' } : { asalOpdId: null, asalSurat: text }
}

export function formToInput(values: LetterFormValues, opds: OpdRow[]): LetterRegisterInput {
  return {
    tanggalDiterima: values.tanggalDiterima,
    nomorSurat: values.nomorSurat.trim(),
    tanggalSurat: values.tanggalSurat,
    ...senderOf(values.asal, opds),
    hal: values.hal.trim(),
    // Empty choices go as '' so the server answers with its own "Pilih ... dari daftar." message.
    sifat: (values.sifat ?? '') as Sifat,
    rahasia: values.rahasia,
    lampiran: values.lampiran.trim(),
    kodeKlasifikasi: values.kodeKlasifikasi.trim(),
    isiRingkas: values.isiRingkas.trim(),
    jenisPermohonan: (values.jenisPermohonan ?? '') as JenisPermohonan,
    nomorSrikandi: values.nomorSrikandi.trim(),
  }
}

// Client-side checks for instant feedback, in the server's words (src/contract/fields.ts, services/letters.ts).
type Rule = (value: unknown) => true | string

export const wajib = (label: string): Rule => (v) => (typeof v === 'string' ? v.trim().length > 0 : v !== null && v !== undefined) || `${label} wajib diisi.`
export const pilih = (label: string): Rule => (v) => (v !== null && v !== undefined && v !== '') || `Pilih ${label} dari daftar.`
export const maks = (label: string, max: number): Rule => (v) => typeof v !== 'string' || v.trim().length <= max || `${label} paling banyak ${max} karakter.`
export const tanggalValid = (label: string): Rule => (v) => typeof v !== 'string' || v === '' || isIsoDate(v) || `${label} bukan tanggal yang valid.`
export const alasanRules = (label: string): Rule[] => [
  (v) => (typeof v === 'string' && v.trim().length >= 5) || `${label} wajib diisi (paling sedikit 5 karakter).`,
  maks(label, 500),
]
export const asalWajib: Rule = (v) =>
  (typeof v === 'object' && v !== null) || (typeof v === 'string' && v.trim().length > 0) || 'Asal Surat wajib diisi: pilih OPD atau tulis nama pengirim.'
