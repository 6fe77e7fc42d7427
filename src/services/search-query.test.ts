import { describe, expect, it } from 'vitest'
import { toFtsQuery } from './search-query'

describe('toFtsQuery', () => {
  it('ANDs words with prefix matching', () => {
    expect(toFtsQuery('penarikan server')).toBe('"penarikan"* AND "server"*')
  })
  it('splits letter numbers on punctuation like the index does', () => {
    expect(toFtsQuery('091/DISDIK')).toBe('"091 disdik"*')
  })
  it('drops FTS syntax and diacritics', () => {
    expect(toFtsQuery('"OR" NEAR( café*')).toBe('"or"* AND "near"* AND "cafe"*')
  })
  it('returns null for nothing searchable', () => {
    expect(toFtsQuery('  ** ')).toBeNull()
  })
})
