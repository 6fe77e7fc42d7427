// Rekap Inventaris Perangkat Data Center (.docx): kop, title, the device table on landscape pages, the count per
// status, and the signatures (Kepala Seksi Infrastruktur dan Teknologi; "Mengetahui," the Kepala Bidang).
import type { Document } from 'docx'
import type { DeviceDetail } from '../contract/inventory'
import { formatTanggal } from '../domain/dates'
import { JENIS_PERANGKAT_LABELS, posisiSingkat, STATUS_PERANGKAT } from '../domain/inventory'
import {
  blankLines,
  createDocument,
  dataTable,
  keptTogether,
  kopSurat,
  paragraph,
  signatureRow,
  title,
  toBuffer,
  withPrintReadyImages,
  type Signer,
} from './kit'
import type { OfficeKit } from './office-kit'

export const REKAP_TITLE = 'REKAP INVENTARIS PERANGKAT DATA CENTER'

export interface RekapData {
  /** Kop and page style from Settings. */
  kit: OfficeKit
  /** Date of the rekap (ISO). */
  tanggal: string
  /** The OPD the rekap is for, or null for all. */
  opd: { nama: string } | null
  devices: readonly DeviceDetail[]
  /** Signs the rekap (Kepala Seksi Infrastruktur dan Teknologi). */
  pembuat: Signer
  /** Acknowledges it (Kepala Bidang). */
  mengetahui: Signer
}

/** "R01 U10-U11 depan"; for a withdrawn device where it stood, in the same short form; "-" when it is not in a rack. */
export function rakU(d: DeviceDetail): string {
  if (d.rakNama && d.uBawah !== null) return posisiSingkat(d.posisi)
  if (d.status === 'Ditarik' && d.posisiTerakhir) return posisiSingkat(d.posisiTerakhir)
  return '-'
}

function merekTipe(d: DeviceDetail): string {
  return [d.merek, d.tipe].filter(Boolean).join(' ') || '-'
}

/** "12 perangkat: Aktif 10, Nonaktif 2." */
export function ringkasan(devices: readonly DeviceDetail[]): string {
  const parts = STATUS_PERANGKAT.map((s) => [s, devices.filter((d) => d.status === s).length] as const).filter(([, n]) => n > 0)
  return `Jumlah: ${devices.length} perangkat${parts.length ? ` (${parts.map(([s, n]) => `${s} ${n}`).join(', ')})` : ''}.`
}

export function rekapInventarisDocument(data: RekapData): Document {
  const perOpd = data.opd !== null
  const headers = ['No', 'Nama Perangkat', ...(perOpd ? [] : ['OPD']), 'Jenis', 'Merek/Tipe', 'Nomor Seri', 'Kode Barang/NUP', 'Rak/U', 'IP', 'Status']
  const widths = perOpd ? [4, 17, 8, 16, 13, 13, 12, 10, 7] : [4, 13, 11, 7, 14, 11, 12, 11, 10, 7]
  const rows = data.devices.map((d, i) => [
    String(i + 1),
    d.nama,
    ...(perOpd ? [] : [d.opdSingkatan || d.opdNama]),
    JENIS_PERANGKAT_LABELS[d.jenis] ?? d.jenis,
    merekTipe(d),
    d.nomorSeri || '-',
    d.kodeBarang || '-',
    rakU(d),
    d.ip.join('\n') || '-',
    d.status,
  ])
  const tanggal = formatTanggal(data.tanggal)
  return createDocument(data.kit.style, [
    {
      orientation: 'landscape',
      children: [
        ...kopSurat(data.kit.kop),
        title(REKAP_TITLE),
        paragraph(perOpd ? `OPD: ${data.opd!.nama}` : 'Seluruh OPD', { align: 'center', bold: true }),
        paragraph(`Keadaan per ${tanggal}`, { align: 'center', spacingAfterPt: 12 }),
        dataTable(headers, rows, widths, { sizePt: 9, align: ['center'], emptyText: 'Tidak ada perangkat yang tercatat.' }),
        paragraph('', { sizePt: 6 }),
        // The count and the signatures move to a new page together, never apart. "Mengetahui," and the Kepala Bidang
        // on the left, the Kepala Seksi who made the rekap on the right, side by side so the block stays short.
        keptTogether([
          paragraph(ringkasan(data.devices), { sizePt: 10 }),
          ...blankLines(1),
          signatureRow([
            { signer: data.mengetahui, above: ['Mengetahui,'] },
            { signer: data.pembuat, above: [`${data.kit.office.kota}, ${tanggal}`] },
          ]),
        ]),
      ],
    },
  ])
}

/** The rekap as .docx bytes, its kop logo made print-ready first. */
export async function rekapInventarisDocx(data: RekapData): Promise<Buffer> {
  const kop = (await withPrintReadyImages({ kop: data.kit.kop })).kop
  return toBuffer(rekapInventarisDocument({ ...data, kit: { ...data.kit, kop } }))
}
