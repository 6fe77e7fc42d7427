// Official document numbers (Tata Naskah Dinas): a format with placeholders, filled from a yearly counter.

/** The surat dinas form, `500.12.2/091/KOMINFO-PE/2026` (DOMAIN.md section 6). */
export const DEFAULT_NUMBER_FORMAT = '{kka}/{urut}/{unit}/{tahun}'

/** A numbered document kind and its starting format (the SOPs declare theirs: SopDefinition.nomorDokumen). */
export interface FormatNomorAwal {
  jenis: string
  nama: string
  /** With placeholders (NUMBER_PLACEHOLDERS). */
  format: string
  kka: string
  unit: string
}

export const NUMBER_PLACEHOLDERS = ['{kka}', '{urut}', '{unit}', '{tahun}', '{bulan}', '{bulanRomawi}'] as const

const ROMAWI = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']

export interface NumberParts {
  kka: string
  urut: number
  unit: string
  /** ISO date of the document. */
  tanggal: string
  digit: number
}

/** "500.12.2/091/KOMINFO-PE/2026" from "{kka}/{urut}/{unit}/{tahun}". */
export function formatNomor(format: string, p: NumberParts): string {
  const month = Number(p.tanggal.slice(5, 7))
  return format
    .replaceAll('{kka}', p.kka)
    .replaceAll('{urut}', String(p.urut).padStart(p.digit, '0'))
    .replaceAll('{unit}', p.unit)
    .replaceAll('{tahun}', p.tanggal.slice(0, 4))
    .replaceAll('{bulan}', String(month).padStart(2, '0'))
    .replaceAll('{bulanRomawi}', ROMAWI[month - 1])
}

const KNOWN: readonly string[] = NUMBER_PLACEHOLDERS
/** A placeholder as written: braces around anything but braces. */
const TOKEN = /\{[^{}]*\}/g

/** "{Urut}", "{ tahun }": the known placeholder meant, by letters alone. */
const meant = (token: string) => KNOWN.find((k) => k.toLowerCase() === token.toLowerCase().replace(/\s+/g, ''))

/**
 * Every mistake of a format at once, in Indonesian, empty when it can be used: it must contain {urut} (else two
 * documents would share a number), only known placeholders (a near miss such as "{Urut}" names the one meant) and
 * braces in pairs.
 */
export function numberFormatProblems(format: string): string[] {
  const problems: string[] = []
  if (!format.includes('{urut}')) problems.push('Format nomor wajib memuat {urut}.')
  const unknown = [...new Set(format.match(TOKEN) ?? [])].filter((t) => !KNOWN.includes(t))
  if (unknown.length) {
    const named = unknown.map((t) => (meant(t) ? `${t} (maksudnya ${meant(t)}?)` : t))
    problems.push(`Penanda tidak dikenal: ${named.join(', ')}. Yang tersedia: ${NUMBER_PLACEHOLDERS.join(' ')}.`)
  }
  const unpaired = format.replace(TOKEN, '').match(/[{}]/g)
  if (unpaired) problems.push(`Kurung kurawal tanpa pasangan (${unpaired.join(' ')}): tiap penanda ditulis lengkap, misalnya {urut}.`)
  return problems
}

/** The format's mistakes as one message for its field (`numberFormatProblems` joined), or null when there is none. */
export function numberFormatProblem(format: string): string | null {
  const problems = numberFormatProblems(format)
  return problems.length ? problems.join(' ') : null
}

/** One kind's numbering as set in Pengaturan: its format and the fixed values it fills in. */
export interface NumberFormatSpec {
  format: string
  kka: string
  unit: string
  /** Minimum digits of {urut}. */
  digit: number
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A regular expression matching every number the spec can ever produce (any year, month and sequence number). */
export function numberPattern(spec: NumberFormatSpec): RegExp {
  const parts = spec.format.split(/(\{[^}]*\})/).map((t) => {
    switch (t) {
      case '{kka}': return escapeRegExp(spec.kka)
      case '{unit}': return escapeRegExp(spec.unit)
      case '{urut}': return `\\d{${Math.max(1, spec.digit)},}`
      case '{tahun}': return '\\d{4}'
      case '{bulan}': return '(?:0[1-9]|1[0-2])'
      case '{bulanRomawi}': return `(?:${ROMAWI.join('|')})`
      default: return escapeRegExp(t)
    }
  })
  return new RegExp(`^${parts.join('')}$`)
}

// Sequence numbers that probe every digit count and the year-like values a {tahun} elsewhere could meet.
const PROBE_URUT = [1, 7, 10, 12, 99, 100, 123, 999, 1000, 1999, 2024, 2026, 2030, 9999, 10000, 123456]
const PROBE_TANGGAL = Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, '0')}-15`).concat(['1999-01-15', '2100-12-15'])

function probes(spec: NumberFormatSpec): string[] {
  return PROBE_TANGGAL.flatMap((tanggal) => PROBE_URUT.map((urut) => formatNomor(spec.format, { ...spec, urut, tanggal })))
}

/**
 * A number both specs can print, or null when they cannot meet. Each spec's numbers (every month, years 1999-2100,
 * sequence numbers of every width up to six digits and the year-like ones) are matched against the other's pattern,
 * both ways. Placeholders are digit runs or Roman months, so formats that differ only in where they put them or in
 * their fixed text are judged right; the register of issued numbers (UNIQUE) stays the last guard for anything else.
 */
export function numberCollision(a: NumberFormatSpec, b: NumberFormatSpec): string | null {
  const pa = numberPattern(a)
  const pb = numberPattern(b)
  return probes(a).find((n) => pb.test(n)) ?? probes(b).find((n) => pa.test(n)) ?? null
}
