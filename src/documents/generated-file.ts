import type { GeneratedFile } from '../contract/documents'

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Wraps built bytes for the API (as they are: no copy, no base64). */
export function generated(fileName: string, mimeType: string, bytes: Buffer | Uint8Array): GeneratedFile {
  return { fileName, mimeType, bytes }
}
