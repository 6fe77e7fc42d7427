// The error model shared by core, shells and renderer. Messages are Indonesian and meant for the user.
export type ErrorCode =
  | 'VALIDATION' // input failed its schema; `fields` says which and why
  | 'DOMAIN' // a business rule refused the operation
  | 'CONFLICT' // the record changed since it was read
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'INTERNAL'

export interface ErrorBody {
  code: ErrorCode
  message: string
  /** Field path (dot-joined) -> Indonesian message, for VALIDATION. */
  fields?: Record<string, string>
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody }

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message)
    this.name = 'AppError'
  }
  toBody(): ErrorBody {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message }
  }
}

export class ValidationError extends AppError {
  constructor(fields: Record<string, string>, message = 'Periksa kembali isian yang ditandai.') {
    super('VALIDATION', message, fields)
  }
}

/** Turns zod's issues into one Indonesian message per field path ('perangkat.0.catatan'; '_' for the whole input). */
export function toValidationError(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): ValidationError {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_'
    fields[path] ??= issue.message
  }
  return new ValidationError(fields)
}

export class DomainError extends AppError {
  constructor(message: string, field?: string) {
    super('DOMAIN', message, field ? { [field]: message } : undefined)
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} tidak ditemukan.`)
  }
}

export class ConflictError extends AppError {
  constructor(message = 'Data ini sudah diubah oleh pengguna lain. Muat ulang lalu ulangi perubahan Anda.') {
    super('CONFLICT', message)
  }
}

export const GENERIC_ERROR_MESSAGE = 'Terjadi kesalahan pada sistem. Perubahan tidak disimpan; coba lagi atau hubungi Admin.'
