// Files as bytes at every layer: an upload reaches the core as a Uint8Array (IPC structured clone, or a raw HTTP
// body), and a file the core builds or keeps leaves it as one (ARCHITECTURE.md: bytes stay where they are made).
import { z } from 'zod'
import type { OperationName } from './index'

/**
 * Largest upload either transport carries, in bytes (50 MB): a multi-page scan with room. Rules per kind of file
 * (e.g. a letter's attachment at most 20 MB, an inventory import at most 10 MB) are the core's and come after this.
 */
export const UPLOAD_MAX_BYTES = 50 * 1024 * 1024

/** Shown beside the file field when an upload is over UPLOAD_MAX_BYTES. */
export const UPLOAD_TOO_LARGE_MESSAGE = `Berkas terlalu besar untuk dikirim (maksimal ${UPLOAD_MAX_BYTES / 1048576} MB).`

/**
 * The bytes of an uploaded file (a Uint8Array; a Node Buffer is one too). Empty gets `emptyMessage`, over
 * UPLOAD_MAX_BYTES gets UPLOAD_TOO_LARGE_MESSAGE; anything else (e.g. a base64 string) is refused.
 */
export const fileBytes = (emptyMessage = 'Berkas kosong.') =>
  z
    // Typed Uint8Array (any backing buffer) so a Node Buffer fits as well.
    .custom<Uint8Array>((v) => v instanceof Uint8Array, { error: 'Isi berkas tidak terbaca; pilih berkasnya lagi.' })
    .refine((b) => b.length > 0, { error: emptyMessage })
    .refine((b) => b.length <= UPLOAD_MAX_BYTES, { error: UPLOAD_TOO_LARGE_MESSAGE })

/** A file the core built (a document, an export) or keeps (an attachment), ready to save, download or show. */
export interface FileBytes {
  /** Suggested name, e.g. "Lembar-Disposisi-0012-2026.docx". */
  fileName: string
  /** Media type, e.g. application/pdf. */
  mimeType: string
  bytes: Uint8Array
}

/**
 * Operations that answer with one FileBytes: the ones the desktop saves straight from the main process
 * (shell.saveDocument) and the browser receives as a binary download.
 */
export const DOCUMENT_OPERATIONS = [
  'documents.lembarDisposisi',
  'documents.bukuAgenda',
  'documents.rekapDisposisi',
  'documents.rekapPermohonan',
  'kasus.document',
  'devices.export',
  'devices.rekapDocx',
  'attachments.content',
] as const satisfies readonly OperationName[]

export type DocumentOperationName = (typeof DOCUMENT_OPERATIONS)[number]

export function isDocumentOperation(name: unknown): name is DocumentOperationName {
  return (DOCUMENT_OPERATIONS as readonly unknown[]).includes(name)
}

/** True for a value shaped like FileBytes (how the HTTP server knows to answer with the bytes themselves). */
export function isFileBytes(value: unknown): value is FileBytes {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Partial<FileBytes>
  return typeof v.fileName === 'string' && typeof v.mimeType === 'string' && v.bytes instanceof Uint8Array
}
