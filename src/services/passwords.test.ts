import { describe, expect, it } from 'vitest'
import { hashPassword, verifyPassword } from './passwords'

describe('passwords', () => {
  it('hashes with scrypt and a random salt, and verifies', async () => {
    const a = await hashPassword('kata-sandi-rahasia')
    const b = await hashPassword('kata-sandi-rahasia')
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/)
    expect(a).not.toBe(b)
    expect(a).not.toContain('kata-sandi-rahasia')
    expect(await verifyPassword('kata-sandi-rahasia', a)).toBe(true)
    expect(await verifyPassword('kata-sandi-salah', a)).toBe(false)
    expect(await verifyPassword('apa saja', 'bukan-hash')).toBe(false)
  })
})
