// Pengaturan -> Basis Data on the desktop: which database this PC uses, kept in a small file in the user-data folder
// and read at the next start. The password is stored only encrypted with Electron's safeStorage (DPAPI on Windows,
// Keychain on macOS, the desktop's secret store on Linux); where safeStorage would fall back to its hard-coded key
// ('basic_text'), saving a password is refused: the office's database password is not kept in readable form.
import { safeStorage } from 'electron'
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DatabaseSettingsInput, DatabaseSettingsView } from '../src/contract/shell'
import type { PostgresConnection } from '../src/db/database-target'

/** The file's name in the user-data folder. */
export const DATABASE_SETTINGS_FILE = 'basis-data.json'

/** What the file holds. `passwordEncrypted` is safeStorage's output in base64, never the password. */
export interface StoredDatabaseSettings {
  engine: 'sqlite' | 'postgres'
  host: string
  port: number
  database: string
  user: string
  passwordEncrypted: string
  tls: boolean
  caFile: string
}

/** A setting that cannot be saved; `field` names the form field the message belongs next to. */
export class DatabaseSettingsError extends Error {
  override name = 'DatabaseSettingsError'
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message)
  }
}

const EMPTY: StoredDatabaseSettings = { engine: 'sqlite', host: '', port: 5432, database: 'sidara', user: 'sidara_app', passwordEncrypted: '', tls: true, caFile: '' }

export function settingsPath(userDataDir: string): string {
  return join(userDataDir, DATABASE_SETTINGS_FILE)
}

/** Whether safeStorage can protect a password here, and if not, why (Indonesian). Call after app 'ready'. */
export function passwordStorage(): { ok: boolean; message: string } {
  if (!safeStorage.isEncryptionAvailable()) {
    return { ok: false, message: 'Penyimpan rahasia sistem tidak tersedia di PC ini, jadi kata sandi tidak dapat disimpan dengan aman.' }
  }
  // Linux only: without kwallet/gnome-libsecret safeStorage encrypts with a fixed, public key (DATABASE.md section 8).
  const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os'
  if (backend === 'basic_text') {
    return {
      ok: false,
      message: 'PC ini tidak memiliki penyimpan rahasia (GNOME Keyring atau KWallet); kata sandi akan tersimpan tanpa perlindungan, jadi tidak disimpan. Pasang salah satunya, atau jalankan Sidara dengan --database.',
    }
  }
  return { ok: true, message: '' }
}

/** The stored settings, or the defaults (SQLite) when there is no file. A damaged file reads as the defaults. */
export function readDatabaseSettings(userDataDir: string): StoredDatabaseSettings {
  const file = settingsPath(userDataDir)
  if (!existsSync(file)) return { ...EMPTY }
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<StoredDatabaseSettings>
    return { ...EMPTY, ...raw, engine: raw.engine === 'postgres' ? 'postgres' : 'sqlite' }
  } catch {
    return { ...EMPTY }
  }
}

export function viewDatabaseSettings(userDataDir: string): Omit<DatabaseSettingsView, 'aktif'> {
  const { passwordEncrypted, ...rest } = readDatabaseSettings(userDataDir)
  const storage = passwordStorage()
  return { ...rest, passwordSaved: passwordEncrypted !== '', storageOk: storage.ok, storageMessage: storage.message }
}

/**
 * Saves the choice for the next start (written to a temporary file, then renamed: never half a file). For PostgreSQL
 * a new password is encrypted with safeStorage; an empty one keeps the saved password. Choosing SQLite keeps the
 * server's details (without changing them) so switching back is one click. Throws DatabaseSettingsError.
 */
export function saveDatabaseSettings(userDataDir: string, input: DatabaseSettingsInput): Omit<DatabaseSettingsView, 'aktif'> {
  const current = readDatabaseSettings(userDataDir)
  let next: StoredDatabaseSettings
  if (input.engine === 'sqlite') {
    next = { ...current, engine: 'sqlite' }
  } else {
    let passwordEncrypted = current.passwordEncrypted
    if (input.password) {
      const storage = passwordStorage()
      if (!storage.ok) throw new DatabaseSettingsError(storage.message, 'password')
      passwordEncrypted = safeStorage.encryptString(input.password).toString('base64')
    } else if (!passwordEncrypted) {
      throw new DatabaseSettingsError('Kata sandi wajib diisi.', 'password')
    }
    if (input.caFile && !existsSync(input.caFile)) throw new DatabaseSettingsError(`Berkas CA tidak ditemukan: ${input.caFile}`, 'caFile')
    next = { engine: 'postgres', host: input.host, port: input.port, database: input.database, user: input.user, passwordEncrypted, tls: input.tls || Boolean(input.caFile), caFile: input.caFile }
  }
  const file = settingsPath(userDataDir)
  const tmp = `${file}.baru`
  writeFileSync(tmp, JSON.stringify(next, null, 2), { mode: 0o600 })
  try {
    renameSync(tmp, file)
  } catch (error) {
    rmSync(tmp, { force: true })
    throw error
  }
  return viewDatabaseSettings(userDataDir)
}

/**
 * The server this PC was set to use on Pengaturan -> Basis Data, or null for the SQLite file. Read by the boot (after
 * app 'ready'); a password that can no longer be decrypted (another Windows user, a new keyring) is an error with an
 * Indonesian message, since starting on the local file instead would silently split the office's record.
 */
export function databaseFromSettings(userDataDir: string): PostgresConnection | null {
  const s = readDatabaseSettings(userDataDir)
  if (s.engine !== 'postgres') return null
  let password: string
  try {
    password = safeStorage.decryptString(Buffer.from(s.passwordEncrypted, 'base64'))
  } catch {
    throw new DatabaseSettingsError(
      `Kata sandi basis data server tidak dapat dibuka di PC ini. Hapus berkas ${settingsPath(userDataDir)} (Sidara kembali ke basis data lokal) lalu isi lagi Pengaturan -> Basis Data.`,
    )
  }
  return { host: s.host, port: s.port, database: s.database, user: s.user, password, tls: s.tls || Boolean(s.caFile), ...(s.caFile ? { caFile: s.caFile } : {}) }
}
