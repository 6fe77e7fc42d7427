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

/**
 * The levels of the disposition chain (DOMAIN.md section 4; SOP 07 steps 2-4: the Kepala Dinas disposes to the Kepala
 * Bidang, who disposes to the Kepala Seksi, who appoints the Tim Data Center), by role key. Anyone else who receives
 * dispositions (staff, a post outside the chain) is TINGKAT_STAF.
 */
export const TINGKAT_PERAN: Readonly<Record<string, number>> = { kadis: 0, kabid: 1, kasi: 2, timdc: 3 }
export const TINGKAT_STAF = 4

/**
 * A person's level in the chain: from the role of the post they hold (`peranJabatan`, the post's own `peran`), else
 * the highest of their account's `roles`, else TINGKAT_STAF.
 */
export function tingkatOf(peranJabatan: string | null, roles: readonly string[]): number {
  const fromPost = peranJabatan === null ? undefined : TINGKAT_PERAN[peranJabatan]
  if (fromPost !== undefined) return fromPost
  return Math.min(TINGKAT_STAF, ...roles.map((r) => TINGKAT_PERAN[r] ?? TINGKAT_STAF))
}

/** ASCII case folded (like SQLite's NOCASE, which the list's order followed before). */
const fold = (t: string) => t.replace(/[A-Z]/g, (c) => c.toLowerCase())

/**
 * Recipients in the order a disposer at level `dari` reads them (-1 for one without a level, e.g. the Sekretariat:
 * then the whole chain from the top): the levels below the disposer, the next one first (the Kepala Dinas sees the
 * Kepala Bidang first), then the disposer's own level and those above, nearest first. In a level, holders of a post
 * first, then by name ignoring case, then by id. Returns a new array.
 */
export function urutanPenerima<T extends { pegawaiId: number; nama: string; jabatanKode: string | null; tingkat: number }>(list: readonly T[], dari: number): T[] {
  const key = (p: T) => (p.tingkat > dari ? p.tingkat - dari : 100 + dari - p.tingkat)
  return [...list].sort(
    (a, b) =>
      key(a) - key(b) ||
      Number(a.jabatanKode === null) - Number(b.jabatanKode === null) ||
      (fold(a.nama) < fold(b.nama) ? -1 : fold(a.nama) > fold(b.nama) ? 1 : a.pegawaiId - b.pegawaiId),
  )
}
