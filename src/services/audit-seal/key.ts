import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * Where the audit anchor's secret comes from. The secret never lives in the database, so someone who edits the
 * SQLite file cannot re-sign the chain. Electron keeps it encrypted with `safeStorage` (electron/audit-key.ts);
 * browser mode and tests keep it in an owner-only key file.
 */
export interface AnchorKeySource {
  /** The 32-byte secret; created on first use. Throws if an existing key cannot be read. */
  key(): Buffer
  /** Whether the key existed before this start (a missing key beside a sealed log is reported by the check). */
  readonly existedBefore: boolean
}

/** The default key file beside the database: `<data folder>/audit-anchor.key`. */
export function defaultKeyFile(dbFile: string): string {
  return join(dirname(dbFile), 'audit-anchor.key')
}

/**
 * A key kept in a file readable and writable only by its owner (mode 0600). `wrap`/`unwrap` let Electron encrypt
 * the stored bytes with `safeStorage`; without them the file holds the key as hex.
 */
export function fileKeySource(file: string, codec?: { wrap(key: Buffer): Buffer; unwrap(stored: Buffer): Buffer }): AnchorKeySource {
  const existedBefore = existsSync(file)
  let cached: Buffer | null = null
  return {
    existedBefore,
    key() {
      if (cached) return cached
      if (existsSync(file)) {
        const stored = readFileSync(file)
        cached = codec ? codec.unwrap(stored) : Buffer.from(stored.toString('utf8').trim(), 'hex')
        if (cached.length !== 32) throw new Error(`Kunci jangkar audit di ${file} rusak.`)
        return cached
      }
      mkdirSync(dirname(file), { recursive: true })
      const key = randomBytes(32)
      writeFileSync(file, codec ? codec.wrap(key) : key.toString('hex'), { mode: 0o600, flag: 'wx' })
      chmodSync(file, 0o600)
      cached = key
      return key
    },
  }
}

/** A fixed key held in memory (for `:memory:` databases and unit tests that need no file). */
export function memoryKeySource(key: Buffer = randomBytes(32)): AnchorKeySource {
  return { existedBefore: true, key: () => key }
}
