import { Packer, type Document } from 'docx'

/** The .docx file's bytes. */
export function toBuffer(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc)
}
