import { z } from 'zod'
import { tanggal } from '@core/contract/fields'
import { ASAL_SURAT_WAJIB, LetterRegisterInput, LetterUpdateInput, type LetterDetail } from '@core/contract/letters'
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
  /** Alasan Perubahan: asked on the edit page only. */
  alasan: string
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
    alasan: '',
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
    alasan: '',
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

const contract = LetterRegisterInput.shape

/** Asal Surat as the form holds it: an OPD picked from the list, or the sender written out (the contract's limit). */
const asalField = z.custom<OpdRow | string | null>().superRefine((v, ctx) => {
  if (v && typeof v === 'object') return
  const text = contract.asalSurat.safeParse(v ?? '')
  if (!text.success) ctx.addIssue({ code: 'custom', message: text.error.issues[0].message })
  else if (!text.data) ctx.addIssue({ code: 'custom', message: ASAL_SURAT_WAJIB })
})

/**
 * The Surat Masuk form's checks: the contract's field schemas (src/contract/letters.ts), Tanggal Diterima required and
 * not after `today`, Tanggal Surat not after Tanggal Diterima (services/letters.ts says the same), and on the edit
 * page (`editing`) the Alasan Perubahan.
 */
export function letterFormSchema(today: string, editing: boolean) {
  return z
    .object({
      tanggalDiterima: tanggal('Tanggal Diterima').refine((v) => v <= today, { error: 'Tanggal Diterima tidak boleh sesudah hari ini.' }),
      nomorSurat: contract.nomorSurat,
      tanggalSurat: contract.tanggalSurat,
      asal: asalField,
      hal: contract.hal,
      sifat: contract.sifat,
      rahasia: contract.rahasia,
      lampiran: contract.lampiran,
      kodeKlasifikasi: contract.kodeKlasifikasi,
      isiRingkas: contract.isiRingkas,
      jenisPermohonan: contract.jenisPermohonan,
      nomorSrikandi: contract.nomorSrikandi,
      alasan: editing ? LetterUpdateInput.shape.alasan : z.string(),
    })
    .refine((v) => typeof v.tanggalSurat !== 'string' || typeof v.tanggalDiterima !== 'string' || !v.tanggalSurat || !v.tanggalDiterima || v.tanggalSurat <= v.tanggalDiterima, {
      error: 'Tanggal Surat tidak boleh sesudah Tanggal Diterima.',
      path: ['tanggalSurat'],
      // Also while other fields are still wrong, so the message shows as soon as the dates disagree.
      when: () => true,
    })
}
export type LetterFormSchema = ReturnType<typeof letterFormSchema>

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
