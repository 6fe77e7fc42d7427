import { isIsoDate } from '../../domain/dates'
import { JENIS_PERANGKAT, STATUS_PERANGKAT, type JenisPerangkat, type Sisi, type StatusPerangkat } from '../../domain/inventory'

// Reading the values people type in inventory sheets. Each parser returns null for text it does not understand.

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()

/** A whole number written as "42", "42.0", "2U", "2 U", "U10". */
export function parseWhole(text: string): number | null {
  const m = /^u?\s*(\d{1,4})(?:[.,]0+)?\s*u?$/i.exec(text.trim())
  return m ? Number(m[1]) : null
}

/** "10", "U10", "U 10" -> lowest 10; "10-11", "U10-U11", "U10 - U11", "10 s.d. 11" -> lowest 10 and a height of 2. */
export function parseUnits(text: string): { uBawah: number; tinggi: number | null } | null {
  const t = text.trim()
  const single = parseWhole(t)
  if (single !== null) return { uBawah: single, tinggi: null }
  const m = /^u?\s*(\d{1,3})\s*(?:-|–|s\.?\/?d\.?|sampai)\s*u?\s*(\d{1,3})$/i.exec(t)
  if (!m) return null
  const [a, b] = [Number(m[1]), Number(m[2])]
  return { uBawah: Math.min(a, b), tinggi: Math.abs(a - b) + 1 }
}

const TRUE_WORDS = new Set(['ya', 'y', 'yes', 'true', '1', 'v', 'ada', 'aktif', 'iya', 'sudah', 'penuh', 'full', 'x'])
const FALSE_WORDS = new Set(['tidak', 't', 'no', 'n', 'false', '0', 'tidak ada', 'belum', 'nonaktif', 'non aktif', 'setengah', 'half'])

export function parseYesNo(text: string): boolean | null {
  const t = text.trim()
  if (t === '✓' || t === '√' || t === '✔') return true
  if (t === '-' || t === '–' || t === '✗') return false
  const n = norm(t)
  if (TRUE_WORDS.has(n)) return true
  if (FALSE_WORDS.has(n)) return false
  return null
}

export function parseSisi(text: string): Sisi | null {
  const n = norm(text)
  if (['depan', 'front', 'd', 'f', 'muka'].includes(n)) return 'depan'
  if (['belakang', 'back', 'rear', 'b', 'r'].includes(n)) return 'belakang'
  return null
}

const JENIS_SYNONYMS: Record<string, JenisPerangkat> = {
  nas: 'storage', san: 'storage', 'storage server': 'storage', 'disk array': 'storage',
  'core switch': 'switch', 'switch hub': 'switch', utm: 'firewall',
  router: 'lainnya', ups: 'lainnya', pdu: 'lainnya', kvm: 'lainnya', 'lain lain': 'lainnya', other: 'lainnya', others: 'lainnya',
  'rack server': 'server', 'blade server': 'server', 'tower server': 'server',
}

export function parseJenis(text: string): JenisPerangkat | null {
  const n = norm(text)
  return (JENIS_PERANGKAT as readonly string[]).includes(n) ? (n as JenisPerangkat) : (JENIS_SYNONYMS[n] ?? null)
}

const STATUS_SYNONYMS: Record<string, StatusPerangkat> = {
  active: 'Aktif', online: 'Aktif', running: 'Aktif', hidup: 'Aktif', on: 'Aktif', berjalan: 'Aktif',
  'non aktif': 'Nonaktif', 'tidak aktif': 'Nonaktif', mati: 'Nonaktif', off: 'Nonaktif', inactive: 'Nonaktif', offline: 'Nonaktif',
  planned: 'Rencana', direncanakan: 'Rencana',
  'proses penarikan': 'Dalam Proses Penarikan', 'dalam penarikan': 'Dalam Proses Penarikan',
  withdrawn: 'Ditarik', 'sudah ditarik': 'Ditarik',
}

export function parseStatus(text: string): StatusPerangkat | null {
  const n = norm(text)
  return STATUS_PERANGKAT.find((s) => norm(s) === n) ?? STATUS_SYNONYMS[n] ?? null
}

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1, februari: 2, feb: 2, pebruari: 2, february: 2, maret: 3, mar: 3, march: 3, april: 4, apr: 4,
  mei: 5, may: 5, juni: 6, jun: 6, june: 6, juli: 7, jul: 7, july: 7, agustus: 8, agu: 8, agt: 8, agus: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, oct: 10, october: 10, november: 11, nov: 11, nop: 11, desember: 12, des: 12, dec: 12, december: 12,
}

function iso(y: number, m: number, d: number): string | null {
  const year = y < 100 ? 2000 + y : y
  const s = `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  return isIsoDate(s) ? s : null
}

/**
 * A date as the office writes it: 2024-03-12, 12/03/2024, 12-03-2024, 12.03.24, "12 Maret 2024", "12 Mar 2024", or an
 * Excel day number (45363) in a cell not formatted as a date. Day before month, as in Indonesia.
 */
export function parseDate(text: string): string | null {
  const t = text.trim()
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t)
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]))
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t)
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]))
  m = /^(\d{1,2})[\s-]+([a-zA-Z]+)\.?[\s-]+(\d{4})$/.exec(t)
  if (m) {
    const month = MONTHS[m[2].toLowerCase()]
    return month ? iso(Number(m[3]), month, Number(m[1])) : null
  }
  if (/^\d{5}$/.test(t) && Number(t) > 20000 && Number(t) < 80000) {
    // Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that never was: day 25569 is 1970-01-01.
    return new Date((Number(t) - 25569) * 86_400_000).toISOString().slice(0, 10)
  }
  return null
}

/** Keys for matching names loosely: case, punctuation and spacing do not matter; "Kota Batam" at the end neither. */
export function nameKey(text: string): string {
  return norm(text).replace(/\s+(pemerintah\s+)?kota batam$/, '').replace(/^pemerintah kota batam\s+/, '')
}

/** "R01", "R-1", "Rak R01", "rak 1" -> one key, so a rack is found however the sheet writes it. */
export function rackKey(text: string): string {
  return norm(text)
    .replace(/^rak\s+/, '')
    .replace(/\s+/g, '')
    .replace(/\d+/g, (d) => String(Number(d)))
}

/** What people write for "none" (normalised: lower case, spaces squeezed). A cell holding one of these is empty. */
const PLACEHOLDERS = new Set(['-', '--', '---', '–', '—', '?', 'n/a', 'n.a', 'n.a.', 'na', '#n/a', 'tidak ada', 'tdk ada', 'kosong', 'none', 'nil', 'null', 'belum ada'])

/**
 * True for a placeholder for "none" (`-`, `–`, `N/A`, `tidak ada`, `kosong`, spaces only ...). In identity columns
 * (name, serial, asset number, ID) such a cell is empty: never stored, never used to find a device.
 */
export function isPlaceholder(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim().toLowerCase()
  return t === '' || PLACEHOLDERS.has(t)
}

/**
 * A phone number as the office writes it. A number cell loses the leading 0 (Excel shows 81266001122 for
 * 081266001122): Indonesian numbers are dialled with 0 (or +62), so 8xxxxxxxx (9-13 digits) gets its 0 back.
 */
export function phoneText(text: string): string {
  return /^8\d{8,12}$/.test(text) ? `0${text}` : text
}
