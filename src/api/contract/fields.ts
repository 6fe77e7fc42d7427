import { z } from 'zod'
import { isIsoDate } from '../../domain/dates'

// Field builders with the Indonesian messages the user reads next to the field.

/** Required text, trimmed. */
export const wajib = (label: string, max: number) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .min(1, { error: `${label} wajib diisi.` })
    .max(max, { error: `${label} paling banyak ${max} karakter.` })

/** Optional text, trimmed, empty allowed. */
export const opsional = (label: string, max: number) =>
  z
    .string({ error: `${label} harus berupa teks.` })
    .trim()
    .max(max, { error: `${label} paling banyak ${max} karakter.` })
    .default('')

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

export const paging = {
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(5).max(100).default(25),
  sortDesc: z.boolean().default(true),
  q: z.string().trim().max(200, { error: 'Kata pencarian terlalu panjang.' }).optional(),
}

export interface Page<T> {
  items: T[]
  total: number
}
