// Kop surat (letterhead): logo on the left, the office's name and contacts centred beside it, a double rule below.
import { BorderStyle, ImageRun, Paragraph, type Table } from 'docx'
import { layoutGrid } from './grid'
import { imageInfo } from './image'
import { paragraph } from './text'

export interface Kop {
  pemerintah: string
  dinas: string
  alamat: string
  telepon: string
  laman: string
  email: string
  logo?: Uint8Array | null
}

const LOGO_WIDTH_CM = 2.2
/** The box the logo is printed in: its width, and room for a tall lambang. */
export const LOGO_BOX_CM = { widthCm: LOGO_WIDTH_CM, heightCm: 3 } as const
/** Logo column as a share of the text width: the logo plus a small gap on A4 and F4. */
const LOGO_COLUMN_PERCENT = 17
/** docx sizes images in pixels at 96 per inch. */
const PX_PER_CM = 96 / 2.54

function logoRun(bytes: Uint8Array): ImageRun {
  const info = imageInfo(bytes)
  if (!info) throw new Error('Logo kop surat harus berupa gambar PNG atau JPEG.')
  const width = Math.round(LOGO_WIDTH_CM * PX_PER_CM)
  return new ImageRun({
    type: info.type,
    data: bytes,
    transformation: { width, height: Math.round((width * info.height) / info.width) },
    altText: { name: 'Logo', description: 'Logo', title: 'Logo' },
  })
}

/** "Telepon ... Laman ... Pos-el ...", leaving out what the office has not filled in. */
function kontak(kop: Kop): string {
  return [
    ['Telepon', kop.telepon],
    ['Laman', kop.laman],
    ['Pos-el', kop.email],
  ]
    .filter(([, value]) => value.trim())
    .map(([label, value]) => `${label} ${value.trim()}`)
    .join(' ')
}

/** About how many characters of the 11 pt address fit on one line beside the logo (13.3 cm of text width). */
const ALAMAT_LINE_CHARS = 64

/**
 * The address as one line, or as two balanced lines broken after the comma nearest the middle when it is too long
 * for one: left to the word processor, a long address wraps with its last word or two alone ("Batam 29461").
 */
export function alamatLines(alamat: string): string {
  const text = alamat.trim().replace(/\s+/g, ' ')
  if (text.length <= ALAMAT_LINE_CHARS) return text
  const commas = [...text.matchAll(/, /g)].map((m) => m.index!)
  if (!commas.length) return text
  const cut = commas.reduce((best, i) => (Math.abs(i - text.length / 2) < Math.abs(best - text.length / 2) ? i : best))
  return `${text.slice(0, cut + 1)}\n${text.slice(cut + 2)}`
}

function kopLines(kop: Kop): Paragraph[] {
  const lines = [
    paragraph(kop.pemerintah.toUpperCase(), { bold: true, sizePt: 14, align: 'center' }),
    paragraph(kop.dinas.toUpperCase(), { bold: true, sizePt: 16, align: 'center' }),
  ]
  if (kop.alamat.trim()) lines.push(paragraph(alamatLines(kop.alamat), { sizePt: 11, align: 'center' }))
  const contacts = kontak(kop)
  if (contacts) lines.push(paragraph(contacts, { sizePt: 10, align: 'center' }))
  return lines
}

/** The double rule under the kop: an empty paragraph with a tiny mark so only the border takes up space. */
function doubleRule(): Paragraph {
  return new Paragraph({
    border: { bottom: { style: BorderStyle.DOUBLE, size: 12, color: '000000', space: 1 } },
    run: { size: 2 },
    spacing: { after: 240 },
  })
}

/** The kop for the first page. Without a logo (none uploaded) the text is centred across the whole width. */
export function kopSurat(kop: Kop): (Table | Paragraph)[] {
  const lines = kopLines(kop)
  const head = kop.logo?.length
    ? [
        layoutGrid(
          [LOGO_COLUMN_PERCENT, 100 - LOGO_COLUMN_PERCENT],
          [[[new Paragraph({ children: [logoRun(kop.logo)] })], lines]],
          { verticalCenter: true },
        ),
      ]
    : lines
  return [...head, doubleRule()]
}
