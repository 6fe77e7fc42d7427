import { safeStorage } from 'electron'
import { dirname, join } from 'node:path'
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
