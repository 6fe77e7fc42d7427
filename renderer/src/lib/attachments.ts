import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES } from '@core/domain/letters'

/** What the file input accepts (the server checks the bytes again). */
export const ATTACHMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png'

/**
 * Checks a picked file before it is sent, with the same words the server uses (services/attachments.ts), so the
 * user sees one message whichever side catches it. Returns null when the file may be sent.
 */
export function checkAttachment(file: { name: string; type: string; size: number }): string | null {
  if (file.size === 0) return 'Berkas kosong.'
  if (!ATTACHMENT_TYPES[file.type]) return `Jenis berkas "${file.name}" tidak didukung. Unggah PDF, JPG, atau PNG.`
  if (file.size > ATTACHMENT_MAX_BYTES) {
    return `Berkas terlalu besar (${(file.size / 1048576).toFixed(1)} MB). Batasnya ${ATTACHMENT_MAX_BYTES / 1048576} MB.`
  }
  return null
}

export function attachmentIcon(mimeType: string): string {
  return mimeType === 'application/pdf' ? 'mdi-file-pdf-box' : 'mdi-file-image-outline'
}
