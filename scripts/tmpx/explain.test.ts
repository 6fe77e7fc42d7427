import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { it } from 'vitest'
import { createCore, type Core } from '../../src/api/core'
import { dispatch } from '../../src/api/dispatch'
import { newSession } from '../../src/api/session'
import { insertUser } from '../../src/services/users'
import { createPgTestDatabase } from '../../src/testing/postgres'
import { memoryKeySource } from '../../src/services/audit-seal/key'
import { fillLetters } from '../bench-fill'

const INPUTS: Record<string, unknown>[] = [
  { page: 2000, pageSize: 25, batasHitung: true },
  { q: 'server', batasHitung: true },
  { q: 'penarikan kepegawaian', batasHitung: true },
  { tahun: 2024, sifat: 'Sangat Segera', batasHitung: true },
  { belumDidisposisi: true, batasHitung: true },
  { sortBy: 'asalSurat', sortDesc: false, batasHitung: true },
]

async function trace(core: Core, engine: string) {
  const session = newSession('test')
  session.userId = await insertUser(core.ds.manager, { username: 'x', nama: 'X', password: 'bench-bench', roles: ['sekretariat'] }, new Date().toISOString())
  const runner = core.ds.createQueryRunner()
  const proto = Object.getPrototypeOf(runner)
  await runner.release()
  const orig = proto.query
  let seen: [string, unknown[]][] = []
  proto.query = async function (q: string, p?: unknown[], ...rest: unknown[]) { seen.push([q, p ?? []]); return orig.call(this, q, p, ...rest) }
  for (const input of INPUTS) {
    seen = []
    await dispatch(core, session, 'letters.list', input)
    const mine = seen.filter(([q]) => /surat_masuk/.test(q))
    proto.query = orig
    for (const [q, p] of mine) {
      const plan = engine === 'postgres'
        ? (await core.ds.query(`EXPLAIN (ANALYZE, BUFFERS OFF, TIMING ON, SUMMARY ON) ${q}`, p)).map((r: Record<string, string>) => r['QUERY PLAN']).join('\n')
        : (await core.ds.query(`EXPLAIN QUERY PLAN ${q}`, p)).map((r: { detail: string }) => r.detail).join('\n')
      console.log(`=== ${engine} ${JSON.stringify(input)}\n${q.replace(/\s+/g, ' ').slice(0, 300)}\n${plan}`)
    }
    proto.query = async function (q: string, p?: unknown[], ...rest: unknown[]) { seen.push([q, p ?? []]); return orig.call(this, q, p, ...rest) }
  }
  proto.query = orig
}

it('explain', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'exp-'))
  const a = await createCore({ dbFile: join(dir, 'b.sqlite'), logError: console.error })
  await fillLetters(a, 100000)
  await trace(a, 'sqlite')
  await a.close()
  const pgdb = await createPgTestDatabase({ migrated: true })
  const b = await createCore({ database: { engine: 'postgres', connection: pgdb.connection }, auditKey: memoryKeySource(), logError: console.error })
  await fillLetters(b, 100000)
  await b.ds.query('VACUUM ANALYZE surat_masuk')
  await trace(b, 'postgres')
  await b.close(); await pgdb.drop()
}, 900000)
