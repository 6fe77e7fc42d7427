// Vocabulary of Disposisi (DOMAIN.md section 4).

/** The checkboxes of "Dengan hormat harap" on the Lembar Disposisi, in the sheet's order. */
export const INSTRUKSI = [
  'Tanggapan dan Saran',
  'Proses lebih lanjut',
  'Koordinasi/konfirmasikan',
  'Untuk diketahui',
  'Untuk ditindaklanjuti',
  'Siapkan jawaban',
  'Arsip',
] as const
export type Instruksi = (typeof INSTRUKSI)[number]

/** A recipient's own progress on what was disposed to them. */
export const STATUS_PENERIMA = ['belum_dibaca', 'dibaca', 'ditindaklanjuti', 'selesai'] as const
export type StatusPenerima = (typeof STATUS_PENERIMA)[number]
export const STATUS_PENERIMA_LABELS: Record<StatusPenerima, string> = {
  belum_dibaca: 'Belum dibaca',
  dibaca: 'Dibaca',
  ditindaklanjuti: 'Ditindaklanjuti',
  selesai: 'Selesai',
}

/** A status only moves forward. */
export function canMoveTo(from: StatusPenerima, to: StatusPenerima): boolean {
  return STATUS_PENERIMA.indexOf(to) > STATUS_PENERIMA.indexOf(from)
}

/** Levels of the chain that have their own box on the sheet, by position code. */
export const LEVEL_LEMBAR = [
  { kode: 'kadis', label: 'Catatan Kepala Dinas' },
  { kode: 'kabid-pe', label: 'Catatan Kepala Bidang' },
  { kode: 'kasi-it', label: 'Catatan Kepala Seksi' },
] as const
