// Vocabulary of Surat Masuk (DOMAIN.md section 3): stored keys are the words the office uses.
export const SIFAT = ['Biasa', 'Penting', 'Segera', 'Sangat Segera'] as const
export type Sifat = (typeof SIFAT)[number]

export const JENIS_PERMOHONAN = [
  'Penarikan Server',
  'Colocation',
  'Permohonan Server',
  'Hosting Aplikasi',
  'Kenaikan Bandwidth',
  'Jaringan Baru',
  'Lainnya',
] as const
export type JenisPermohonan = (typeof JENIS_PERMOHONAN)[number]

export const LETTER_STATUS = ['aktif', 'dibatalkan'] as const
export type LetterStatus = (typeof LETTER_STATUS)[number]
export const LETTER_STATUS_LABELS: Record<LetterStatus, string> = { aktif: 'Aktif', dibatalkan: 'Dibatalkan' }
/** The Surat Masuk list's Status filter: a letter's status, or Diarsipkan (active, closed as "Cukup diarsipkan"). */
export const LETTER_STATUS_FILTER = ['aktif', 'diarsipkan', 'dibatalkan'] as const
export type LetterStatusFilter = (typeof LETTER_STATUS_FILTER)[number]
export const LETTER_STATUS_FILTER_LABELS: Record<LetterStatusFilter, string> = { ...LETTER_STATUS_LABELS, diarsipkan: 'Diarsipkan' }

/** Attachments: scans of the letter. 20 MB covers a multi-page colour scan at 300 dpi. */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024
export const ATTACHMENT_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
}

/** "21,3 MB": sizes as an Indonesian reader writes them. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1).replace('.', ',')} MB`
}

// One wording for the checks the renderer makes before sending and the core makes on the bytes it receives.
export const attachmentEmptyMessage = (): string => 'Berkas kosong.'
export const attachmentTypeMessage = (fileName: string): string => `Jenis berkas "${fileName}" tidak didukung. Unggah PDF, JPG, atau PNG.`
export const attachmentTooLargeMessage = (bytes: number): string =>
  `Berkas terlalu besar (${formatMegabytes(bytes)}). Batasnya ${ATTACHMENT_MAX_BYTES / 1048576} MB.`

/** Nomor Agenda shown as the office writes it: zero-padded within its year. */
export function formatNomorAgenda(tahun: number, nomor: number): string {
  return `${String(nomor).padStart(4, '0')}/${tahun}`
}

/**
 * The warning for a Tanggal Diterima earlier than that of the letter registered last (issue 10 item 7): letters are
 * registered as they arrive, so an earlier date is often a typo (a wrong month or year). A warning, not a refusal:
 * a letter found late in a pile is registered with the day it really arrived. Null when nothing to say.
 */
export function peringatanTanggalDiterima(tanggalDiterima: string, terakhir: { tahun: number; nomorAgenda: number; tanggalDiterima: string } | null, formatTanggal: (iso: string) => string): string | null {
  if (!terakhir || !tanggalDiterima || tanggalDiterima >= terakhir.tanggalDiterima) return null
  return `Lebih awal dari surat terakhir yang dicatat (${formatNomorAgenda(terakhir.tahun, terakhir.nomorAgenda)}, diterima ${formatTanggal(terakhir.tanggalDiterima)}). Periksa kembali tanggalnya; bila memang benar, surat tetap dapat disimpan.`
}
