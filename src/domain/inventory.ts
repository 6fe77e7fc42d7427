// Vocabulary and rules of the Data Center inventory (DOMAIN.md section 5). Pure: the renderer uses it too.
import ipaddr from 'ipaddr.js'
import { kalimat } from './kalimat'

export const JENIS_PERANGKAT = ['server', 'storage', 'switch', 'firewall', 'lainnya'] as const
export type JenisPerangkat = (typeof JENIS_PERANGKAT)[number]
export const JENIS_PERANGKAT_LABELS: Record<JenisPerangkat, string> = {
  server: 'Server',
  storage: 'Storage',
  switch: 'Switch',
  firewall: 'Firewall',
  lainnya: 'Lainnya',
}

export const STATUS_PERANGKAT = ['Rencana', 'Aktif', 'Dalam Proses Penarikan', 'Ditarik', 'Nonaktif'] as const
export type StatusPerangkat = (typeof STATUS_PERANGKAT)[number]

/** Statuses a device may be recorded with when it is first entered. */
export const STATUS_AWAL = ['Rencana', 'Aktif', 'Nonaktif'] as const satisfies readonly StatusPerangkat[]

/** Where a status may move to. Ditarik is final. */
export const STATUS_TRANSITIONS: Readonly<Record<StatusPerangkat, readonly StatusPerangkat[]>> = {
  Rencana: ['Aktif', 'Nonaktif'],
  Aktif: ['Dalam Proses Penarikan', 'Nonaktif'],
  'Dalam Proses Penarikan': ['Aktif', 'Nonaktif', 'Ditarik'],
  Nonaktif: ['Aktif', 'Dalam Proses Penarikan'],
  Ditarik: [],
}

/** Block colours of the rack elevation and the status chips (fill, with dark text on it). */
export const STATUS_COLORS: Readonly<Record<StatusPerangkat, string>> = {
  Rencana: '#90caf9',
  Aktif: '#a5d6a7',
  'Dalam Proses Penarikan': '#ffcc80',
  Ditarik: '#ef9a9a',
  Nonaktif: '#cfcfcf',
}

export const SISI = ['depan', 'belakang'] as const
export type Sisi = (typeof SISI)[number]
export const SISI_LABELS: Record<Sisi, string> = { depan: 'Depan', belakang: 'Belakang' }

export const TINGGI_RAK_DEFAULT = 42
export const TINGGI_RAK_MAX = 60
export const TINGGI_PERANGKAT_MAX = 20

export function canTransition(from: StatusPerangkat, to: StatusPerangkat): boolean {
  return STATUS_TRANSITIONS[from].includes(to)
}

/**
 * Why a user may not move a device from one status to another by hand, or null when allowed. Ditarik is given only by
 * the withdrawal workflow (Berita Acara Penarikan), never directly.
 */
export function manualTransitionProblem(from: StatusPerangkat, to: StatusPerangkat): string | null {
  if (from === to) return `Status perangkat sudah ${to}.`
  if (from === 'Ditarik') return 'Perangkat yang sudah Ditarik tidak dapat diubah statusnya.'
  if (to === 'Ditarik') return 'Status Ditarik hanya diberikan melalui proses penarikan perangkat (Berita Acara Penarikan), tidak dapat diubah langsung.'
  if (!canTransition(from, to)) {
    const allowed = STATUS_TRANSITIONS[from].filter((s) => s !== 'Ditarik')
    return `Status ${from} tidak dapat diubah menjadi ${to}. Pilihan: ${allowed.join(', ')}.`
  }
  return null
}

/** The statuses a user may choose next (for the status buttons). */
export function manualNextStatuses(from: StatusPerangkat): StatusPerangkat[] {
  return STATUS_TRANSITIONS[from].filter((s) => s !== 'Ditarik')
}

/** A device that has been withdrawn no longer takes room in a rack. */
export function occupiesRack(status: StatusPerangkat): boolean {
  return status !== 'Ditarik'
}

// ---------------------------------------------------------------------------------------------------------------
// IP addresses

const IPV4_OCTET = /^(0|[1-9]\d{0,2})$/

export function isIpv4(text: string): boolean {
  const parts = text.split('.')
  return parts.length === 4 && parts.every((p) => IPV4_OCTET.test(p) && Number(p) <= 255)
}

/** The eight 16-bit groups of an IPv6 address (parsed by ipaddr.js), or null when it is not one (no zone ids, no prefixes). */
function ipv6Groups(text: string): number[] | null {
  if (!/^[0-9a-fA-F:.]+$/.test(text) || !ipaddr.IPv6.isValid(text)) return null
  // ipaddr.js reads an embedded IPv4 in any form it knows; only dotted decimal without leading zeros is an address here.
  const v4 = text.includes('.') ? text.slice(text.lastIndexOf(':') + 1) : null
  if (v4 !== null && !isIpv4(v4)) return null
  return ipaddr.IPv6.parse(text).parts
}

export function isIpv6(text: string): boolean {
  return ipv6Groups(text) !== null
}

/** RFC 5952 text: lower case, no leading zeros, the longest run of two or more zero groups as "::". */
function formatIpv6(groups: number[]): string {
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return `::ffff:${groups[6] >> 8}.${groups[6] & 255}.${groups[7] >> 8}.${groups[7] & 255}`
  }
  let bestStart = -1
  let bestLength = 1
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++
      continue
    }
    let j = i
    while (j < 8 && groups[j] === 0) j++
    if (j - i > bestLength) {
      bestStart = i
      bestLength = j - i
    }
    i = j
  }
  const hex = groups.map((g) => g.toString(16))
  if (bestStart < 0) return hex.join(':')
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`
}

/** The address in its one canonical form (so search and comparison work), or null when it is not an IP address. */
export function normalizeIp(text: string): string | null {
  const t = text.trim()
  if (isIpv4(t)) return t
  const groups = ipv6Groups(t)
  return groups ? formatIpv6(groups) : null
}

export function isIpAddress(text: string): boolean {
  return normalizeIp(text) !== null
}

/**
 * Why `text` is not one IP address, in words for the person typing it, or null when it is one. A prefix length
 * ("10.20.30.6/24") is refused, never dropped silently: the inventory records a device's addresses, not its network,
 * and the person says which address is meant. Leading zeros in IPv4 ("010.020.030.005") get their own message: some
 * systems read them as octal (010 = 8), so the address is ambiguous.
 */
export function ipProblem(text: string): string | null {
  const t = text.trim()
  if (normalizeIp(t) !== null) return null
  const prefixed = /^\[?([^\]/]+)\]?\/(\d{1,3})$/.exec(t)
  const ip = prefixed ? normalizeIp(prefixed[1]) : null
  if (prefixed && ip !== null && Number(prefixed[2]) <= (ip.includes(':') ? 128 : 32)) {
    return `Alamat IP ${t} memuat panjang prefiks /${prefixed[2]}; Sidara mencatat alamat perangkat, bukan jaringan. Tulis ${ip} saja (prefiks dapat ditulis di Spesifikasi Lain).`
  }
  const parts = t.split('.')
  if (parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p)) && parts.some((p) => p.length > 1 && p.startsWith('0'))) {
    const plain = parts.map((p) => String(Number(p))).join('.')
    if (isIpv4(plain)) return `Alamat IP ${t} memakai angka nol di depan; tulis ${plain} (angka nol di depan dapat dibaca sebagai bilangan oktal).`
  }
  return `Alamat IP ${t} tidak valid (contoh: 10.10.1.25 atau 2001:db8::1).`
}

/**
 * Splits a spreadsheet cell holding several addresses (comma, semicolon, new line or space between them). `problems`
 * holds one message per token that is not an address (see ipProblem).
 */
export function parseIpList(text: string): { ips: string[]; invalid: string[]; problems: string[] } {
  const ips: string[] = []
  const invalid: string[] = []
  const problems: string[] = []
  for (const token of text.split(/[,;\s]+/).filter(Boolean)) {
    const ip = normalizeIp(token)
    if (ip) {
      if (!ips.includes(ip)) ips.push(ip)
      continue
    }
    invalid.push(token)
    problems.push(ipProblem(token)!)
  }
  return { ips, invalid, problems }
}

/**
 * What a search word means when it is (part of) an IP address, in the form addresses are stored: `[2001:db8:a::5]`,
 * `2001:db8:a::5/64` -> `2001:db8:a::5`; the zero-padded fragment `2001:0db8:000a` -> `2001:db8:a`; `010.020.030.005`
 * -> `10.20.30.5`. Any other word is returned as is.
 */
export function ipSearchForm(word: string): string {
  const t = word.replace(/\/\d{1,3}$/, '').replace(/^\[(.*)\](?::\d+)?$/, '$1')
  const whole = normalizeIp(t)
  if (whole) return whole
  if (/^[0-9a-fA-F]{1,4}(:[0-9a-fA-F]{0,4}){1,7}$/.test(t) && /[:]/.test(t)) {
    return t.toLowerCase().split(':').map((g) => (g === '' ? '' : g.replace(/^0+(?=.)/, ''))).join(':')
  }
  // Only a whole dotted address: a shorter fragment ("02.06.02") is as likely part of a Kode Barang.
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(t)) {
    const plain = t.split('.').map((g) => String(Number(g))).join('.')
    if (isIpv4(plain)) return plain
  }
  return word
}

// ---------------------------------------------------------------------------------------------------------------
// Rack units

/** Where a device sits: its lowest unit, its height, the face it is mounted on, and whether it fills the depth. */
export interface Placement {
  uBawah: number
  tinggiU: number
  sisi: Sisi
  kedalamanPenuh: boolean
}

export interface UnitSlot {
  u: number
  sisi: Sisi
}

/** Anything that may hold a place in a rack. A device not in a rack, or withdrawn, holds none. */
export interface PlacedLike {
  status?: StatusPerangkat
  uBawah: number | null
  tinggiU: number
  sisi: Sisi | null
  kedalamanPenuh: boolean
}

/**
 * The unit-faces a device takes: units uBawah .. uBawah + tinggiU - 1 on its face, or on both faces when it is full
 * depth. Ordered by unit, front before back.
 */
export function occupiedUnits(device: PlacedLike): UnitSlot[] {
  if (device.uBawah === null || device.sisi === null) return []
  if (device.status && !occupiesRack(device.status)) return []
  const faces: Sisi[] = device.kedalamanPenuh ? ['depan', 'belakang'] : [device.sisi]
  const slots: UnitSlot[] = []
  for (let u = device.uBawah; u < device.uBawah + device.tinggiU; u++) for (const sisi of faces) slots.push({ u, sisi })
  return slots
}

/** "U10" or "U10-U11". */
export function unitLabel(uBawah: number, tinggiU: number): string {
  return tinggiU > 1 ? `U${uBawah}-U${uBawah + tinggiU - 1}` : `U${uBawah}`
}

/** Why a device does not fit in a rack of this height, or null. */
export function fitProblem(p: Pick<Placement, 'uBawah' | 'tinggiU'>, rack: { nama: string; tinggiU: number }): string | null {
  if (p.uBawah < 1) return 'Posisi U paling rendah adalah U1.'
  const top = p.uBawah + p.tinggiU - 1
  if (top > rack.tinggiU) {
    const highest = rack.tinggiU - p.tinggiU + 1
    return highest >= 1
      ? `Perangkat ${p.tinggiU}U yang dipasang mulai U${p.uBawah} melewati batas atas rak ${rack.nama} (${rack.tinggiU}U). Posisi U paling tinggi untuk perangkat ini adalah U${highest}.`
      : `Perangkat ${p.tinggiU}U lebih tinggi dari rak ${rack.nama} (${rack.tinggiU}U).`
  }
  return null
}

export interface Conflict<D> {
  device: D
  u: number
  sisi: Sisi
}

/** The devices (other than `selfId`) that already take any unit-face this placement needs, lowest unit first. */
export function findConflicts<D extends PlacedLike & { id: number }>(p: Placement, others: readonly D[], selfId: number | null = null): Conflict<D>[] {
  const wanted = occupiedUnits({ ...p, status: 'Aktif' })
  const conflicts: Conflict<D>[] = []
  for (const other of others) {
    if (other.id === selfId) continue
    const taken = new Set(occupiedUnits(other).map((s) => `${s.u}:${s.sisi}`))
    const hit = wanted.find((s) => taken.has(`${s.u}:${s.sisi}`))
    if (hit) conflicts.push({ device: other, u: hit.u, sisi: hit.sisi })
  }
  return conflicts.sort((a, b) => a.u - b.u || a.sisi.localeCompare(b.sisi))
}

/** The Indonesian message for a unit that is taken. */
export function conflictMessage(c: { u: number; sisi: Sisi; nama: string }, rakNama: string): string {
  return kalimat(`U${c.u} sisi ${c.sisi} di rak ${rakNama} sudah terisi oleh ${c.nama}`)
}

/** "R01 U10 (depan)", "R01 U10-U11 (belakang, kedalaman penuh)"; "Tidak di rak" for a device without a place. */
export function formatPosisi(
  rakNama: string | null,
  p: { uBawah: number | null; tinggiU: number; sisi: Sisi | null; kedalamanPenuh: boolean },
): string {
  if (!rakNama || p.uBawah === null || p.sisi === null) return 'Tidak di rak'
  return `${rakNama} ${unitLabel(p.uBawah, p.tinggiU)} (${p.sisi}${p.kedalamanPenuh ? ', kedalaman penuh' : ''})`
}

/**
 * The position in the short form documents print in narrow table columns: "R01 U5-U6 depan". Takes the long form
 * of `formatPosisi` (also what a withdrawn device keeps as its last position) and drops the brackets and the depth;
 * "-" when the device is not in a rack; any other text is returned as it is.
 */
export function posisiSingkat(posisi: string | null | undefined): string {
  const text = (posisi ?? '').trim()
  if (!text || text === 'Tidak di rak') return '-'
  const m = /^(.+?) (U\d+(?:-U\d+)?) \((depan|belakang)(?:, kedalaman penuh)?\)$/.exec(text)
  return m ? `${m[1]} ${m[2]} ${m[3]}` : text
}

/** Share of a rack's units that hold something on either face, 0..100 (whole percent). */
export function fillPercent(usedUnits: number, tinggiU: number): number {
  return tinggiU > 0 ? Math.round((usedUnits / tinggiU) * 100) : 0
}
