// Berita Acara Penarikan Perangkat Server (SOP 07 step 8): the Data Center (PIHAK PERTAMA) hands the devices over to
// the OPD (PIHAK KEDUA), which withdraws them.
//
// Layout: the opening, parties and references on a portrait page; the ten-column device table, the closing and the
// signatures on landscape pages, where serial and asset numbers print whole at a legible size (on a portrait page
// the columns are too narrow for them); the photos on portrait pages again.
import type { Document, FileChild, Paragraph } from 'docx'
import { formatTanggal } from '../../../domain/dates'
import { formatNip } from '../../../domain/nip'
import { jumlahDenganTerbilang } from '../../../domain/terbilang'
import {
  blankLines,
  bodyParagraph,
  createDocument,
  fieldTable,
  kopSurat,
  layoutGrid,
  mengetahuiBlock,
  numberedList,
  paragraph,
  signatureRow,
  tanggalTerbilang,
  title,
  toBuffer,
  withPrintReadyImages,
} from '../../../documents/kit'
import { closingBlock, dataCenterName, deviceTable, lampiranDokumentasi, letterRefText, partySigner, richParagraph } from './shared'
import type { BeritaAcaraData, Party } from './types'

/** The ten-column device table: 8.5 pt keeps a row to two lines, 15 or more devices to a landscape page. */
const TABLE_PT = 8.5

export function beritaAcaraTitle(pemerintah: string): string {
  return `BERITA ACARA PENARIKAN PERANGKAT SERVER DARI ${dataCenterName(pemerintah).toUpperCase()}`
}

/** "1." then Nama, NIP, Jabatan, Instansi and "selanjutnya disebut PIHAK PERTAMA." indented beside it. */
function partyBlock(n: number, party: Party, sebutan: string): FileChild {
  return layoutGrid(
    [5, 95],
    [
      [
        [paragraph(`${n}.`)],
        [
          fieldTable(
            [
              ['Nama', party.nama],
              ['NIP', party.nip?.trim() ? formatNip(party.nip) : '-'],
              ['Jabatan', party.jabatan],
              ['Instansi', party.instansi],
            ],
            18,
          ),
          richParagraph(['selanjutnya disebut ', [sebutan, { bold: true }], '.'], 'left', 8),
        ],
      ],
    ],
  )
}

/** BA Kolokasi listed once each, numbered when there are several; "-" when there is none. */
function baKolokasi(list: BeritaAcaraData['baKolokasi']): Paragraph[] {
  const lines = [
    ...new Set(
      list.filter((ba) => ba.nomor.trim()).map((ba) => `Nomor ${ba.nomor.trim()}${ba.tanggal ? ` tanggal ${formatTanggal(ba.tanggal)}` : ''}`),
    ),
  ]
  if (lines.length > 1) return numberedList(lines, { indentCm: 0.6 })
  return [paragraph(lines[0] ?? '-')]
}

/** "Surat Permohonan : ..." and "Berita Acara Kolokasi : ..." as label-colon-value rows. */
function references(data: BeritaAcaraData): FileChild {
  const row = (label: string, value: Paragraph[]) => [[paragraph(label)], [paragraph(':')], value]
  return layoutGrid(
    [30, 3, 67],
    [row('Surat Permohonan', [paragraph(letterRefText(data.suratPermohonan))]), row('Berita Acara Kolokasi', baKolokasi(data.baKolokasi))],
  )
}

/** Copies of a BA, one for each party, unless the case says otherwise. */
export const RANGKAP_BAWAAN = 2

/** "09:30" as the office writes a time: "09.30 WIB". */
function pukul(jam: string): string {
  return `${jam.replace(':', '.')} WIB`
}

/**
 * "Pada hari ini Selasa tanggal ... (24-11-2026) pukul 09.30 WIB, bertempat di ..., kami yang bertanda tangan di
 * bawah ini:" The time is the one recorded at SOP step 8 when the withdrawal took place on the BA's date; a
 * withdrawal on another day is stated after the references instead (`penarikanLain`).
 */
function openingSentence(data: BeritaAcaraData): string {
  const sameDay = data.penarikan?.tanggal === data.tanggal
  return `Pada hari ini ${tanggalTerbilang(data.tanggal)}${sameDay ? ` pukul ${pukul(data.penarikan!.jam)}` : ''}, bertempat di ${data.tempat}, kami yang bertanda tangan di bawah ini:`
}

function penarikanLain(data: BeritaAcaraData): Paragraph[] {
  if (!data.penarikan || data.penarikan.tanggal === data.tanggal) return []
  return [bodyParagraph(`Penarikan fisik perangkat dilaksanakan pada ${formatTanggal(data.penarikan.tanggal)} pukul ${pukul(data.penarikan.jam)}.`)]
}

export function beritaAcaraPenarikanDocument(data: BeritaAcaraData): Document {
  const dc = dataCenterName(data.kop.pemerintah)
  const rangkap = data.rangkap ?? RANGKAP_BAWAAN
  const opening = [
    ...kopSurat(data.kop),
    title(beritaAcaraTitle(data.kop.pemerintah), { spacingAfterPt: 0 }),
    paragraph(`Nomor : ${data.nomor}`, { align: 'center', spacingAfterPt: 18 }),
    bodyParagraph(openingSentence(data)),
    partyBlock(1, data.pihakPertama, 'PIHAK PERTAMA'),
    partyBlock(2, data.pihakKedua, 'PIHAK KEDUA'),
    bodyParagraph('Penarikan perangkat ini dilaksanakan berdasarkan:'),
    references(data),
    ...penarikanLain(data),
    // The handover sentence closes page 1; the list it announces fills the landscape pages after it.
    richParagraph([
      ['PIHAK PERTAMA', { bold: true }],
      ' menyerahkan kepada ',
      ['PIHAK KEDUA', { bold: true }],
      ', dan ',
      ['PIHAK KEDUA', { bold: true }],
      ` menerima serta menarik dari ${dc} perangkat milik ${data.pihakKedua.instansi} sebanyak ${jumlahDenganTerbilang(data.perangkat.length, 'unit')} dengan rincian sebagaimana tercantum dalam daftar berikut.`,
    ]),
  ]
  const handover = [
    paragraph('DAFTAR PERANGKAT YANG DITARIK', { bold: true, align: 'center', keepNext: true, spacingAfterPt: 4 }),
    deviceTable(
      data.perangkat,
      [['no', 3], ['nama', 12], ['merekTipe', 12], ['nomorSeri', 10], ['kodeBarang', 12], ['spesifikasi', 15], ['rakU', 9], ['hostnameIp', 13], ['kondisi', 6], ['keterangan', 8]],
      TABLE_PT,
    ),
    ...blankLines(1),
    closingBlock(`Demikian Berita Acara ini dibuat dengan sebenar-benarnya dalam rangkap ${jumlahDenganTerbilang(rangkap, '')} yang masing-masing mempunyai kekuatan hukum yang sama, untuk dipergunakan sebagaimana mestinya.`, [
      signatureRow([
        { signer: partySigner(data.pihakKedua), heading: 'PIHAK KEDUA' },
        { signer: partySigner(data.pihakPertama), heading: 'PIHAK PERTAMA' },
      ]),
      ...(data.mengetahui ? [...blankLines(1), ...mengetahuiBlock(data.mengetahui)] : []),
    ]),
  ]
  const lampiran = lampiranDokumentasi(data.foto, 'Berita Acara Penarikan Perangkat Server dari Data Center', data.nomor, data.tanggal)
  return createDocument(data.style, [
    { children: opening },
    { orientation: 'landscape', children: handover },
    ...(lampiran.length ? [{ children: lampiran }] : []),
  ])
}

export async function beritaAcaraPenarikanDocx(data: BeritaAcaraData): Promise<Buffer> {
  return toBuffer(beritaAcaraPenarikanDocument(await withPrintReadyImages(data)))
}
