// A letter-like sample built from the whole kit, for tests and for looking at the rendered page.
import type { Document } from 'docx'
import { kopSurat, type Kop } from '../kop'
import { signatureColumns, type Signer } from '../signature'
import { createDocument, type DocStyle } from '../style'
import { checkbox, dataTable } from '../tables'
import { blankLines, bodyParagraph, fieldTable, paragraph } from '../text'
import { pngImage } from './png'

export const SAMPLE_KOP: Kop = {
  pemerintah: 'Pemerintah Kota Batam',
  dinas: 'Dinas Komunikasi dan Informatika',
  alamat: 'Jalan Engku Putri Nomor 1, Batam Centre, Batam 29461',
  telepon: '(0778) 462016',
  laman: 'kominfo.batam.go.id',
  email: 'diskominfo@batam.go.id',
}

export const SAMPLE_SIGNER: Signer = {
  nama: 'Dr. Rudi Hartono, S.T., M.Kom.',
  nip: '197304082002121005',
  pangkat: 'Pembina, IV/a',
  jabatan: 'Kepala Bidang Penyelenggaraan e-Government',
  prefix: 'a.n.',
  atasNamaJabatan: 'Kepala Dinas Komunikasi dan Informatika',
}

export const SAMPLE_TABLE_HEADERS = ['No', 'Nama Perangkat', 'Merek/Tipe', 'Nomor Seri', 'Rak/U']

/** A 100 x 120 px shield (blue with a gold rim and a red disc), transparent around it. */
export function sampleLogo(): Buffer {
  return pngImage(100, 120, (x, y) => {
    const half = y < 70 ? 46 : 46 * (1 - (y - 70) / 50)
    const dx = Math.abs(x - 50)
    if (y < 2 || dx > half) return [0, 0, 0, 0]
    if (dx > half - 5 || y < 7) return [212, 160, 23, 255]
    return Math.hypot(x - 50, y - 50) < 20 ? [200, 30, 30, 255] : [20, 80, 160, 255]
  })
}

export function sampleLetter(style: DocStyle, logo: Uint8Array | null): Document {
  return createDocument(style, [
    {
      children: [
        ...kopSurat({ ...SAMPLE_KOP, logo }),
        paragraph('Batam, 24 November 2026', { align: 'right', spacingAfterPt: 12 }),
        fieldTable([
          ['Nomor', '500.12.2/091/KOMINFO-PE/2026'],
          ['Sifat', 'Biasa'],
          ['Lampiran', '1 (satu) berkas'],
          ['Hal', 'Tanggapan atas Permohonan Penarikan Server dari Data Center Pemerintah Kota Batam'],
        ], 15),
        ...blankLines(1),
        paragraph('Yth. Kepala Dinas Kesehatan Kota Batam\ndi -\nTempat', { spacingAfterPt: 12 }),
        bodyParagraph(
          'Menindaklanjuti surat Saudara tentang permohonan penarikan server dari Data Center Pemerintah Kota ' +
            'Batam, bersama ini kami sampaikan hasil pemeriksaan perangkat sebagai berikut:',
        ),
        dataTable(
          SAMPLE_TABLE_HEADERS,
          [
            ['1', 'Server Aplikasi SIMPUS', 'Dell PowerEdge R740', 'CN7XK93', 'R01 / U12-U13'],
            ['2', 'Server Basis Data', 'HPE ProLiant DL380 Gen10', 'SGH123ABC', 'R01 / U14-U15'],
          ],
          [7, 31, 27, 17, 18],
          { sizePt: 10, align: ['center'] },
        ),
        ...blankLines(1),
        bodyParagraph(`Hasil pemeriksaan: ${checkbox(true)} Sesuai    ${checkbox(false)} Tidak sesuai`),
        bodyParagraph('Demikian kami sampaikan. Atas perhatian Saudara diucapkan terima kasih.'),
        signatureColumns(null, SAMPLE_SIGNER),
        ...blankLines(1),
        paragraph('Tembusan:\n1. Kepala Dinas Komunikasi dan Informatika Kota Batam;\n2. Arsip.', { sizePt: 11 }),
      ],
    },
  ])
}
