// Lembar Disposisi (DOMAIN.md section 4): one page, printable before the leaders write on it by hand.
import { BorderStyle, Paragraph, Tab, Table, TableCell, TableLayoutType, TableRow, TabStopType, TextRun, WidthType } from 'docx'
import type { DisposisiView } from '../contract/dispositions'
import type { LetterDetail } from '../contract/letters'
import { formatTanggal } from '../domain/dates'
import { INSTRUKSI, LEVEL_LEMBAR } from '../domain/dispositions'
import { formatNomorAgenda, SIFAT } from '../domain/letters'
import { checkbox, cmToTwip, createDocument, halfPoints, kopSurat, paragraph, textRuns, title, toBuffer, withPrintReadyImages, type DocStyle, type Kop } from './kit'

export interface LembarDisposisiData {
  letter: LetterDetail
  /** All dispositions of the letter, flattened in the order they were made. */
  dispositions: DisposisiView[]
  /** Positions offered under "Diteruskan kepada Sdr." (besides anyone already recorded). */
  jabatanTujuan: string[]
  kop: Kop
  style: DocStyle
}

const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const
const TEXT_PT = 10

function cell(children: Paragraph[], widthPercent: number, columnSpan = 1): TableCell {
  return new TableCell({ children, columnSpan, width: { size: widthPercent, type: WidthType.PERCENTAGE }, margins: { top: 50, bottom: 50, left: 100, right: 100 } })
}

const p = (text: string, bold = false) => paragraph(text, { sizePt: TEXT_PT, bold })
/** Where the colon stands in a box: past the longest label ("Diterima Tgl.", "Diterima oleh") at 10 pt. */
const COLON_CM = 2.4
/**
 * "Label : value" with the colon at a tab stop, so the colons of one box line up under each other (labels padded with
 * spaces do not, in a proportional font).
 */
function labelled(label: string, value: string): Paragraph {
  return new Paragraph({
    tabStops: [{ type: TabStopType.LEFT, position: cmToTwip(COLON_CM) }],
    children: [...textRuns(label, { sizePt: TEXT_PT }), new TextRun({ children: [new Tab(), `: ${value}`], size: halfPoints(TEXT_PT) })],
  })
}

/** What one level wrote: to whom, the instructions, the note, deadline and date; blank lines when nothing yet. */
function levelText(items: DisposisiView[]): Paragraph[] {
  if (items.length === 0) return Array.from({ length: 5 }, () => p(''))
  return items.flatMap((d) => [
    p(`Kepada: ${d.penerima.map((r) => `${r.nama}${r.jabatan ? ` (${r.jabatan})` : ''}`).join('; ')}`),
    ...(d.instruksi.length || d.instruksiLain ? [p(`Instruksi: ${[...d.instruksi, d.instruksiLain].filter(Boolean).join('; ')}`)] : []),
    ...(d.catatan ? [p(`Catatan: ${d.catatan}`)] : []),
    p(`Tanggal: ${formatTanggal(d.tanggal)}${d.batasWaktu ? `    Batas waktu: ${formatTanggal(d.batasWaktu)}` : ''}${d.dicatatOleh ? `    (dicatat oleh ${d.dicatatOleh})` : ''}`),
  ])
}

export function lembarDisposisiDocument(data: LembarDisposisiData) {
  const { letter, dispositions } = data
  const top = dispositions.filter((d) => d.parentPenerimaId === null)
  const forwardedTo = top.flatMap((d) => d.penerima.map((r) => r.jabatan || r.nama))
  const options = [...new Set([...data.jabatanTujuan, ...forwardedTo])]
  const ticked = new Set(top.flatMap((d) => d.instruksi))
  const sifatLine = [...SIFAT].reverse().map((s) => `${checkbox(letter.sifat === s)} ${s}`).join('   ') + `   ${checkbox(letter.rahasia)} Rahasia`
  const otherInstructions = top.map((d) => d.instruksiLain).filter(Boolean).join('; ')

  const rows = [
    new TableRow({ children: [cell([labelled('Surat dari', letter.asalSurat)], 55), cell([labelled('Diterima Tgl.', formatTanggal(letter.tanggalDiterima))], 45)] }),
    new TableRow({ children: [cell([labelled('No. Surat', letter.nomorSurat)], 55), cell([labelled('No. Agenda', formatNomorAgenda(letter.tahun, letter.nomorAgenda))], 45)] }),
    new TableRow({ children: [cell([labelled('Tgl. Surat', formatTanggal(letter.tanggalSurat))], 55), cell([labelled('Sifat', ''), p(sifatLine)], 45)] }),
    new TableRow({ children: [cell([labelled('Hal', letter.hal)], 100, 2)] }),
    new TableRow({
      children: [
        cell([p('Diteruskan kepada Sdr.:', true), ...options.map((o) => p(`${checkbox(forwardedTo.includes(o))} ${o}`)), p(`${checkbox(false)} ..............................`)], 55),
        cell([p('Dengan hormat harap:', true), ...INSTRUKSI.map((i) => p(`${checkbox(ticked.has(i))} ${i}`)), p(`${checkbox(!!otherInstructions)} ${otherInstructions || '..............................'}`)], 45),
      ],
    }),
    ...LEVEL_LEMBAR.map(
      (level) =>
        new TableRow({
          cantSplit: true,
          children: [cell([p(`${level.label}:`, true), ...levelText(dispositions.filter((d) => (level.kode === 'kadis' ? d.parentPenerimaId === null : d.dariJabatanKode === level.kode)))], 100, 2)],
        }),
    ),
    new TableRow({
      children: [cell([p('Tanda Terima', true), ...['Diterima oleh', 'Tanggal', 'Paraf'].map((label) => labelled(label, '..............................'))], 100, 2)],
    }),
  ]

  return createDocument(data.style, [
    {
      children: [
        ...kopSurat(data.kop),
        title('LEMBAR DISPOSISI', { spacingAfterPt: 6 }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          layout: TableLayoutType.FIXED,
          borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
          rows,
        }),
      ],
    },
  ])
}

export async function lembarDisposisiDocx(data: LembarDisposisiData): Promise<Buffer> {
  return toBuffer(lembarDisposisiDocument(await withPrintReadyImages(data)))
}
