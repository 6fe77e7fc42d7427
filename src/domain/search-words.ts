import { ipSearchForm } from './inventory'

/**
 * What a user typed into a letter search, as words of tokens, the way the full-text indexes of both engines split
 * text: words at whitespace; accents removed and lower case; each word cut into tokens of letters and digits, so
 * "500.12/091/DISDIK" is one word of four tokens. Words with no letter or digit are dropped (empty result: nothing to
 * search for).
 */
export function searchWords(text: string): string[][] {
  return text
    .split(/\s+/)
    .map((w) => w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase())
    .map((w) => w.split(/[^\p{L}\p{N}]+/u).filter(Boolean))
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
