import { safeStorage } from 'electron'
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { formatKeyText, parseKeyText, serverKeyFileName, serverKeySource, writeServerKeyFile, type KeyHelp } from '../src/runtime/server-audit-key'
import type { PostgresConnection } from '../src/db/database-target'
import { defaultKeyFile, fileKeySource, type AnchorKeySource } from '../src/services/audit-seal/key'

/**
 * The audit anchor key in the Electron shell: kept in the data folder encrypted by the operating system's store
 * (DPAPI on Windows, Keychain, libsecret) through `safeStorage`, so copying the data folder alone does not give it
 * away. Where the OS offers no encryption, the owner-only key file of browser mode is used. Call after `app` is ready.
 */
export function safeStorageKeySource(dbFile: string): AnchorKeySource {
  if (!safeStorage.isEncryptionAvailable()) return fileKeySource(defaultKeyFile(dbFile))
  return fileKeySource(join(dirname(dbFile), 'audit-anchor.key.enc'), {
    wrap: (key) => safeStorage.encryptString(key.toString('hex')),
    unwrap: (stored) => Buffer.from(safeStorage.decryptString(stored), 'hex'),
  })
}

type Server = Pick<PostgresConnection, 'host' | 'port' | 'database'>

/** Where this PC keeps a server's Kunci Segel Audit: `<userData>/kunci-segel-<server id>.key.enc` (plain `.key` without safeStorage). */
export function serverKeyPath(userDataDir: string, server: Server): string {
  return join(userDataDir, serverKeyFileName(server, safeStorage.isEncryptionAvailable() ? '.key.enc' : '.key'))
}

/** A server's Kunci Segel Audit on this PC, encrypted with safeStorage like the SQLite key (src/runtime/server-audit-key.ts). */
export function safeStorageServerKeySource(userDataDir: string, server: Server): AnchorKeySource {
  const file = serverKeyPath(userDataDir, server)
  if (!safeStorage.isEncryptionAvailable()) return serverKeySource(file)
  return fileKeySource(file, {
    wrap: (key) => safeStorage.encryptString(formatKeyText(key)),
    unwrap: (stored) => parseKeyText(safeStorage.decryptString(stored)),
  })
}

/** Keeps `key` as this PC's key for `server`, replacing an older (wrong) one; read at the next start. */
export function importServerKey(userDataDir: string, server: Server, key: Buffer): void {
  const file = serverKeyPath(userDataDir, server)
  if (!safeStorage.isEncryptionAvailable()) return writeServerKeyFile(file, key)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, safeStorage.encryptString(formatKeyText(key)), { mode: 0o600 })
  chmodSync(file, 0o600)
}

/** How a desktop user brings the key to this PC: the startup refusal offers the import (electron/main.ts). */
export const DESKTOP_KEY_HELP: KeyHelp = {
  how: 'pilih "Impor Kunci Segel Audit" pada pesan ini dan buka berkas kunci itu.',
}
