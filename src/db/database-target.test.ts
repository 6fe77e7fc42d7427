import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DatabaseAddressError, describeTarget, parsePostgresUrl, resolveDatabaseTarget, tlsOptions } from './database-target'

describe('parsePostgresUrl', () => {
  it('reads user, password, host, port and database, decoding escaped characters', () => {
    expect(parsePostgresUrl('postgres://sidara_app:p%40ss%2Fw0rd@db.diskominfo.batam.go.id:6432/sidara')).toEqual({
      host: 'db.diskominfo.batam.go.id',
      port: 6432,
      database: 'sidara',
      user: 'sidara_app',
      password: 'p@ss/w0rd',
      tls: false,
    })
    expect(parsePostgresUrl('postgresql://u@[::1]/db')).toMatchObject({ host: '::1', port: 5432, password: '' })
  })

  it('turns TLS on for sslmode=require/verify-full or a CA file, and off for disable', () => {
    expect(parsePostgresUrl('postgres://u:p@h/d?sslmode=require').tls).toBe(true)
    expect(parsePostgresUrl('postgres://u:p@h/d?sslmode=verify-full&sslrootcert=/ca.pem')).toMatchObject({ tls: true, caFile: '/ca.pem' })
    expect(parsePostgresUrl('postgres://u:p@h/d', { caFile: '/kantor-ca.pem' })).toMatchObject({ tls: true, caFile: '/kantor-ca.pem' })
    expect(parsePostgresUrl('postgres://u:p@h/d?sslmode=prefer').tls).toBe(false)
    expect(parsePostgresUrl('postgres://u:p@h/d?sslmode=disable').tls).toBe(false)
  })

  it.each([
    ['sidara.sqlite', /tidak dapat dibaca/],
    ['mysql://u:p@h/d', /harus diawali postgres:\/\//],
    ['postgres://u:p@h', /nama basis data/],
    ['postgres://h/d', /nama pengguna/],
    ['postgres://u:p@h/d?sslmode=kadang', /sslmode "kadang" tidak dikenal/],
    ['postgres://u:p@h/d?connect_timeout=3', /"connect_timeout" .* tidak dikenal/],
  ])('explains what is wrong with %s in Indonesian', (url, message) => {
    expect(() => parsePostgresUrl(url)).toThrow(DatabaseAddressError)
    expect(() => parsePostgresUrl(url)).toThrow(message)
  })

  it('refuses a CA file together with sslmode=disable, and never shows the password', () => {
    expect(() => parsePostgresUrl('postgres://u:rahasia@h/d?sslmode=disable', { caFile: '/ca.pem' })).toThrow(/sslmode=disable/)
    const text = describeTarget({ engine: 'postgres', connection: parsePostgresUrl('postgres://u:rahasia@h:5433/d?sslmode=require') })
    expect(text).toBe('postgres://u@h:5433/d (TLS)')
  })
})

describe('tlsOptions', () => {
  it('always verifies the certificate, with the CA file when given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sidara-ca-'))
    try {
      const ca = join(dir, 'ca.pem')
      writeFileSync(ca, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n')
      expect(tlsOptions(parsePostgresUrl('postgres://u@h/d'))).toBe(false)
      expect(tlsOptions(parsePostgresUrl('postgres://u@h/d?sslmode=require'))).toEqual({ rejectUnauthorized: true })
      expect(tlsOptions(parsePostgresUrl('postgres://u@h/d', { caFile: ca }))).toEqual({ rejectUnauthorized: true, ca: expect.stringContaining('BEGIN CERTIFICATE') })
      expect(() => tlsOptions(parsePostgresUrl('postgres://u@h/d', { caFile: join(dir, 'tidak-ada.pem') }))).toThrow(/Berkas sertifikat CA tidak ditemukan/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('resolveDatabaseTarget', () => {
  it('keeps SQLite by default, takes --database first, then SIDARA_DATABASE_URL with SIDARA_DATABASE_CA', () => {
    expect(resolveDatabaseTarget({}, {}, '/data/sidara.sqlite')).toEqual({ engine: 'sqlite', file: '/data/sidara.sqlite' })
    expect(resolveDatabaseTarget({}, { SIDARA_DATABASE_URL: '' }, '/f')).toEqual({ engine: 'sqlite', file: '/f' })
    const env = { SIDARA_DATABASE_URL: 'postgres://env@envhost/envdb', SIDARA_DATABASE_CA: '/env-ca.pem' }
    expect(resolveDatabaseTarget({}, env, '/f')).toMatchObject({ engine: 'postgres', connection: { host: 'envhost', caFile: '/env-ca.pem', tls: true } })
    expect(resolveDatabaseTarget({ database: 'postgres://arg@arghost/argdb' }, env, '/f')).toMatchObject({ connection: { host: 'arghost', database: 'argdb' } })
    expect(() => resolveDatabaseTarget({ demo: true }, env, '/f')).toThrow(/Data contoh \(--demo\) hanya dijalankan di berkas SQLite lokal/)
    expect(resolveDatabaseTarget({ demo: true }, {}, '/demo.sqlite')).toEqual({ engine: 'sqlite', file: '/demo.sqlite' })
  })
})
