import type { ZodType } from 'zod'

/**
 * A Vuetify rule from a field schema of the contract: the user reads the same Indonesian words the server would
 * answer with, before anything is sent.
 */
export function fromSchema(schema: ZodType, transform: (v: unknown) => unknown = (v) => v) {
  return (value: unknown): true | string => {
    const result = schema.safeParse(transform(value))
    return result.success || (result.error.issues[0]?.message ?? 'Isian tidak valid.')
  }
}

/** '' from an empty date field is "no date" for the API. */
export const emptyToNull = (v: unknown) => (v === '' || v === undefined ? null : v)

/** The server's field errors under `prefix.` (e.g. `kantor.alamat`), without the prefix. */
export function scoped(fields: Record<string, string>, prefix: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, message] of Object.entries(fields)) if (key.startsWith(`${prefix}.`)) out[key.slice(prefix.length + 1)] = message
  return out
}

export { focusFirstError, without } from '../../shared/lib/fieldErrors'

// No 0/O, 1/l/I: a temporary password is read aloud or copied from paper.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** A temporary password such as "k7Hm-3Qx9-bR4t" (the user replaces it at first sign-in). */
export function temporaryPassword(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12))
  const chars = Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length])
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8, 12)].map((g) => g.join('')).join('-')
}

/** PNG or JPEG by their first bytes (the file name and the browser's guess are not trusted). */
export async function imageKind(file: Blob): Promise<'image/png' | 'image/jpeg' | null> {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer())
  if (head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47) return 'image/png'
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg'
  return null
}

/**
 * The server's words for a username an account already has (services/users.ts; its unique index ignores case), said
 * beside the field before anything is sent. `existing`: the accounts' usernames in lower case. Null when it is free.
 */
export function usernameTaken(existing: ReadonlySet<string>, username: string): string | null {
  const u = username.trim()
  return u && existing.has(u.toLowerCase()) ? `Nama pengguna "${u}" sudah dipakai.` : null
}
