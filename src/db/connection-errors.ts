import { DatabaseAddressError, type PostgresConnection } from './database-target'
import { SchemaNewerError } from './schema-guard'

/**
 * What kind of thing stops Sidara from using a PostgreSQL server, so the screen and the startup dialog can say what to
 * fix: the address itself, the host (unreachable), the login (user or password), access refused by the server's
 * rules, the database (missing), TLS, the schema (newer than this app; or older, and this role may not update it),
 * or something else.
 */
export type ConnectionProblem = 'address' | 'host' | 'password' | 'access' | 'database' | 'tls' | 'schema-newer' | 'schema-update' | 'other'

/**
 * The schema must be updated to this version, but the role in use may not change it (the app role of the README's
 * set-up): the administrator starts this Sidara once with the owner's role.
 */
export function schemaUpdateNeeded(user: string, cause?: unknown): DatabaseConnectionError {
  return new DatabaseConnectionError(
    'schema-update',
    `Skema basis data perlu diperbarui untuk versi Sidara ini, tetapi pengguna "${user}" tidak berhak mengubah skema. ` +
      'Minta administrator menjalankan Sidara ini sekali dengan pengguna pemilik basis data (README: Kantor bersama).',
    { cause },
  )
}

/** A failure to reach or open the server, with an Indonesian message naming what to fix; `cause` keeps the driver's error. */
export class DatabaseConnectionError extends Error {
  override name = 'DatabaseConnectionError'
  constructor(
    readonly problem: ConnectionProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

const HOST_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'EAI_AGAIN', 'ECONNRESET', 'EADDRNOTAVAIL'])
const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|SELF_SIGNED_|DEPTH_ZERO_)/

/**
 * Turns an error from connecting (pg driver, Node's socket/TLS layer, our own checks) into a problem kind and an
 * Indonesian message. PostgreSQL's SQLSTATE codes: 28P01 invalid_password (also sent for an unknown user, so the
 * server does not reveal which users exist), 28000 invalid_authorization_specification (pg_hba.conf has no entry),
 * 3D000 invalid_catalog_name (database missing) - https://www.postgresql.org/docs/15/errcodes-appendix.html.
 */
export function explainConnectionError(error: unknown, c?: PostgresConnection): DatabaseConnectionError {
  if (error instanceof DatabaseConnectionError) return error
  if (error instanceof DatabaseAddressError) return new DatabaseConnectionError('address', error.message, { cause: error })
  if (error instanceof SchemaNewerError) return new DatabaseConnectionError('schema-newer', error.message, { cause: error })
  const e = (error ?? {}) as { code?: string; message?: string }
  const code = e.code ?? ''
  const text = e.message ?? String(error)
  const server = c ? `${c.host.includes(':') ? `[${c.host}]` : c.host}:${c.port}` : 'server'
  if (HOST_CODES.has(code) || /timeout|Connection terminated unexpectedly/i.test(text)) {
    return new DatabaseConnectionError(
      'host',
      `Server basis data ${server} tidak dapat dihubungi. Periksa nama host dan port, jaringan ke server, dan bahwa PostgreSQL berjalan dan menerima koneksi dari PC ini.`,
      { cause: error },
    )
  }
  if (code === '28P01') {
    return new DatabaseConnectionError('password', `Nama pengguna atau kata sandi salah${c ? ` untuk pengguna "${c.user}"` : ''}. Periksa keduanya pada pengaturan basis data.`, { cause: error })
  }
  if (code === '28000') {
    return new DatabaseConnectionError(
      'access',
      `Server ${server} menolak koneksi dari PC ini${c ? ` untuk pengguna "${c.user}" ke basis data "${c.database}"` : ''}. Minta administrator mengizinkannya (pg_hba.conf).`,
      { cause: error },
    )
  }
  if (code === '3D000') {
    return new DatabaseConnectionError(
      'database',
      `Basis data${c ? ` "${c.database}"` : ''} tidak ada di server ${server}. Periksa namanya, atau minta administrator membuatnya (README: Kantor bersama).`,
      { cause: error },
    )
  }
  if (TLS_CODES.test(code) || /SSL|TLS|certificate/i.test(text)) {
    return new DatabaseConnectionError(
      'tls',
      `Koneksi aman (TLS) ke server ${server} gagal: ${/does not support SSL/i.test(text) ? 'server tidak menyediakan TLS' : 'sertifikat server tidak dapat dipercaya'}. Periksa pilihan TLS dan berkas sertifikat CA.`,
      { cause: error },
    )
  }
  return new DatabaseConnectionError('other', `Basis data tidak dapat dibuka: ${text}`, { cause: error })
}
