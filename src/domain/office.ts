// The office's identity, printed in the kop surat of every document (DOMAIN.md section 6). Editable in Pengaturan.
export const KERTAS = ['A4', 'F4'] as const
export type Kertas = (typeof KERTAS)[number]

/**
 * How the Buku Agenda workbook (.xlsx) prints. Landscape by default: its nine columns (two of them long texts, Nomor
 * Surat and Hal) fit an A4 or F4 landscape page at 10 pt, while in portrait they wrap into tall narrow rows.
 */
export const ORIENTASI = ['landscape', 'portrait'] as const
export type Orientasi = (typeof ORIENTASI)[number]

export const FONTS = ['Arial', 'Times New Roman', 'Bookman Old Style', 'Tahoma', 'Calibri'] as const
export type Font = (typeof FONTS)[number]

export interface OfficeIdentity {
  pemerintah: string
  dinas: string
  alamat: string
  telepon: string
  laman: string
  email: string
  /** Place name in "Batam, 24 November 2026". */
  kota: string
  kertas: Kertas
  font: Font
  ukuranFont: number
  /** Page orientation of the Buku Agenda .xlsx (the .docx register is always landscape). */
  orientasiBukuAgenda: Orientasi
  /** Attachment id of the uploaded logo (PNG/JPG), or null for the default logo. */
  logoAttachmentId: number | null
}

/** Pre-filled in the setup wizard; the office confirms or corrects them there. */
export const DEFAULT_OFFICE: OfficeIdentity = {
  pemerintah: 'PEMERINTAH KOTA BATAM',
  dinas: 'DINAS KOMUNIKASI DAN INFORMATIKA',
  alamat: 'Gedung Pemerintah Kota Batam, Jalan Engku Putri Nomor 1, Batam Centre, Batam 29461',
  telepon: '(0778) 462072',
  laman: 'kominfo.batam.go.id',
  email: 'kominfo@batam.go.id',
  kota: 'Batam',
  kertas: 'A4',
  font: 'Arial',
  ukuranFont: 12,
  orientasiBukuAgenda: 'landscape',
  logoAttachmentId: null,
}


/**
 * The office's name under a workbook's title: the Dinas and the region without "PEMERINTAH", as typed in the settings
 * (e.g. "DINAS KOMUNIKASI DAN INFORMATIKA KOTA BATAM").
 */
export function namaKantor(office: Pick<OfficeIdentity, 'dinas' | 'pemerintah'>): string {
  return `${office.dinas} ${office.pemerintah.replace(/^PEMERINTAH\s+/i, '')}`
}
