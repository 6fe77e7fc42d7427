import { isValidPhoneNumber } from 'libphonenumber-js/max'
import { z } from 'zod'
import { isIsoDate } from '../domain/dates'

// Field builders with the Indonesian messages the user reads next to the field.

/** PostgreSQL text cannot hold a NUL character (SQLite can): refused on both engines alike, with the field's name. */
const tanpaNul = (v: string) => !v.includes('\0')
const nulDitolak = (label: string) => ({ error: `${label} berisi karakter yang tidak diizinkan.` })

/** A time as the office writes it: 24-hour 'jj:mm', 00:00 to 23:59. */
export const JAM_POLA = /^([01]\d|2[0-3]):([0-5]\d)$/

/** The one message for a time that is not one (typed beside the field and refused by a schema alike); `label` names the field. */
export const pesanJamSalah = (label: string) => `${label} tidak valid: tulis jj:mm, 00:00 sampai 23:59 (contoh 07:30).`

/** A required time 'jj:mm' (JAM_POLA), refused with `pesanJamSalah(label)`. */
export const jam = (label: string) => z.string({ error: pesanJamSalah(label) }).regex(JAM_POLA, { error: pesanJamSalah(label) })

/** Required text, trimmed. */
export const wajib = (label: string, max: number) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .min(1, { error: `${label} wajib diisi.` })
    .max(max, { error: `${label} paling banyak ${max} karakter.` })
    .refine(tanpaNul, nulDitolak(label))

/** Optional text, trimmed, empty allowed. */
export const opsional = (label: string, max: number) =>
  z
    .string({ error: `${label} harus berupa teks.` })
    .trim()
    .max(max, { error: `${label} paling banyak ${max} karakter.` })
    .refine(tanpaNul, nulDitolak(label))
    .default('')

/** One telephone number: digits, spaces, +, - and parentheses, 6 to 20 characters. */
const NOMOR_TELEPON = /^[0-9+\-() ]{6,20}$/
/** A further number after a comma or "/", often only the last digits ("(0778) 462072, 462073"). */
const NOMOR_LANJUTAN = /^[0-9+\-() ]{2,20}$/
const angka = (v: string) => v.match(/\d/g)?.length ?? 0

/**
 * Optional telephone numbers as a kop prints them: "(0778) 462072", "+62 778-462072", several separated by a comma
 * or "/" ("(0778) 462072, 462073"). The first has at least 6 digits.
 */
export const nomorTelepon = (label: string) =>
  opsional(label, 60).refine(
    (v) => {
      if (v === '') return true
      const [pertama, ...lanjutan] = v.split(/[,/]/).map((n) => n.trim())
      return NOMOR_TELEPON.test(pertama) && angka(pertama) >= 6 && lanjutan.every((n) => NOMOR_LANJUTAN.test(n) && angka(n) >= 2)
    },
    { error: `${label} hanya boleh berisi angka, spasi, +, - dan tanda kurung (paling sedikit 6 angka; beberapa nomor dipisah koma atau /), contoh (0778) 462072.` },
  )

/** The message beside a person's telephone field that is not a telephone number. */
export const TELEPON_TIDAK_VALID = 'Nomor telepon tidak valid (contoh: 0778 462123 atau 0812-3456-7890).'

/**
 * A person's optional telephone number (a Pegawai, an OPD's contact), as the office writes it: "0778 462123",
 * "(0778) 462 123", "0812-3456-7890", "+62 812 3456 7890" (a number abroad with its + country code). Checked by
 * libphonenumber-js (Google's numbering plan data, full metadata, region ID) rather than a pattern of our own; kept
 * as typed (trimmed), never rewritten; empty allowed. `max`: the column's length in characters.
 */
export const teleponIndonesia = (label: string, max = 40) =>
  opsional(label, max).refine((v) => v === '' || isValidPhoneNumber(v, 'ID'), { error: TELEPON_TIDAK_VALID })

/** A web address with or without its scheme; the host must be a domain name ("kominfo.batam.go.id"). */
const ALAMAT_WEB = z.url({ protocol: /^https?$/, hostname: z.regexes.domain })

/**
 * An optional web site as a kop prints it: a host name ("kominfo.batam.go.id") or a whole address
 * ("https://kominfo.batam.go.id/layanan"); checked by zod's URL check, with https:// assumed when no scheme is written.
 */
export const laman = (label: string, max: number) =>
  opsional(label, max).refine((v) => v === '' || ALAMAT_WEB.safeParse(/^[a-z][a-z0-9+.-]*:\/\//i.test(v) ? v : `https://${v}`).success, {
    error: `${label} harus berupa nama situs (contoh kominfo.batam.go.id) atau alamat lengkap (https://kominfo.batam.go.id).`,
  })

export const tanggal = (label: string) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .min(1, { error: `${label} wajib diisi.` })
    .refine(isIsoDate, { error: `${label} bukan tanggal yang valid.` })

export const pilihan = <T extends readonly [string, ...string[]]>(label: string, values: T) =>
  z.enum(values, { error: `Pilih ${label} dari daftar.` })

export const idOf = (label: string) =>
  z.number({ error: `${label} wajib dipilih.` }).int({ error: `${label} tidak valid.` }).positive({ error: `${label} tidak valid.` })

/** A reason the user must give for a change that is kept in the record. */
export const alasan = (label = 'Alasan') =>
  z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .min(5, { error: `${label} wajib diisi (paling sedikit 5 karakter).` })
    .max(500, { error: `${label} paling banyak 500 karakter.` })

/** Control and format characters (NUL, bidi overrides, zero-width): never meaningful in a search or a file name. */
const CONTROL = /[\p{Cc}\p{Cf}]/gu

/** Search text: control characters become spaces, so they can neither break the query nor hide a match. */
export const cariTeks = (max = 200) =>
  z
    .string({ error: 'Kata pencarian harus berupa teks.' })
    .max(max * 2, { error: 'Kata pencarian terlalu panjang.' })
    .transform((s) => s.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim())
    .pipe(z.string().max(max, { error: 'Kata pencarian terlalu panjang.' }))

/**
 * A stored file name: only the last path part is kept (no "..\\" or "/etc/"), bidi and other control characters
 * are removed (a right-to-left override can make "gpj.exe" read "exe.jpg"), leading dots dropped.
 */
export const namaBerkas = (label = 'Nama berkas') =>
  z
    .string({ error: `${label} wajib diisi.` })
    .transform((s) => s.replace(CONTROL, '').split(/[\\/]/).pop()!.replace(/^[.\s]+/, '').trim())
    .pipe(z.string().min(1, { error: `${label} tidak valid.` }).max(255, { error: `${label} paling banyak 255 karakter.` }))

/**
 * The version of the record the user saw (optimistic lock): a command sent from a stale screen is refused with the
 * usual conflict message instead of overwriting a change made meanwhile (issue 11).
 */
export const versiDilihat = () =>
  z.number({ error: 'Versi data wajib dikirim; muat ulang halaman.' }).int({ error: 'Versi data tidak valid.' }).min(0, { error: 'Versi data tidak valid.' })

export const paging = {
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(5).max(100).default(25),
  sortDesc: z.boolean().default(true),
  q: cariTeks().optional(),
}

export interface Page<T> {
  items: T[]
  /** How many rows the list has, or, with `lebih`, how far it was counted (there are more). */
  total: number
  /** True when counting stopped at `total` and there are more rows (a capped count: "lebih dari 1.000"). */
  lebih?: boolean
}
