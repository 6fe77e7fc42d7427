// Surat Balasan to the OPD (SOP 07 step 6): a surat dinas per Tata Naskah Dinas when the devices asked for do not
// match the inventory or the Berita Acara Kolokasi.
import { Paragraph, type Document, type FileChild } from 'docx'
import {
  blankLines,
  bodyParagraph,
  cmToTwip,
  createDocument,
  dataTable,
  fieldTable,
  kopSurat,
  numberedList,
  paragraph,
  signatureColumns,
  textRuns,
  toBuffer,
  withPrintReadyImages,
} from '../../../documents/kit'
import { closingBlock, dataCenterName, deviceTable, freeTextParagraphs, letterRefText, tempatTanggal } from './shared'
import type { SuratBalasanData } from './types'

const TABLE_PT = 9
const TEMBUSAN_PT = 11

/** "Tempat" sits indented under "di -", as addresses are set. */
function tempat(): Paragraph {
  return new Paragraph({ children: textRuns('Tempat'), indent: { left: cmToTwip(1) }, spacing: { after: 240 } })
}

/** Items ending in ";" and the last in ".", whatever the user typed. */
function tembusanItems(items: readonly string[]): string[] {
  const clean = items.map((t) => t.trim().replace(/[;.,]+$/, '')).filter(Boolean)
  return clean.map((t, i) => `${t}${i === clean.length - 1 ? '.' : ';'}`)
}

function perangkatSection(data: SuratBalasanData): FileChild[] {
  const out: FileChild[] = []
  if (data.perangkat.length) {
    out.push(
      paragraph('Perangkat yang diperiksa:', { keepNext: true, spacingAfterPt: 4 }),
      deviceTable(data.perangkat, [['no', 5], ['nama', 19], ['merekTipe', 17], ['nomorSeri', 16], ['kodeBarang', 21], ['keterangan', 22]], TABLE_PT),
      ...blankLines(1),
    )
  }
  if (data.tidakTerdaftar.length) {
    out.push(
      paragraph('Perangkat yang tidak terdaftar dalam data inventaris Data Center:', { keepNext: true, spacingAfterPt: 4 }),
      dataTable(
        ['No', 'Nama Perangkat', 'Keterangan'],
        data.tidakTerdaftar.map((d, i) => [String(i + 1), d.nama, d.keterangan]),
        [6, 40, 54],
        { sizePt: TABLE_PT, align: ['center'] },
      ),
      ...blankLines(1),
    )
  }
  return out
}

export function suratBalasanDocument(data: SuratBalasanData): Document {
  const ref = data.suratPermohonan
  const tembusan = tembusanItems(data.tembusan)
  return createDocument(data.style, [
    {
      children: [
        ...kopSurat(data.kop),
        paragraph(tempatTanggal(data.kota, data.tanggal), { align: 'right', spacingAfterPt: 12 }),
        fieldTable(
          [
            ['Nomor', data.nomor],
            ['Sifat', data.sifat],
            ['Lampiran', data.lampiran.trim() || '-'],
            ['Hal', data.hal],
          ],
          15,
        ),
        ...blankLines(1),
        paragraph(`Yth. ${data.kepada}`),
        paragraph('di -'),
        tempat(),
        bodyParagraph(
          `Menindaklanjuti Surat Saudara ${letterRefText(ref)}, bersama ini kami sampaikan bahwa Tim Data Center telah ` +
            `memeriksa daftar perangkat yang diajukan untuk ditarik dari ${dataCenterName(data.kop.pemerintah)} ` +
            'terhadap data inventaris dan Berita Acara Kolokasi. Hasil pemeriksaan tersebut sebagai berikut:',
        ),
        ...freeTextParagraphs(data.temuan, bodyParagraph),
        ...perangkatSection(data),
        // One block with the closingBlock, so neither the signature nor the Tembusan lands alone on a page.
        closingBlock('Demikian disampaikan, atas perhatian Saudara diucapkan terima kasih.', [
          signatureColumns(null, data.penandatangan),
          ...(tembusan.length
            ? [paragraph(''), paragraph('Tembusan:', { sizePt: TEMBUSAN_PT }), ...numberedList(tembusan, { sizePt: TEMBUSAN_PT, indentCm: 0.6 })]
            : []),
        ]),
      ],
    },
  ])
}

export async function suratBalasanDocx(data: SuratBalasanData): Promise<Buffer> {
  return toBuffer(suratBalasanDocument(await withPrintReadyImages(data)))
}
