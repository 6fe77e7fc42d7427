import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPgTestDatabase, PG_URL, type PgTestDatabase } from '../testing/postgres'
import { createCore, defaultServerKeySource } from './core'
import {
  AuditKeyMismatchError, AuditKeyMissingError, copyKeyForServer, formatKeyText, keyFingerprint, parseKeyText, serverKeyFileName, serverKeySource, writeServerKeyFile,
} from './server-audit-key'

describe('Kunci Segel Audit as text', () => {
  it('round-trips, forgives spaces and line breaks, and catches a changed digit', () => {
    const key = randomBytes(32)
    const text = formatKeyText(key)
    expect(text).toMatch(/^SIDARA-KUNCI-SEGEL-1 [0-9a-f]{64} [0-9a-f]{8}\n$/)
    expect(parseKeyText(`  ${text.replace(/ /g, '\n  ').toUpperCase().replace('SIDARA-KUNCI-SEGEL-1'.toUpperCase(), 'SIDARA-KUNCI-SEGEL-1')}`).equals(key)).toBe(true)
    expect(parseKeyText(key.toString('hex')).equals(key)).toBe(true)
    const hex = key.toString('hex')
    const typo = text.replace(hex, (hex[0] === 'a' ? 'b' : 'a') + hex.slice(1))
    expect(() => parseKeyText(typo)).toThrow(/tidak utuh/)
    expect(() => parseKeyText('kunci saya')).toThrow(/tidak dikenali/)
    expect(keyFingerprint(key)).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/)
  })

  it('names one file per server', () => {
    const a = serverKeyFileName({ host: 'db.kantor', port: 5432, database: 'sidara' })
    expect(a).toMatch(/^kunci-segel-[0-9a-f]{12}\.key$/)
    expect(serverKeyFileName({ host: 'DB.kantor', port: 5432, database: 'sidara' })).toBe(a)
    expect(serverKeyFileName({ host: 'db.kantor', port: 5432, database: 'lain' })).not.toBe(a)
  })
})

// Three desks, each with its own data folder, on one real PostgreSQL database.
describe.runIf(PG_URL)('Kunci Segel Audit on a shared server (PostgreSQL)', () => {
  let db: PgTestDatabase
  let dir: string
  beforeAll(async () => {
    db = await createPgTestDatabase()
    dir = mkdtempSync(join(tmpdir(), 'sidara-kunci-'))
  })
  afterAll(async () => {
    await db?.drop()
    rmSync(dir, { recursive: true, force: true })
  })
  const open = (file: string) =>
    createCore({ database: { engine: 'postgres', connection: db.connection }, auditKey: serverKeySource(file), logError: () => undefined })

  it('the first desk seals with a new key; a desk without it is refused; with the exported key it opens; another key is refused', async () => {
    const fileA = join(dir, 'a', 'kunci.key')
    const a = await open(fileA)
    await a.close()
    expect(statSync(fileA).mode & 0o777).toBe(0o600)
    const keyA = parseKeyText(readFileSync(fileA, 'utf8'))
    expect((await db.sql<{ mac: string | null }>('SELECT mac FROM audit_anchor WHERE id = 1'))[0].mac).not.toBeNull()

    const fileB = join(dir, 'b', 'kunci.key')
    await expect(open(fileB)).rejects.toThrow(AuditKeyMissingError)
    await expect(open(fileB)).rejects.toThrow(/--audit-key-file/)
    expect(existsSync(fileB)).toBe(false) // refused desks do not invent a key

    writeServerKeyFile(fileB, parseKeyText(formatKeyText(keyA)))
    const b = await open(fileB)
    await b.close()

    const fileC = join(dir, 'c', 'kunci.key')
    writeServerKeyFile(fileC, randomBytes(32))
    const refused = open(fileC)
    await expect(refused).rejects.toThrow(AuditKeyMismatchError)
    await expect(open(fileC)).rejects.toThrow(/tidak cocok/)
  })

  it('two desks opening one empty server at once: one seals, the other is refused, never two seals', async () => {
    // Migrated and seeded beforehand (as a template copy is): the race under test is the seal, not first-start seeding.
    const fresh = await createPgTestDatabase({ migrated: true })
    try {
      const at = (name: string) =>
        createCore({ database: { engine: 'postgres', connection: fresh.connection }, auditKey: serverKeySource(join(dir, name, 'kunci.key')), logError: () => undefined })
      const [x, y] = await Promise.allSettled([at('x'), at('y')])
      const opened = [x, y].filter((r) => r.status === 'fulfilled')
      expect(opened).toHaveLength(1)
      const refused = [x, y].find((r) => r.status === 'rejected') as PromiseRejectedResult
      // It waited on the anchor's row lock, then found the seal: refused as a desk without the key, no key file made.
      expect(refused.reason).toBeInstanceOf(AuditKeyMissingError)
      expect([existsSync(join(dir, 'x', 'kunci.key')), existsSync(join(dir, 'y', 'kunci.key'))].filter(Boolean)).toHaveLength(1)
      await (opened[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof at>>>).value.close()
    } finally {
      await fresh.drop()
    }
  }, 60_000)

  it('after a move a desk keeps its SQLite key for the server; the default file is per server in the data folder', () => {
    const sqliteKey = join(dir, 'audit-anchor.key')
    const key = randomBytes(32)
    writeFileSync(sqliteKey, key.toString('hex'))
    const target = join(dir, 'd', 'server.key')
    copyKeyForServer(sqliteKey, target)
    expect(parseKeyText(readFileSync(target, 'utf8')).equals(key)).toBe(true)
    const src = defaultServerKeySource({ engine: 'postgres', connection: db.connection }, { env: { SIDARA_AUDIT_KEY_FILE: target } })
    expect(src.existedBefore).toBe(true)
    expect(src.key().equals(key)).toBe(true)
  })
})
