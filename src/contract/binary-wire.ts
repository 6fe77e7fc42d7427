// Browser mode's wire for files (src/server/http-server.ts and renderer/src/api.ts): an input holding bytes goes up
// as multipart/form-data (the input as JSON in one part, each Uint8Array in a part of its own, named by its path), and
// an answer that is a file comes down as the bytes themselves. No base64 either way.
import type { FileBytes } from './files'

/** The multipart part holding the input as JSON, its byte fields set to null. */
export const INPUT_PART = 'masukan'

/** Marks an HTTP answer whose body is a file (FileBytes), not a JSON envelope. */
export const FILE_ANSWER_HEADER = 'X-Sidara-Jawaban'
export const FILE_ANSWER_VALUE = 'berkas'

/** How deep an input is searched for bytes (the deepest today: settings.updateOffice's logoBaru.bytes). */
const MAX_DEPTH = 4

/** Path segments that would reach an object's prototype instead of a field. */
const UNSAFE_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor'])

/**
 * Takes the Uint8Arrays out of an input: the rest (each replaced by null, so the JSON keeps its shape) and the bytes
 * by dotted path (e.g. "logoBaru.bytes"). No bytes: an empty list.
 */
export function splitBytes(input: unknown): { rest: unknown; parts: { path: string; bytes: Uint8Array }[] } {
  const parts: { path: string; bytes: Uint8Array }[] = []
  const walk = (value: unknown, path: string[]): unknown => {
    if (value instanceof Uint8Array) {
      parts.push({ path: path.join('.'), bytes: value })
      return null
    }
    if (path.length >= MAX_DEPTH || typeof value !== 'object' || value === null || Array.isArray(value)) return value
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, [...path, k])]))
  }
  const rest = walk(input, [])
  return { rest, parts }
}

/**
 * Puts bytes back at `path` of an input parsed from JSON. Only a null placed by splitBytes is filled, inside plain
 * objects, through no prototype key; anything else returns false (the request is refused as unreadable).
 */
export function placeBytes(input: unknown, path: string, bytes: Uint8Array): boolean {
  const keys = path.split('.')
  if (keys.length === 0 || keys.length > MAX_DEPTH || keys.some((k) => k === '' || UNSAFE_SEGMENTS.has(k))) return false
  let target: unknown = input
  for (const key of keys.slice(0, -1)) {
    if (typeof target !== 'object' || target === null || Array.isArray(target) || !Object.hasOwn(target, key)) return false
    target = (target as Record<string, unknown>)[key]
  }
  const last = keys[keys.length - 1]
  if (typeof target !== 'object' || target === null || Array.isArray(target) || !Object.hasOwn(target, last)) return false
  if ((target as Record<string, unknown>)[last] !== null) return false
  ;(target as Record<string, unknown>)[last] = bytes
  return true
}

/** The multipart body of an input with bytes (see splitBytes); null when the input holds none (send it as JSON). */
export function uploadBody(input: unknown): FormData | null {
  const { rest, parts } = splitBytes(input)
  if (parts.length === 0) return null
  const form = new FormData()
  form.append(INPUT_PART, JSON.stringify(rest ?? {}))
  // The Blob copies nothing the browser has not already got; the part's name is the field's path.
  for (const p of parts) form.append(p.path, new Blob([p.bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }), 'berkas')
  return form
}

/** Content-Disposition of a file answer: an attachment, its name in UTF-8 (RFC 6266 / RFC 8187) with an ASCII fallback. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
}

/** The UTF-8 file name of a Content-Disposition written by contentDisposition ('' when there is none). */
export function fileNameOf(disposition: string | null): string {
  const m = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')
  if (!m) return ''
  try {
    return decodeURIComponent(m[1])
  } catch {
    return ''
  }
}

/** A file answer read back into FileBytes (the renderer's side of the wire). */
export async function fileFromResponse(res: Response): Promise<FileBytes> {
  return {
    fileName: fileNameOf(res.headers.get('Content-Disposition')),
    mimeType: res.headers.get('Content-Type') ?? 'application/octet-stream',
    bytes: new Uint8Array(await res.arrayBuffer()),
  }
}
