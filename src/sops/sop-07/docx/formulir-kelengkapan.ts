// Formulir Kelengkapan Penarikan Perangkat (SOP 07 step 7): the devices on file, printed for the OPD to confirm, with
// blanks the OPD fills in by hand and signs.
//
// Landscape: the device table has nine columns, and serial and asset numbers (e.g. "1.3.2.10.02.01.001 / 0003") do
// not fit whole in portrait columns at a legible size; the OPD also needs room to write in Sesuai and Keterangan.
import type { Document } from 'docx'
import { formatTanggal } from '../../../domain/dates'
import {
  blankLines,
  bottomAlignedColumns,
  checkbox,
  createDocument,
  fieldTable,
  keptTogether,
  kopSurat,
  layoutGrid,
  paragraph,
  title,
  toBuffer,
  withPrintReadyImages,
} from '../../../documents/kit'
import { dataCenterName, deviceTable, dots, kepalaOpd, sectionHeading } from './shared'
import type { FormulirData } from './types'

const TABLE_PT = 9
const NOTE_PT = 10
const LABEL_PERCENT = 22
/** Dots for a value written by hand: they fill the value column of a field row on A4 and F4 without wrapping. */
const FILL = dots(90)

function signatureBlank(lines: readonly string[]) {
  return [
    ...lines.map((text) => paragraph(text, { align: 'center', keepNext: true })),
    ...Array.from({ length: 4 }, () => paragraph('', { keepNext: true })),
    paragraph('(.................................)', { align: 'center', keepNext: true }),
    paragraph('NIP. ......................', { align: 'center' }),
  ]
}

function declaration(text: string) {
  return layoutGrid([3, 97], [[[paragraph(checkbox(false))], [paragraph(text, { align: 'justify', spacingAfterPt: 4 })]]])
}

export function formulirKelengkapanDocument(data: FormulirData): Document {
  const ref = data.suratPermohonan
  return createDocument(data.style, [
    {
      orientation: 'landscape',
      children: [
        ...kopSurat(data.kop),
        title('FORMULIR KELENGKAPAN PENARIKAN PERANGKAT DARI DATA CENTER', { spacingAfterPt: 12 }),
        fieldTable(
          [
            ['No. Permohonan', data.kasusNomor],
            ['OPD Pemohon', data.opd],
            ['Surat Permohonan', `Nomor ${ref.nomor} tanggal ${formatTanggal(ref.tanggal)}`],
            ['Hal', ref.hal],
            ['Tanggal Formulir', formatTanggal(data.tanggal)],
          ],
          LABEL_PERCENT,
        ),
        ...blankLines(1),

        sectionHeading('A. Data Pemohon'),
        paragraph('(diisi oleh OPD Pemohon)', { sizePt: NOTE_PT, keepNext: true, spacingAfterPt: 4 }),
        fieldTable(
          [
            ['Nama Penanggung Jawab', FILL],
            ['NIP/No. Identitas', FILL],
            ['Jabatan', FILL],
            ['Telepon/HP', FILL],
            ['Tanggal rencana penarikan', FILL],
          ],
          LABEL_PERCENT,
        ),
        ...blankLines(1),

        sectionHeading('B. Data Perangkat yang Akan Ditarik'),
        paragraph(
          `Sesuai data inventaris ${dataCenterName(data.kop.pemerintah)}. Pemohon memberi tanda ✓ pada kolom Sesuai dan ` +
            'menuliskan perbedaannya pada kolom Keterangan bila ada.',
          { sizePt: NOTE_PT, align: 'justify', keepNext: true, spacingAfterPt: 4 },
        ),
        deviceTable(
          data.perangkat,
          [['no', 3], ['nama', 12], ['merekTipe', 12], ['nomorSeri', 11], ['kodeBarang', 13], ['rakU', 10], ['hostnameIp', 12]],
          TABLE_PT,
          [
            { header: 'Sesuai?', widthPercent: 8, value: () => `${checkbox(false)} Ya\n${checkbox(false)} Tidak` },
            { header: 'Keterangan', widthPercent: 19, value: () => '' },
          ],
        ),
        ...blankLines(1),

        // The declaration and the signatures under it stay on one page.
        keptTogether([
          sectionHeading('C. Pernyataan Pemohon'),
          paragraph('Dengan ini Pemohon menyatakan bahwa (beri tanda ✓):', { spacingAfterPt: 4 }),
          declaration('Data pada server/perangkat tersebut telah dicadangkan (backup) oleh OPD Pemohon.'),
          declaration('OPD Pemohon bertanggung jawab sepenuhnya atas perangkat tersebut setelah ditarik dari Data Center.'),
          ...blankLines(1),
          bottomAlignedColumns([
            signatureBlank(['Pemohon,', kepalaOpd(data.opd)]),
            signatureBlank([`${data.kota}, ${dots(28)}`, 'Petugas Data Center,']),
          ]),
        ]),
      ],
    },
  ])
}

export async function formulirKelengkapanDocx(data: FormulirData): Promise<Buffer> {
  return toBuffer(formulirKelengkapanDocument(await withPrintReadyImages(data)))
}
