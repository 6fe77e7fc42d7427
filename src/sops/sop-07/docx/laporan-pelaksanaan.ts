// Laporan Pelaksanaan (SOP 07 step 10): what the Tim Data Center did, step by step, the devices withdrawn and the
// photos; checked by the Kasi (step 11) and passed up to the Kabid and Kadis.
import type { Document } from 'docx'
import { formatTanggal } from '../../../domain/dates'
import {
  blankLines,
  bodyParagraph,
  createDocument,
  dataTable,
  fieldTable,
  kopSurat,
  numberedList,
  paragraph,
  signatureRow,
  title,
  toBuffer,
  withPrintReadyImages,
  type SignatureCell,
} from '../../../documents/kit'
import { closingBlock, deviceTable, freeTextParagraphs, lampiranDokumentasi, letterRefText, sectionHeading, tempatTanggal } from './shared'
import type { LaporanData } from './types'

const TABLE_PT = 9
const DEVICE_PT = 8

export const LAPORAN_TITLE = 'LAPORAN PELAKSANAAN PENARIKAN SERVER DARI DATA CENTER'

export function laporanPelaksanaanDocument(data: LaporanData): Document {
  const ref = data.suratPermohonan
  const signatures: (SignatureCell | null)[] = [
    data.mengetahui ? { signer: data.mengetahui, above: ['Mengetahui,'] } : null,
    { signer: data.penyusun, above: [tempatTanggal(data.kota, data.tanggal), 'Yang melaporkan,'] },
  ]
  const lampiran = lampiranDokumentasi(data.foto, 'Laporan Pelaksanaan Penarikan Server dari Data Center', data.nomor, data.tanggal)
  return createDocument(data.style, [
    {
      children: [
        ...kopSurat(data.kop),
        title(LAPORAN_TITLE, { spacingAfterPt: 0 }),
        paragraph(`Nomor : ${data.nomor}`, { align: 'center', spacingAfterPt: 18 }),
        fieldTable(
          [
            ['No. Permohonan', data.kasusNomor],
            ['OPD Pemohon', data.opd],
            ['Surat Permohonan', letterRefText(ref)],
          ],
          25,
        ),
        ...blankLines(1),

        sectionHeading('A. Dasar'),
        ...numberedList(
          [
            `Surat ${data.opd} ${letterRefText(ref)};`,
            `Standar Operasional Prosedur Nomor ${data.sop.nomor} tentang ${data.sop.nama}.`,
          ],
          { align: 'justify', spacingAfterPt: 2 },
        ),
        ...blankLines(1),

        sectionHeading('B. Pelaksanaan'),
        dataTable(
          ['No', 'Tahapan', 'Tanggal', 'Pelaksana', 'Uraian'],
          data.langkah.map((l) => [String(l.no), l.nama, formatTanggal(l.tanggal), l.oleh, l.uraian]),
          [6, 22, 15, 20, 37],
          { sizePt: TABLE_PT, align: ['center'], emptyText: 'Belum ada tahapan yang tercatat.' },
        ),
        ...blankLines(1),

        sectionHeading('C. Perangkat yang Ditarik'),
        deviceTable(
          data.perangkat,
          [['no', 5], ['nama', 15], ['merekTipe', 15], ['nomorSeri', 15], ['kodeBarang', 18], ['rakU', 14], ['hostnameIp', 18]],
          DEVICE_PT,
        ),
        ...blankLines(1),

        sectionHeading('D. Kesimpulan'),
        ...freeTextParagraphs(data.ringkasan, bodyParagraph),
        closingBlock('Demikian laporan ini dibuat untuk dipergunakan sebagaimana mestinya.', [signatureRow(signatures)]),
      ],
    },
    ...(lampiran.length ? [{ children: lampiran }] : []),
  ])
}

export async function laporanPelaksanaanDocx(data: LaporanData): Promise<Buffer> {
  return toBuffer(laporanPelaksanaanDocument(await withPrintReadyImages(data)))
}
