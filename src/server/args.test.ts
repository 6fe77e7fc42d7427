import { describe, expect, it } from 'vitest'
import { parseShellArgs } from './args'

describe('parseShellArgs', () => {
  it('reads the PostgreSQL URL and CA file, in both spellings, keeping "=" inside the URL', () => {
    expect(parseShellArgs(['--database', 'postgres://a:b@h:5433/d?sslmode=require', '--database-ca=/etc/ca.pem'])).toEqual({
      demo: false,
      database: 'postgres://a:b@h:5433/d?sslmode=require',
      databaseCa: '/etc/ca.pem',
    })
    expect(parseShellArgs(['--database=postgres://a:b=c@h/d?sslmode=disable']).database).toBe('postgres://a:b=c@h/d?sslmode=disable')
  })

  it('still reads the SQLite options', () => {
    expect(parseShellArgs(['--demo', '--db', 'x.sqlite', '--data-dir=/tmp/s', '--port', '8080'])).toEqual({ demo: true, db: 'x.sqlite', dataDir: '/tmp/s', port: 8080 })
  })

  it('reads the move onto a server', () => {
    expect(parseShellArgs(['--pindahkan-ke-server', 'postgres://a@h/d', '--db', 'x.sqlite', '--database-ca=/ca.pem'])).toEqual({
      demo: false,
      pindahkanKeServer: 'postgres://a@h/d',
      db: 'x.sqlite',
      databaseCa: '/ca.pem',
    })
  })

  it('says --help and lists what it does not know instead of dropping it', () => {
    expect(parseShellArgs(['--help'])).toEqual({ demo: false, help: true })
    expect(parseShellArgs(['-h', '--demo'])).toEqual({ demo: true, help: true })
    expect(parseShellArgs(['--databse', 'postgres://a@h/d', '--demo'])).toEqual({ demo: true, unknown: ['--databse', 'postgres://a@h/d'] })
  })
})
