import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Input, OperationName, Output } from '../contract'
import { AppError } from '../contract/errors'
import type { Role } from '../contract/roles'
import { createCore, type Core } from '../runtime/core'
import { dispatch } from '../api/dispatch'
import { newSession, type Session } from '../runtime/session'
import { insertUser } from '../services/users'
import { memoryKeySource } from '../services/audit-seal/key'
import { createPgTestDatabase, PG_URL, type PgTestDatabase } from './postgres'

/**
 * The engine the integration tests run on: SQLite files by default; `SIDARA_TEST_ENGINE=postgres` (with
 * SIDARA_TEST_PG_URL) runs the same tests on a fresh PostgreSQL database per core.
 */
export const TEST_ENGINE: 'sqlite' | 'postgres' = process.env.SIDARA_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite'

/** A core on a fresh temporary SQLite file (or PostgreSQL database, see TEST_ENGINE), for integration tests. */
export interface TestCore {
  core: Core
  /** A temporary folder of the test's own (removed by close). */
  dir: string
  /** The SQLite file; '' on PostgreSQL. */
  file: string
  /** The PostgreSQL test database, when TEST_ENGINE is 'postgres'. */
  pg: PgTestDatabase | null
  /** Signs a new session in as a new user holding these roles. */
  signIn(roles: Role[], username?: string): Promise<Session>
  /** Calls an operation as `session` and returns its data, throwing the AppError on failure. */
  call<K extends OperationName>(session: Session, name: K, input: Input<K>): Promise<Output<K>>
  close(): Promise<void>
}

export async function createTestCore(options: { now?: () => Date } = {}): Promise<TestCore> {
  const dir = mkdtempSync(join(tmpdir(), 'sidara-test-'))
  const file = join(dir, 'sidara.sqlite')
  // Unexpected errors are kept so a failing test shows their cause, not only the user's generic message.
  let lastInternal: unknown = null
  const logError = (_m: string, e: unknown) => (lastInternal = e)
  let pg: PgTestDatabase | null = null
  let core: Core
  if (TEST_ENGINE === 'postgres') {
    if (!PG_URL) throw new Error('SIDARA_TEST_ENGINE=postgres needs SIDARA_TEST_PG_URL')
    pg = await createPgTestDatabase({ migrated: true })
    core = await createCore({ database: { engine: 'postgres', connection: pg.connection }, auditKey: memoryKeySource(), clock: options.now, logError })
  } else {
    core = await createCore({ dbFile: file, clock: options.now, logError })
  }
  let n = 0
  const t: TestCore = {
    core,
    dir,
    file: pg ? '' : file,
    pg,
    async signIn(roles, username) {
      const name = username ?? `${roles.join('-') || 'tanpa-peran'}-${++n}`
      const userId = await insertUser(core.ds.manager, { username: name, nama: `Pengguna ${name}`, password: 'rahasia-uji-123', roles }, new Date().toISOString())
      const s = newSession('test')
      s.userId = userId
      return s
    },
    async call(session, name, input) {
      // A test's user is active at every call, even when the test moves its clock by days; the idle timeout is
      // tested with dispatch directly (sessions.test.ts).
      session.lastActivity = core.clock().getTime()
      const env = await dispatch(core, session, name, input)
      if (env.ok) return env.data as Output<typeof name>
      if (env.error.code === 'INTERNAL') throw new Error(`${name}: ${env.error.message}`, { cause: lastInternal })
      throw new AppError(env.error.code, env.error.message, env.error.fields)
    },
    async close() {
      await core.close()
      await pg?.drop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
  return t
}

/** Awaits a call expected to fail and returns its AppError. */
export async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p
  } catch (e) {
    if (e instanceof AppError) return e
    throw e
  }
  throw new Error('Diharapkan gagal, ternyata berhasil.')
}
