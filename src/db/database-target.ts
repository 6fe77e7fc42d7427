import { existsSync, readFileSync } from 'node:fs'

/**
 * How Sidara reaches a PostgreSQL server (the office's shared database). Parsed from a URL
 * `postgres://USER:PASS@HOST:PORT/DB[?sslmode=...&sslrootcert=FILE]` plus an optional CA file.
 */
export interface PostgresConnection {
  host: string
  /** TCP port, 5432 when the URL names none. */
  port: number
  database: string
  user: string
  password: string
  /**
   * TLS on or off. When on, the server's certificate is always verified (against `caFile` if given, otherwise the
   * system's CAs): a connection that could be intercepted is not offered as "secure".
   */
  tls: boolean
  /** PEM file of the CA that signed the server's certificate (the office's own CA); implies `tls`. */
  caFile?: string
}

/** Which engine holds the record: a local SQLite file (the default) or the office's PostgreSQL server. */
export type DatabaseTarget = { engine: 'sqlite'; file: string } | { engine: 'postgres'; connection: PostgresConnection }

/** A database address or its TLS options cannot be used; `message` is for the user (Indonesian). */
export class DatabaseAddressError extends Error {
  override name = 'DatabaseAddressError'
}

// libpq's sslmode values. Sidara verifies whenever TLS is on, so require/verify-ca/verify-full all mean "TLS, verified".
const TLS_MODES: Record<string, boolean | 'default'> = {
  disable: false,
  allow: 'default',
  prefer: 'default',
  require: true,
  'verify-ca': true,
  'verify-full': true,
}

/**
 * Reads a PostgreSQL URL. `options.caFile` (from `--database-ca` or the settings screen) wins over `sslrootcert`.
 * Throws DatabaseAddressError with an Indonesian message naming what is wrong; the password never appears in it.
 */
export function parsePostgresUrl(text: string, options: { caFile?: string } = {}): PostgresConnection {
  let url: URL
  try {
    url = new URL(text.trim())
  } catch {
    throw new DatabaseAddressError('Alamat basis data tidak dapat dibaca. Bentuknya: postgres://PENGGUNA:KATA-SANDI@HOST:PORT/NAMA-BASIS-DATA')
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new DatabaseAddressError(`Alamat basis data harus diawali postgres:// (bukan ${url.protocol}//).`)
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1')
  if (!host) throw new DatabaseAddressError('Alamat basis data belum menyebut host server.')
  const port = url.port ? Number(url.port) : 5432
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''))
  if (!database || database.includes('/')) throw new DatabaseAddressError('Alamat basis data belum menyebut nama basis data (…/NAMA-BASIS-DATA).')
  const user = decodeURIComponent(url.username)
  if (!user) throw new DatabaseAddressError('Alamat basis data belum menyebut nama pengguna (postgres://PENGGUNA@…).')

  let tls: boolean | 'default' = 'default'
  let caFile = options.caFile
  for (const [key, value] of url.searchParams) {
    if (key === 'sslmode') {
      if (!(value in TLS_MODES)) throw new DatabaseAddressError(`sslmode "${value}" tidak dikenal. Pilih: ${Object.keys(TLS_MODES).join(', ')}.`)
      tls = TLS_MODES[value]
    } else if (key === 'sslrootcert') caFile ??= value
    else throw new DatabaseAddressError(`Pilihan "${key}" pada alamat basis data tidak dikenal (yang dikenal: sslmode, sslrootcert).`)
  }
  if (tls === false && caFile) throw new DatabaseAddressError('Berkas CA diberikan, tetapi sslmode=disable mematikan TLS. Hapus salah satunya.')
  return { host, port, database, user, password: decodeURIComponent(url.password), tls: tls === 'default' ? Boolean(caFile) : tls, ...(caFile ? { caFile } : {}) }
}

/** The `ssl` option for the pg driver: off, or on with the certificate verified (optionally against the CA file). */
export function tlsOptions(c: PostgresConnection): false | { rejectUnauthorized: true; ca?: string } {
  if (!c.tls) return false
  if (!c.caFile) return { rejectUnauthorized: true }
  if (!existsSync(c.caFile)) throw new DatabaseAddressError(`Berkas sertifikat CA tidak ditemukan: ${c.caFile}`)
  return { rejectUnauthorized: true, ca: readFileSync(c.caFile, 'utf8') }
}

/** A one-line description for logs and the window title: the password is never shown. */
export function describeTarget(t: DatabaseTarget): string {
  if (t.engine === 'sqlite') return t.file
  const c = t.connection
  return `postgres://${c.user}@${c.host.includes(':') ? `[${c.host}]` : c.host}:${c.port}/${c.database}${c.tls ? ' (TLS)' : ''}`
}

/** Where the shells take the database from: `--database URL` (or env SIDARA_DATABASE_URL) wins over the SQLite file. */
export interface DatabaseChoice {
  /** `--database URL` */
  database?: string
  /** `--database-ca FILE` */
  databaseCa?: string
  /** `--demo`: the sample data lives in its own SQLite file, never on a shared server. */
  demo?: boolean
}

/**
 * Picks the engine: a PostgreSQL URL from the command line, else from env SIDARA_DATABASE_URL (CA file from
 * SIDARA_DATABASE_CA), else the SQLite file `sqliteFile` (the default, unchanged). Throws DatabaseAddressError for an
 * unreadable URL, or for --demo together with a server.
 */
export function resolveDatabaseTarget(choice: DatabaseChoice, env: NodeJS.ProcessEnv, sqliteFile: string): DatabaseTarget {
  const url = choice.database ?? (env.SIDARA_DATABASE_URL || undefined)
  if (!url) return { engine: 'sqlite', file: sqliteFile }
  if (choice.demo) throw new DatabaseAddressError('Data contoh (--demo) hanya dijalankan di berkas SQLite lokal, tidak di server PostgreSQL.')
  const caFile = choice.databaseCa ?? (env.SIDARA_DATABASE_CA || undefined)
  return { engine: 'postgres', connection: parsePostgresUrl(url, { caFile }) }
}
