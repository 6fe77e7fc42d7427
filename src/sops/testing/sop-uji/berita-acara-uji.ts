import { formatTanggal } from '../../../domain/dates'
import { createDocument, kopSurat, paragraph, title, toBuffer, type DocStyle, type Kop } from '../../../documents/kit'

/** What the test SOP's one document shows. */
export interface BeritaAcaraUjiData {
  kop: Kop
  style: DocStyle
  kasusNomor: string
  pemohon: string
  /** YYYY-MM-DD */
  tanggal: string
  ringkasan: string
}

/** A pure builder, as every document: it receives its data and returns the .docx bytes. */
export function beritaAcaraUjiDocx(data: BeritaAcaraUjiData): Promise<Buffer> {
  return toBuffer(
    createDocument(data.style, [
      {
        children: [
          ...kopSurat(data.kop),
          title('BERITA ACARA UJI'),
          paragraph(`Permohonan ${data.kasusNomor} dari ${data.pemohon}, ${formatTanggal(data.tanggal)}.`),
          paragraph(data.ringkasan),
        ],
      },
    ]),
  )
}
