// Signature blocks: jabatan, room to sign and stamp, NAMA (bold, underlined), pangkat, NIP.
import type { Paragraph, Table } from 'docx'
import { formatNip } from '../../domain/nip'
import { layoutGrid } from './grid'
import { paragraph } from './text'

export type SignPrefix = 'a.n.' | 'u.b.' | 'Plt.' | 'Plh.'

export interface Signer {
  /** Full name with gelar, printed as given (gelar keep their own case: "M.Kom."). */
  nama: string
  nip?: string | null
  /** e.g. "Pembina, IV/a" */
  pangkat?: string | null
  /** The signer's own position. */
  jabatan: string
  prefix?: SignPrefix | null
  /** The position signed for: the principal for a.n./u.b., the vacant or absent post for Plt./Plh. */
  atasNamaJabatan?: string | null
}

/** Empty lines left for the handwritten signature and the stamp. */
const SIGNING_SPACE_LINES = 4

/**
 * a.n./u.b. put the principal's post first, then the signer's own ("a.n. KEPALA DINAS ..." / "KEPALA BIDANG ...").
 * Plt./Plh. sign in the post they fill, so only that post is written ("Plt. KEPALA DINAS ...").
 */
function jabatanLines(signer: Signer): string[] {
  const own = signer.jabatan.trim().toUpperCase()
  const principal = signer.atasNamaJabatan?.trim().toUpperCase()
  switch (signer.prefix) {
    case 'a.n.':
    case 'u.b.':
      return principal ? [`${signer.prefix} ${principal}`, own] : [own]
    case 'Plt.':
    case 'Plh.':
      return [`${signer.prefix} ${principal || own}`]
    default:
      return [own]
  }
}

type Line = { text: string; bold?: boolean; underline?: boolean }

function blockParagraphs(signer: Signer, heading: Line[]): Paragraph[] {
  const jabatan = jabatanLines(signer)
  // The last jabatan line ends with a comma, as in the Tata Naskah Dinas examples.
  jabatan[jabatan.length - 1] = jabatan[jabatan.length - 1].replace(/,?$/, ',')
  const lines: Line[] = [
    ...heading,
    ...jabatan.map((text) => ({ text })),
    ...Array.from({ length: SIGNING_SPACE_LINES }, () => ({ text: '' })),
    { text: signer.nama.trim(), bold: true, underline: true },
    ...(signer.pangkat?.trim() ? [{ text: signer.pangkat.trim() }] : []),
    ...(signer.nip?.trim() ? [{ text: `NIP. ${formatNip(signer.nip)}` }] : []),
  ]
  // keepNext on every line but the last keeps the block on one page.
  return lines.map(({ text, ...style }, i) => paragraph(text, { ...style, align: 'center', keepNext: i < lines.length - 1 }))
}

/** The block as centred paragraphs kept on one page; `heading` (e.g. "PIHAK KEDUA") goes above it in bold. */
export function signatureBlock(signer: Signer, heading?: string): Paragraph[] {
  return blockParagraphs(signer, heading ? [{ text: heading, bold: true }] : [])
}

/**
 * Two signatures side by side (PIHAK KEDUA left, PIHAK PERTAMA right); pass null for an empty column, e.g.
 * `signatureColumns(null, kadis)` for a letter signed on the right.
 */
export function signatureColumns(
  left: Signer | null,
  right: Signer | null,
  headings: { left?: string; right?: string } = {},
): Table {
  return layoutGrid(
    [50, 50],
    [[left ? signatureBlock(left, headings.left) : [], right ? signatureBlock(right, headings.right) : []]],
    { cantSplit: true },
  )
}

/** "Mengetahui," and the acknowledging official's signature, centred below the signature columns. */
export function mengetahuiBlock(signer: Signer): Paragraph[] {
  return blockParagraphs(signer, [{ text: 'Mengetahui,' }])
}
