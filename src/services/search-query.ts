import { fts5Match } from '../db/engines/sqlite'
import { searchWords } from '../domain/search-words'

/**
 * Turns what a user typed into an FTS5 MATCH expression: every word must appear (AND), the last word of each
 * piece also matches as a prefix. Punctuation splits tokens the same way the index does, so "091/DISDIK" finds
 * "500.12/091/DISDIK/2026". Returns null when nothing searchable is left.
 */
export function toFtsQuery(text: string): string | null {
  const words = searchWords(text)
  return words.length ? fts5Match(words) : null
}
