// Numbers in Indonesian words ("terbilang"), as official documents spell out amounts and dates.
const SATUAN = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas']

/** Largest supported value: just under one trillion (satu triliun), far beyond any count on a letter. */
export const TERBILANG_MAX = 999_999_999_999

const SKALA: readonly (readonly [number, string])[] = [
  [1_000_000_000, 'miliar'],
  [1_000_000, 'juta'],
  [1_000, 'ribu'],
]

function kata(n: number): string[] {
  if (n < 12) return n === 0 ? [] : [SATUAN[n]]
  if (n < 20) return [SATUAN[n - 10], 'belas']
  if (n < 100) return [SATUAN[Math.floor(n / 10)], 'puluh', ...kata(n % 10)]
  // 100 and 1000 take the prefix "se-" (seratus, seribu); juta and miliar do not (satu juta).
  if (n < 200) return ['seratus', ...kata(n - 100)]
  if (n < 1000) return [SATUAN[Math.floor(n / 100)], 'ratus', ...kata(n % 100)]
  if (n < 2000) return ['seribu', ...kata(n - 1000)]
  for (const [nilai, nama] of SKALA) {
    if (n >= nilai) return [...kata(Math.floor(n / nilai)), nama, ...kata(n % nilai)]
  }
  throw new Error('unreachable')
}

/** terbilang(2026) === "dua ribu dua puluh enam"; integers within ±TERBILANG_MAX. */
export function terbilang(n: number): string {
  if (!Number.isInteger(n) || Math.abs(n) > TERBILANG_MAX) {
    throw new RangeError(`Angka tidak dapat dieja: ${n}`)
  }
  if (n === 0) return 'nol'
  const words = kata(Math.abs(n)).join(' ')
  return n < 0 ? `minus ${words}` : words
}

/** "Dua Puluh Empat": each word capitalised, as in amounts written on forms. */
export function terbilangKapital(n: number): string {
  return terbilang(n).replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase())
}

/** Digits grouped with dots, the Indonesian thousands separator: 1250 -> "1.250". */
function angka(n: number): string {
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, '.')
  return n < 0 ? `-${digits}` : digits
}

/** "1 (satu) berkas", the way Lampiran and quantities are written. */
export function jumlahDenganTerbilang(n: number, satuan: string): string {
  return `${angka(n)} (${terbilang(n)}) ${satuan}`.trim()
}
