/**
 * Turns what a user types into an FTS5 MATCH expression: every word must appear (AND), the last word of each
 * piece also matches as a prefix. Punctuation splits tokens the same way the index does, so "091/DISDIK" finds
 * "500.12/091/DISDIK/2026". Returns null when nothing searchable is left.
 */
export function toFtsQuery(text: string): string | null {
  const words = text
    .split(/\s+/)
    .map((w) => w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase())
    .map((w) => w.split(/[^\p{L}\p{N}]+/u).filter(Boolean))
    .filter((tokens) => tokens.length > 0)
  if (words.length === 0) return null
  // Each word becomes a quoted phrase of its tokens; quotes inside are impossible since only letters/digits remain.
  return words.map((tokens) => `"${tokens.join(' ')}"*`).join(' AND ')
}
