import type { OfficeInput } from '@core/contract/settings'
import { DEFAULT_OFFICE, type Font, type Kertas, type OfficeIdentity, type Orientasi } from '@core/domain/office'

/** What the office identity form holds while the Admin types (the kop surat and the document layout). */
export interface OfficeValues {
  pemerintah: string
  dinas: string
  alamat: string
  telepon: string
  laman: string
  email: string
  kota: string
  kertas: Kertas
  font: Font
  ukuranFont: number
  orientasiBukuAgenda: Orientasi
}

/** The logo as the form holds it: what the kop shows now, and what to send. */
export interface LogoValue {
  /** A blob: (or data:) URL to show, or null for no logo. */
  preview: string | null
  /** A newly chosen file, not yet stored: its bytes go to the core as they are. */
  baru: { fileName: string; bytes: Uint8Array } | null
  /** Take the stored logo off the kop. */
  hapus: boolean
}

export const OFFICE_KEYS = ['pemerintah', 'dinas', 'alamat', 'telepon', 'laman', 'email', 'kota', 'kertas', 'font', 'ukuranFont', 'orientasiBukuAgenda'] as const

export function officeValues(o: OfficeIdentity = DEFAULT_OFFICE): OfficeValues {
  const { pemerintah, dinas, alamat, telepon, laman, email, kota, kertas, font, ukuranFont, orientasiBukuAgenda } = o
  return { pemerintah, dinas, alamat, telepon, laman, email, kota, kertas, font, ukuranFont, orientasiBukuAgenda }
}

export function officeInput(v: OfficeValues): OfficeInput {
  return { ...v, ukuranFont: Number(v.ukuranFont) }
}

export const ORIENTASI_LABELS: Record<Orientasi, string> = { landscape: 'Lanskap (mendatar)', portrait: 'Potret (tegak)' }

export const KERTAS_LABELS: Record<Kertas, string> = { A4: '210 × 297 mm', F4: '215 × 330 mm' }

/** 10 to 14 pt, as the contract allows. */
export const UKURAN_FONT = [10, 11, 12, 13, 14] as const

export const LOGO_MAX_BYTES = 2 * 1024 * 1024
