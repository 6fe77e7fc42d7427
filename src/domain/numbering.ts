// Official document numbers (Tata Naskah Dinas): a format with placeholders, filled from a yearly counter.

export const DEFAULT_NUMBER_FORMAT = '{kka}/{urut}/{unit}/{tahun}'
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

/** A format must contain {urut} (else two documents would share a number) and only known placeholders. */
export function numberFormatProblem(format: string): string | null {
  if (!format.includes('{urut}')) return 'Format nomor wajib memuat {urut}.'
  const unknown = (format.match(/\{[^}]*\}/g) ?? []).filter((t) => !(NUMBER_PLACEHOLDERS as readonly string[]).includes(t))
  if (unknown.length) return `Penanda tidak dikenal: ${unknown.join(', ')}. Yang tersedia: ${NUMBER_PLACEHOLDERS.join(' ')}.`
  return null
}
