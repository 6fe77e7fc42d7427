import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES, attachmentEmptyMessage, attachmentTooLargeMessage, attachmentTypeMessage } from '@core/domain/letters'

/** What the file input accepts (the server checks the bytes again). */
export const ATTACHMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png'

/**
 * Checks a picked file before it is sent, with the words the core uses too (domain/letters.ts), so the user sees
 * one message whichever side catches it. Returns null when the file may be sent.
 */
export function checkAttachment(file: { name: string; type: string; size: number }): string | null {
  if (file.size === 0) return attachmentEmptyMessage()
  if (!ATTACHMENT_TYPES[file.type]) return attachmentTypeMessage(file.name)
  if (file.size > ATTACHMENT_MAX_BYTES) return attachmentTooLargeMessage(file.size)
  return null
}

export function attachmentIcon(mimeType: string): string {
  return mimeType === 'application/pdf' ? 'mdi-file-pdf-box' : 'mdi-file-image-outline'
}
