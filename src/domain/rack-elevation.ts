// Rack elevation as SVG text (NetBox's picture of a rack): front and back side by side, U1 at the bottom.
// Pure string building so the renderer (screen and print view) and the core draw the same picture. Every piece of
// text is escaped: the output is put into the page as markup.
import { occupiedUnits, SISI, SISI_LABELS, STATUS_COLORS, unitLabel, type Sisi, type StatusPerangkat } from './inventory'

export interface ElevationRack {
  nama: string
  tinggiU: number
  lokasi?: string
}

export interface ElevationDevice {
  id: number
  nama: string
  opdSingkatan: string
  opdNama?: string
  status: StatusPerangkat
  uBawah: number
  tinggiU: number
  sisi: Sisi
  kedalamanPenuh: boolean
}

export interface ElevationOptions {
  /** Height of one unit in px (default 18). */
  unitHeight?: number
  /** Width of one face in px (default 220). */
  faceWidth?: number
  /** Draws the rack's name (and location) above the faces (default true). */
  title?: boolean
  /** A device drawn with a thick outline (the one the user came from). */
  highlightId?: number | null
}

const MARGIN = 8
const NUMBER_WIDTH = 30
const GAP = 24
const EMPTY_FILL = '#ffffff'
const EMPTY_STROKE = '#d6d6d6'
const FRAME = '#424242'

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)
}

/** Cuts text to about `maxChars` characters (average glyph width), ending with an ellipsis when cut. */
function fit(text: string, maxChars: number): string {
  const chars = [...text]
  if (chars.length <= maxChars) return text
  return chars.slice(0, Math.max(1, maxChars - 1)).join('') + '…'
}

const n = (v: number) => String(Math.round(v * 100) / 100)

export function rackElevationSvg(rack: ElevationRack, devices: readonly ElevationDevice[], options: ElevationOptions = {}): string {
  const uh = options.unitHeight ?? 18
  const faceWidth = options.faceWidth ?? 220
  const showTitle = options.title ?? true
  const height = Math.max(1, Math.floor(rack.tinggiU))
  const titleHeight = showTitle ? (rack.lokasi ? 36 : 22) : 0
  const faceTop = MARGIN + titleHeight + 18
  const width = MARGIN * 2 + 2 * (NUMBER_WIDTH + faceWidth) + GAP
  const totalHeight = faceTop + height * uh + MARGIN
  const faceX = (i: number) => MARGIN + NUMBER_WIDTH + i * (NUMBER_WIDTH + faceWidth + GAP)
  /** Top edge of unit u. */
  const unitY = (u: number) => faceTop + (height - u) * uh
  const fontSize = Math.min(11, Math.max(7, uh * 0.6))
  const maxChars = Math.floor((faceWidth - 10) / (fontSize * 0.6))

  const out: string[] = []
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(width)} ${n(totalHeight)}" width="${n(width)}" height="${n(totalHeight)}" ` +
      `role="img" aria-label="${escapeXml(`Elevasi rak ${rack.nama}`)}" font-family="Arial, Helvetica, sans-serif" class="elevasi-rak">`,
  )
  if (showTitle) {
    out.push(`<text x="${n(width / 2)}" y="${n(MARGIN + 14)}" text-anchor="middle" font-size="14" font-weight="bold" class="judul-rak">${escapeXml(`Rak ${rack.nama} (${height}U)`)}</text>`)
    if (rack.lokasi) out.push(`<text x="${n(width / 2)}" y="${n(MARGIN + 30)}" text-anchor="middle" font-size="11" fill="#555555">${escapeXml(rack.lokasi)}</text>`)
  }

  const taken = new Set<string>()
  for (const d of devices) for (const s of occupiedUnits(d)) taken.add(`${s.u}:${s.sisi}`)

  SISI.forEach((sisi, i) => {
    const x = faceX(i)
    out.push(`<g class="sisi-rak" data-sisi="${sisi}">`)
    out.push(`<text x="${n(x + faceWidth / 2)}" y="${n(faceTop - 6)}" text-anchor="middle" font-size="12" font-weight="bold">${SISI_LABELS[sisi]}</text>`)
    out.push(`<rect x="${n(x - 1)}" y="${n(faceTop - 1)}" width="${n(faceWidth + 2)}" height="${n(height * uh + 2)}" fill="none" stroke="${FRAME}" stroke-width="2"/>`)
    for (let u = height; u >= 1; u--) {
      const y = unitY(u)
      out.push(`<text x="${n(x - 4)}" y="${n(y + uh / 2 + 3.5)}" text-anchor="end" font-size="9" fill="#666666" class="nomor-u">${u}</text>`)
      if (!taken.has(`${u}:${sisi}`)) {
        out.push(`<rect class="u-kosong" data-u="${u}" data-sisi="${sisi}" x="${n(x)}" y="${n(y)}" width="${n(faceWidth)}" height="${n(uh)}" fill="${EMPTY_FILL}" stroke="${EMPTY_STROKE}" stroke-width="0.5"><title>${escapeXml(`U${u} ${sisi}: kosong`)}</title></rect>`)
      }
    }
    for (const d of devices) {
      const onFace = d.sisi === sisi
      if (!onFace && !d.kedalamanPenuh) continue
      if (occupiedUnits(d).length === 0) continue
      // Only the part inside the rack is drawn (a record that does not fit is refused by the core anyway).
      const lo = Math.max(1, d.uBawah)
      const hi = Math.min(height, d.uBawah + d.tinggiU - 1)
      if (hi < lo) continue
      const y = unitY(hi)
      const h = (hi - lo + 1) * uh
      const opd = d.opdSingkatan || d.opdNama || ''
      const tip = `${d.nama}${d.opdNama || opd ? ` — ${d.opdNama || opd}` : ''} — ${d.status} — ${unitLabel(d.uBawah, d.tinggiU)} (${d.sisi}${d.kedalamanPenuh ? ', kedalaman penuh' : ''})`
      const highlighted = options.highlightId === d.id
      out.push(
        `<g class="perangkat${onFace ? '' : ' sisi-lain'}" data-device-id="${Number(d.id)}" data-status="${escapeXml(d.status)}" cursor="pointer">` +
          `<title>${escapeXml(tip)}</title>` +
          `<rect x="${n(x + 1)}" y="${n(y + 1)}" width="${n(faceWidth - 2)}" height="${n(h - 2)}" rx="2" fill="${STATUS_COLORS[d.status] ?? '#eeeeee'}"` +
          `${onFace ? '' : ' fill-opacity="0.5" stroke-dasharray="4 2"'} stroke="${FRAME}" stroke-width="${highlighted ? 3 : 1}"/>`,
      )
      const cx = n(x + faceWidth / 2)
      if (hi - lo + 1 >= 2) {
        const mid = y + h / 2
        out.push(`<text x="${cx}" y="${n(mid - 2)}" text-anchor="middle" font-size="${n(fontSize)}" font-weight="bold">${escapeXml(fit(d.nama, maxChars))}</text>`)
        out.push(`<text x="${cx}" y="${n(mid + fontSize)}" text-anchor="middle" font-size="${n(fontSize)}">${escapeXml(fit(opd, maxChars))}</text>`)
      } else {
        // One line: the hostname gives way first so the OPD stays readable.
        const room = maxChars - [...opd].length - 3
        const label = opd && room >= 6 ? `${fit(d.nama, room)} · ${opd}` : fit(opd ? `${d.nama} · ${opd}` : d.nama, maxChars)
        out.push(`<text x="${cx}" y="${n(y + uh / 2 + fontSize / 2 - 1)}" text-anchor="middle" font-size="${n(fontSize)}">${escapeXml(label)}</text>`)
      }
      out.push('</g>')
    }
    out.push('</g>')
  })
  out.push('</svg>')
  return out.join('')
}
