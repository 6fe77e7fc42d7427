import { ipSearchForm } from './inventory'

/**
 * What a user typed into a letter search, as words of tokens, the way the full-text indexes of both engines split
 * text: words at whitespace; accents removed (NFD, then the combining marks U+0300-U+036F dropped: what FTS5's
 * remove_diacritics does and the PostgreSQL index's sidara_teks_cari, migrations/postgres/1764001400000-CariSeragam)
 * and lower case; each word cut into tokens of letters and decimal digits, so "500.12/091/DISDIK" is one word of four
 * tokens. Nothing else is folded (ß, æ, ł and ligatures stay), since FTS5 does not fold them. Other numbers (², ½, ①)
 * split like punctuation: PostgreSQL drops them from the index, so "x²" searches "x", which both engines find. Words
 * with no letter or digit are dropped (empty result: nothing to search for).
 */
export function searchWords(text: string): string[][] {
  return text
    .split(/\s+/)
    .map((w) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase())
    .map((w) => w.split(/[^\p{L}\p{Nd}]+/u).filter(Boolean))
    .filter((tokens) => tokens.length > 0)
}

/**
 * What a user typed into a device search, as words matched by any fragment; each word is its list of alternative
 * forms (any one may match): as typed, and, for (part of) an IP address, the form addresses are stored in
 * (ipSearchForm: "[2001:DB8:0::5]/64" -> "2001:db8::5", "010.020.030.005" -> "10.20.30.5").
 */
export function deviceSearchWords(text: string): string[][] {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => [...new Set([w, ipSearchForm(w)])])
}
