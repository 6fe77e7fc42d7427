// Typed text in a list field (autocomplete): what it means when the user presses Enter or leaves the field without
// choosing from the list (issue 10 item 7: "never silently drops the text").

/** Lower-case words of a text, accents and punctuation aside: "Dinas  Pendidikan," -> ["dinas", "pendidikan"]. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}/]+/u)
    .filter(Boolean)
}

/**
 * True when every typed word appears in one of the item's texts (name, abbreviation...), in any order:
 * "pendidikan dinas", "didik", "DISDIK" all find "Dinas Pendidikan" (singkatan DISDIK).
 */
export function matchesWords(query: string, texts: readonly string[]): boolean {
  const words = searchWords(query)
  if (!words.length) return true
  const hay = texts.map((t) => searchWords(t).join(' '))
  return words.every((w) => hay.some((h) => h.includes(w)))
}

export type SingleMatch<T> = { kind: 'satu'; item: T } | { kind: 'tidak-ada' } | { kind: 'banyak'; jumlah: number }

/**
 * The one item `text` designates: an item one of whose texts equals it (ignoring case and spacing), else the only
 * item all of whose words it matches (matchesWords). None or several: the caller refuses with a message.
 */
export function singleMatch<T>(text: string, items: readonly T[], textsOf: (item: T) => readonly string[]): SingleMatch<T> {
  const key = searchWords(text).join(' ')
  if (!key) return { kind: 'tidak-ada' }
  const exact = items.filter((i) => textsOf(i).some((t) => t && searchWords(t).join(' ') === key))
  if (exact.length === 1) return { kind: 'satu', item: exact[0] }
  const found = exact.length > 1 ? exact : items.filter((i) => matchesWords(text, textsOf(i)))
  if (found.length === 1) return { kind: 'satu', item: found[0] }
  return found.length ? { kind: 'banyak', jumlah: found.length } : { kind: 'tidak-ada' }
}

/** The message beside a field whose typed text picked nothing, e.g. 'Pangkat/Golongan "Pembina X" tidak ada dalam daftar.' */
export function refusalMessage(label: string, text: string, match: Exclude<SingleMatch<unknown>, { kind: 'satu' }>): string {
  return match.kind === 'banyak'
    ? `"${text.trim()}" cocok dengan ${match.jumlah} pilihan ${label}; pilih salah satu dari daftar.`
    : `${label} "${text.trim()}" tidak ada dalam daftar; pilih dari daftar.`
}

/** An OPD is found by its singkatan too (DISDIK, BPKAD, DISHUB). */
export const opdTexts = (o: { singkatan: string }): string[] => (o.singkatan ? [o.singkatan] : [])

/**
 * A pangkat is found by its name and by its golongan alone too ("Penata Muda, III/a": "penata muda", "III/a"), so the
 * name typed whole takes that pangkat although "Penata Muda Tingkat I" also starts with it (a tester's finding).
 */
export const pangkatTexts = (p: string): string[] => p.split(/,\s*/)
