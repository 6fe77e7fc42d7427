import { afterEach, describe, expect, it } from 'vitest'
import { hashPassword, needsRehash, OWASP_SCRYPT, usePasswordCostForTests, verifyPassword } from './passwords'

describe('passwords', () => {
  let restore: Parameters<typeof usePasswordCostForTests>[0] | null = null
  afterEach(() => {
    if (restore) usePasswordCostForTests(restore)
    restore = null
  })

  it('hashes with scrypt at the OWASP minimum (N=2^17, r=8, p=1) and a random salt, and verifies', async () => {
    restore = usePasswordCostForTests(OWASP_SCRYPT)
    const a = await hashPassword('kata-sandi-rahasia')
    const b = await hashPassword('kata-sandi-rahasia')
    expect(a).toMatch(/^scrypt\$131072\$8\$1\$/)
    expect(a).not.toBe(b)
    expect(a).not.toContain('kata-sandi-rahasia')
    expect(await verifyPassword('kata-sandi-rahasia', a)).toBe(true)
    expect(await verifyPassword('kata-sandi-salah', a)).toBe(false)
    expect(await verifyPassword('apa saja', 'bukan-hash')).toBe(false)
    expect(needsRehash(a)).toBe(false)
    // A hash from before issue 11 (N=2^15) still verifies and is marked for upgrade.
    expect(needsRehash('scrypt$32768$8$1$c2FsdA==$a2V5')).toBe(true)
  })
})
