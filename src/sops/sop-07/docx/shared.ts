// Pieces the SOP 07 documents share: device tables, letter references, the photo appendix, party signers.
import { AlignmentType, Paragraph, type FileChild, type Table } from 'docx'
import { formatTanggal } from '../../../domain/dates'
import { dataTable, keptTogether, paragraph, photoGrid, textRuns, title, type Align, type RunOptions, type Signer } from '../../../documents/kit'
import type { DeviceLine, LetterRef, Party, Photo } from './types'

/** "Dell PowerEdge R740" */
export function merekTipe(d: DeviceLine): string {
  return [d.merek, d.tipe].map((s) => s.trim()).filter(Boolean).join(' ')
}

/** "Nomor 500.12/091/DISDIK/2026 tanggal 20 November 2026 hal Permohonan ..." */
export function letterRefText(ref: LetterRef, withHal = true): string {
  return `Nomor ${ref.nomor} tanggal ${formatTanggal(ref.tanggal)}${withHal && ref.hal.trim() ? ` hal ${ref.hal.trim()}` : ''}`
}

/** "Batam, 24 November 2026" */
export function tempatTanggal(kota: string, iso: string): string {
  return `${kota}, ${formatTanggal(iso)}`
}

/** A dotted line to fill in by hand. */
export function dots(count: number): string {
  return '.'.repeat(count)
}

/** Words a name keeps in lower case inside it ("Dinas Komunikasi dan Informatika"). */
const LOWER_WORDS = new Set(['dan', 'di', 'ke', 'dari', 'atas', 'untuk', 'serta', 'yang'])

/**
 * A name typed in capitals for the kop ("PEMERINTAH KOTA BATAM") as it is written in running text ("Pemerintah Kota
 * Batam"); a name already in mixed case is kept as typed.
 */
export function namaDalamKalimat(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ')
  if (trimmed !== trimmed.toUpperCase()) return trimmed
  return trimmed
    .toLowerCase()
    .split(' ')
    .map((word, i) => (i > 0 && LOWER_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ')
}

/** "Data Center Pemerintah Kota Batam", from the kop's first line ("PEMERINTAH KOTA BATAM" or as typed). */
export function dataCenterName(pemerintah: string): string {
  return `Data Center ${namaDalamKalimat(pemerintah)}`
}

/** Section headings such as "A. Dasar": bold, kept with what follows. */
export function sectionHeading(text: string): Paragraph {
  return paragraph(text, { bold: true, keepNext: true, spacingAfterPt: 4 })
}

/** One paragraph of mixed runs, e.g. "selanjutnya disebut " + bold "PIHAK PERTAMA" + ".". */
export function richParagraph(parts: readonly (string | readonly [string, RunOptions])[], align: Align = 'justify', spacingAfterPt = 6): Paragraph {
  const alignment = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const
  return new Paragraph({
    children: parts.flatMap((part) => (typeof part === 'string' ? textRuns(part) : textRuns(part[0], part[1]))),
    alignment: alignment[align],
    spacing: { after: spacingAfterPt * 20 },
  })
}

/**
 * The closing sentence, a blank line and what follows it (signatures, "Mengetahui,", Tembusan) as one block that a
 * page break moves whole: a signature never stands alone on a page, nor "Mengetahui," apart from the signatures.
 */
export function closingBlock(text: string, after: readonly (Paragraph | Table)[]): Table {
  return keptTogether([paragraph(text, { align: 'justify' }), paragraph(''), ...after])
}

/** Free text typed in the app (findings, summary) as body paragraphs, one per line typed. */
export function freeTextParagraphs(text: string, make: (line: string) => Paragraph): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map(make)
}

export type DeviceColumn =
  | 'no'
  | 'nama'
  | 'merekTipe'
  | 'nomorSeri'
  | 'kodeBarang'
  | 'spesifikasi'
  | 'rakU'
  | 'hostnameIp'
  | 'kondisi'
  | 'keterangan'

const DEVICE_COLUMNS: Record<DeviceColumn, { header: string; align?: Align; value: (d: DeviceLine, i: number) => string }> = {
  no: { header: 'No', align: 'center', value: (_, i) => String(i + 1) },
  nama: { header: 'Nama Perangkat', value: (d) => d.nama },
  merekTipe: { header: 'Merek/Tipe', value: merekTipe },
  nomorSeri: { header: 'Nomor Seri', value: (d) => d.nomorSeri },
  kodeBarang: { header: 'Kode Barang/NUP', value: (d) => d.kodeBarang },
  spesifikasi: { header: 'Spesifikasi', value: (d) => d.spesifikasi },
  rakU: { header: 'Rak/U', value: (d) => d.rakU },
  hostnameIp: { header: 'Hostname/IP', value: (d) => d.hostnameIp },
  kondisi: { header: 'Kondisi', value: (d) => d.kondisi ?? '' },
  keterangan: { header: 'Keterangan', value: (d) => d.keterangan ?? '' },
}

/** Extra columns after the device's own, e.g. the Formulir's "Sesuai?" boxes for the OPD. */
export interface ExtraColumn {
  header: string
  widthPercent: number
  align?: Align
  value: (d: DeviceLine, i: number) => string
}

/**
 * The devices as a bordered table with the given columns and widths (percent, summing to 100 with `extra`). With no
 * devices the table says so in one row rather than showing a bare header.
 */
export function deviceTable(
  devices: readonly DeviceLine[],
  columns: readonly (readonly [DeviceColumn, number])[],
  sizePt: number,
  extra: readonly ExtraColumn[] = [],
): Table {
  const cols = [
    ...columns.map(([key, widthPercent]) => ({ ...DEVICE_COLUMNS[key], widthPercent })),
    ...extra,
  ]
  return dataTable(
    cols.map((c) => c.header),
    devices.map((d, i) => cols.map((c) => c.value(d, i))),
    cols.map((c) => c.widthPercent),
    { sizePt, align: cols.map((c) => c.align), compact: true, emptyText: 'Tidak ada perangkat.' },
  )
}

/** A party of a Berita Acara as the signer of its column. */
export function partySigner(party: Party): Signer {
  return { nama: party.nama, nip: party.nip, pangkat: party.pangkat, jabatan: party.jabatan }
}

/**
 * The head of an OPD as a signature line calls them: "Kepala Dinas Pendidikan", but "Camat Batam Kota" for a
 * kecamatan, "Lurah ..." for a kelurahan and "Sekretaris Daerah" for the Sekretariat Daerah.
 */
export function kepalaOpd(opd: string): string {
  const name = opd.trim()
  const rules: readonly (readonly [RegExp, (m: RegExpExecArray) => string])[] = [
    [/^kecamatan\s+(.+)$/i, (m) => `Camat ${m[1]}`],
    [/^kelurahan\s+(.+)$/i, (m) => `Lurah ${m[1]}`],
    [/^sekretariat\s+daerah\b(.*)$/i, (m) => `Sekretaris Daerah${m[1]}`],
    [/^sekretariat\s+dprd\b(.*)$/i, (m) => `Sekretaris DPRD${m[1]}`],
    [/^inspektorat\b(.*)$/i, (m) => `Inspektur${m[1]}`],
    [/^kepala\s/i, () => name],
  ]
  for (const [pattern, head] of rules) {
    const m = pattern.exec(name)
    if (m) return head(m)
  }
  return `Kepala ${name}`
}

/**
 * The photo appendix on a page of its own: "LAMPIRAN DOKUMENTASI", which document it belongs to, then the photos two
 * to a row. Empty when there are no photos.
 */
export function lampiranDokumentasi(photos: readonly Photo[], dokumen: string, nomor: string, tanggal: string): FileChild[] {
  if (!photos.length) return []
  return [
    title('LAMPIRAN DOKUMENTASI', { spacingAfterPt: 0 }),
    paragraph(dokumen, { align: 'center', keepNext: true }),
    paragraph(`Nomor ${nomor} tanggal ${formatTanggal(tanggal)}`, { align: 'center', spacingAfterPt: 12, keepNext: true }),
    photoGrid(photos),
  ]
}
