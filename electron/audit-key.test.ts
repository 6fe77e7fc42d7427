import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => import('./testing/fake-electron'))
const { safeStorage } = await import('./testing/fake-electron')
const { safeStorageKeySource } = await import('./audit-key')

const dir = mkdtempSync(join(tmpdir(), 'sidara-audit-key-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('safeStorageKeySource', () => {
  it('stores the key encrypted by safeStorage and reads it back', () => {
    const db = join(dir, 'sidara.sqlite')
    const key = safeStorageKeySource(db).key()
    const stored = readFileSync(join(dir, 'audit-anchor.key.enc'))
    expect(stored.includes(Buffer.from(key.toString('hex')))).toBe(false)
    expect(safeStorageKeySource(db).key().equals(key)).toBe(true)
  })

  it('falls back to the owner-only key file when the OS offers no encryption', () => {
    safeStorage.available = false
    try {
      const db = join(dir, 'lain', 'sidara.sqlite')
      expect(safeStorageKeySource(db).key()).toHaveLength(32)
      expect(existsSync(join(dir, 'lain', 'audit-anchor.key'))).toBe(true)
    } finally {
      safeStorage.available = true
    }
  })
})
