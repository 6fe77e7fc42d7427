// The office's identity, printed in the kop surat of every document (DOMAIN.md section 6). Editable in Pengaturan.
export const KERTAS = ['A4', 'F4'] as const
export type Kertas = (typeof KERTAS)[number]

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
  logoAttachmentId: null,
}

