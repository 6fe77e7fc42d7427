import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

/**
 * OWASP Password Storage Cheat Sheet (2025), scrypt minimum: N=2^17, r=8, p=1 (128 MiB per hash, about a second on
 * a 2-core office PC). Older hashes (N=2^15) are upgraded at the user's next sign-in (`needsRehash`).
 */
export const OWASP_SCRYPT = { N: 1 << 17, r: 8, p: 1 } as const
const KEY_LEN = 32

type Params = { N: number; r: number; p: number }
let params: Params = OWASP_SCRYPT

/**
 * Tests only: a cheaper cost so hundreds of test users do not take minutes. Returns the previous one.
 * The shells never call it, so installations always hash at `OWASP_SCRYPT`.
 */
export function usePasswordCostForTests(next: Params): Params {
  const before = params
  params = next
  dummyHash = null
  return before
}

function derive(password: string, salt: Buffer, o: Params): Promise<Buffer> {
  const options: ScryptOptions = { N: o.N, r: o.r, p: o.p, maxmem: 128 * o.N * o.r * 2 }
  return new Promise((resolve, reject) => scrypt(password.normalize('NFKC'), salt, KEY_LEN, options, (e, key) => (e ? reject(e) : resolve(key))))
}

/** `scrypt$N$r$p$salt$key` (base64 parts). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, params)
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$')
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [algo, n, r, p, salt, key] = stored.split('$')
  if (algo !== 'scrypt' || !salt || !key) return false
  const expected = Buffer.from(key, 'base64')
  const actual = await derive(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) })
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/** Whether a stored hash was made with other parameters than today's (then it is replaced at sign-in). */
export function needsRehash(stored: string): boolean {
  const [algo, n, r, p] = stored.split('$')
  return algo !== 'scrypt' || Number(n) !== params.N || Number(r) !== params.r || Number(p) !== params.p
}

/** A hash to compare against when the user does not exist, so both paths take the same time. */
let dummyHash: Promise<string> | null = null
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(12).toString('hex'))
  return dummyHash
}
