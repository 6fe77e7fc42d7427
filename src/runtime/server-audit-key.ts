// The audit chain's key on a shared PostgreSQL server (issue 9). Every desk appends to the one chain, so every desk
// holds the SAME 32-byte key; the database never does (whoever can edit the server could otherwise re-sign the chain).
//
// Policy (README, Kantor bersama -> Kunci Segel Audit):
// - The first desk that opens a server whose chain is not sealed yet (a new, empty server) creates the key and seals.
//   After "Pindahkan ke Server" the server is sealed with the moving desk's own SQLite key, which the move copies into
//   this desk's key for that server (copyKeyForServer).
// - A desk without the key, or with a different one, is REFUSED with an Indonesian message saying what to do (import
//   the key exported by the Admin). Not read-only: a desk that cannot seal would fork or break the chain on its first
//   write, and a half-working desk is harder to explain than a clear refusal.
// - The key travels between PCs as a short text (a file or copied): `SIDARA-KUNCI-SEGEL-1 <64 hex> <8 hex check>`.
//   It is a secret: anyone holding it and write access to the server can re-seal a forged chain.
import { createHash, timingSafeEqual } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { DataSource } from 'typeorm'
import type { PostgresConnection } from '../db/database-target'
import { AuditAnchor } from '../db/entities/AuditAnchor'
import { readAnchor, signNewAnchor } from '../services/audit-seal/anchor'
import { fileKeySource, type AnchorKeySource } from '../services/audit-seal/key'

const PREFIX = 'SIDARA-KUNCI-SEGEL-1'

/** A text for the key that cannot be pasted wrongly unnoticed: the check is the first 4 bytes of its fingerprint. */
export function formatKeyText(key: Buffer): string {
  return `${PREFIX} ${key.toString('hex')} ${checkOf(key)}\n`
}

function checkOf(key: Buffer): string {
  return keyFingerprint(key).replace(/-/g, '').slice(0, 8).toLowerCase()
}

/**
 * The key in a text made by formatKeyText (spaces, line breaks and case forgiven), or plain 64 hex digits (a key file
 * of browser mode). Throws an Error with an Indonesian message when it is not a whole, unchanged key.
 */
export function parseKeyText(text: string): Buffer {
  const words = text.trim().split(/\s+/)
  const hex = words[0] === PREFIX ? words[1] ?? '' : words.length === 1 ? words[0] : ''
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error('Teks Kunci Segel Audit tidak dikenali: salin seluruh teks yang diekspor, dari "SIDARA-KUNCI-SEGEL-1" sampai akhir.')
  const key = Buffer.from(hex, 'hex')
  if (words[0] === PREFIX && (words[2] ?? '').toLowerCase() !== checkOf(key)) {
    throw new Error('Teks Kunci Segel Audit tidak utuh (angka pemeriksanya tidak cocok): salin ulang teks yang diekspor.')
  }
  return key
}

/** What desks compare by eye ("Sidik Kunci"): 4 groups of 4 hex of SHA-256 over the key. Reveals nothing usable. */
export function keyFingerprint(key: Buffer): string {
  const h = createHash('sha256').update('sidara-kunci-segel').update(key).digest('hex').toUpperCase()
  return [0, 4, 8, 12].map((i) => h.slice(i, i + 4)).join('-')
}

/** The file name of a server's key in a desk's data folder: one per server, so two servers never share a key. */
export function serverKeyFileName(server: Pick<PostgresConnection, 'host' | 'port' | 'database'>, suffix = '.key'): string {
  const id = createHash('sha256').update(`${server.host.toLowerCase()}:${server.port}/${server.database}`).digest('hex').slice(0, 12)
  return `kunci-segel-${id}${suffix}`
}

/**
 * Browser mode's key file for a server: `--audit-key-file FILE` (or env SIDARA_AUDIT_KEY_FILE) if given, else
 * `<data folder>/kunci-segel-<id>.key`. The file holds the key text (formatKeyText), readable by its owner only.
 */
export function serverKeySource(file: string): AnchorKeySource {
  return fileKeySource(file, { wrap: (key) => Buffer.from(formatKeyText(key)), unwrap: (stored) => parseKeyText(stored.toString('utf8')) })
}

/** Writes `key` as a server key file (owner-only; replaces an older one, e.g. a wrong key). */
export function writeServerKeyFile(file: string, key: Buffer): void {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, formatKeyText(key), { mode: 0o600 })
  chmodSync(file, 0o600)
}

/**
 * After "Pindahkan ke Server" in browser mode: the server is sealed with the SQLite file's key (hex file), which this
 * desk then keeps as the server's key. False when the file has no key (nothing was ever sealed).
 */
export function copyKeyForServer(sqliteKeyFile: string, serverKeyFile: string): boolean {
  if (!existsSync(sqliteKeyFile)) return false
  writeServerKeyFile(serverKeyFile, parseKeyText(readFileSync(sqliteKeyFile, 'utf8')))
  return true
}

/** This desk has no key for a server whose chain is already sealed. */
export class AuditKeyMissingError extends Error {
  override name = 'AuditKeyMissingError'
  constructor(where: string, how: string) {
    super(
      `Rantai audit di server ${where} sudah bersegel dengan Kunci Segel Audit dari PC lain, dan PC ini belum memilikinya. ` +
        `Minta Admin mengekspor kunci itu (Pengaturan -> Basis Data -> Kunci Segel Audit di PC yang sudah terhubung), lalu ${how}`,
    )
  }
}

/** This desk's key does not open the server's seal (a key of another server, or the seal was changed outside Sidara). */
export class AuditKeyMismatchError extends Error {
  override name = 'AuditKeyMismatchError'
  constructor(where: string, fingerprint: string, how: string) {
    super(
      `Kunci Segel Audit di PC ini (sidik ${fingerprint}) tidak cocok dengan segel rantai audit di server ${where}. ` +
        `Impor ulang kunci yang diekspor Admin dari PC yang sudah terhubung: ${how} ` +
        'Jika kunci yang sama pun ditolak, jangkar audit di server diubah di luar aplikasi: hubungi pengelola server.',
    )
  }
}

/** How a desk imports the key, per shell: said at the end of the two errors above. */
export interface KeyHelp {
  /** e.g. 'jalankan Sidara dengan --audit-key-file BERKAS.' */
  how: string
}

/**
 * Seals a fresh server with this desk's key, or checks that this desk holds the key the server is sealed with.
 * Two desks opening a fresh server at once: the anchor row is locked (FOR UPDATE) while the first seals, so the second
 * then sees the seal and is checked against it. Throws AuditKeyMissingError / AuditKeyMismatchError; the key file is
 * never created for a server that is already sealed.
 */
export async function sealOrCheckServer(ds: DataSource, source: AnchorKeySource, where: string, help: KeyHelp, at: string): Promise<void> {
  await ds.transaction(async (em) => {
    await em.getRepository(AuditAnchor).createQueryBuilder('a').setLock('pessimistic_write').where('a.id = 1').getOne()
    const anchor = await em.getRepository(AuditAnchor).findOneBy({ id: 1 })
    if (anchor && anchor.mac === null) {
      await signNewAnchor(em, source.key(), at)
      return
    }
    if (!source.existedBefore) throw new AuditKeyMissingError(where, help.how)
  })
  const key = source.key()
  const reading = await readAnchor(ds.manager, key)
  if (!reading.ok) throw new AuditKeyMismatchError(where, keyFingerprint(key), help.how)
}

/** Whether two keys are the same (constant time). */
export function sameKey(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The default home of a server's key in browser mode (see serverKeySource). */
export function defaultServerKeyFile(dataDir: string, server: Pick<PostgresConnection, 'host' | 'port' | 'database'>): string {
  return join(dataDir, serverKeyFileName(server))
}
