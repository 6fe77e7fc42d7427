import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DataSource } from 'typeorm'
import { describe, expect, it } from 'vitest'
import { createPgTestDatabase, PG_URL } from '../testing/postgres'
import { readChangeNumber, recordChange, watchChanges, type PostgresConnectionOptions } from './change-feed'
import { openDatabase } from './data-source'

/** Two DataSources on one database, as two Sidara instances (two PCs) would have. */
interface TwoInstances {
  a: DataSource
  b: DataSource
  done(): Promise<void>
}

async function twoOnSqlite(): Promise<TwoInstances> {
  const dir = mkdtempSync(join(tmpdir(), 'sidara-perubahan-'))
  const file = join(dir, 'sidara.sqlite')
  const a = await openDatabase({ file })
  const b = await openDatabase({ file })
  return {
    a,
    b,
    async done() {
      await a.destroy()
      await b.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

async function twoOnPostgres(): Promise<TwoInstances> {
  const db = await createPgTestDatabase()
  const a = await openDatabase({ postgres: db.connection })
  const b = await openDatabase({ postgres: db.connection })
  return {
    a,
    b,
    async done() {
      await a.destroy()
      await b.destroy()
      await db.drop()
    },
  }
}

/** Resolves with the first number reported, or rejects after `ms`. */
function nextChange(ms: number): { seen: Promise<number>; onChange: (n: number) => void } {
  let resolve!: (n: number) => void
  const seen = new Promise<number>((res, rej) => {
    resolve = res
    setTimeout(() => rej(new Error(`tidak ada perubahan setelah ${ms} ms`)), ms)
  })
  return { seen, onChange: (n) => resolve(n) }
}

describe.each([
  { engine: 'sqlite', skip: false, open: twoOnSqlite },
  { engine: 'postgres', skip: !PG_URL, open: twoOnPostgres },
])('Nomor Perubahan on $engine', ({ engine, skip, open }) => {
  it.skipIf(skip)('counts committed write transactions only', async () => {
    const t = await open()
    try {
      expect(await readChangeNumber(t.a)).toBe(0)
      await t.a.transaction((em) => recordChange(em))
      await t.a.transaction((em) => recordChange(em))
      await expect(
        t.a.transaction(async (em) => {
          await recordChange(em)
          throw new Error('gagal')
        }),
      ).rejects.toThrow('gagal')
      expect(await readChangeNumber(t.a)).toBe(2)
      expect(await readChangeNumber(t.b)).toBe(2)
    } finally {
      await t.done()
    }
  })

  it.skipIf(skip)('instance B learns of a change committed by instance A by polling', async () => {
    const t = await open()
    const { seen, onChange } = nextChange(4000)
    const watch = await watchChanges({ read: () => readChangeNumber(t.b), intervalMs: 100, onChange })
    try {
      expect(watch.current()).toBe(0)
      await t.a.transaction((em) => recordChange(em))
      expect(await seen).toBe(1)
      expect(watch.current()).toBe(1)
    } finally {
      await watch.stop()
      await t.done()
    }
  })

  it.skipIf(skip)('takes a number its own process committed without a read, and never goes back', async () => {
    const t = await open()
    const reported: number[] = []
    let reads = 0
    const watch = await watchChanges({ read: () => (reads++, readChangeNumber(t.a)), intervalMs: 600_000, onChange: (n) => reported.push(n) })
    try {
      const committed = await t.a.transaction((em) => recordChange(em))
      watch.saw(committed)
      expect(watch.current()).toBe(1)
      expect(reads).toBe(1)
      // A number older than the last seen (a slow read answered after a later commit) is not taken.
      watch.saw(0)
      expect(watch.current()).toBe(1)
      expect(reported).toEqual([1])
    } finally {
      await watch.stop()
      await t.done()
    }
  })

  it.skipIf(skip || engine !== 'postgres')('with LISTEN, B learns at COMMIT without waiting for the poll, and never of a rollback', async () => {
    const t = await open()
    const reported: number[] = []
    const { seen, onChange } = nextChange(3000)
    const watch = await watchChanges({
      read: () => readChangeNumber(t.b),
      intervalMs: 600_000,
      listen: t.b.options as PostgresConnectionOptions,
      onChange: (n) => {
        reported.push(n)
        onChange(n)
      },
    })
    try {
      await t.a.transaction(async (em) => {
        await recordChange(em)
        throw new Error('dibatalkan')
      }).catch(() => undefined)
      await t.a.transaction((em) => recordChange(em))
      expect(await seen).toBe(1)
      expect(reported).toEqual([1])
    } finally {
      await watch.stop()
      await t.done()
    }
  })

  it.skipIf(skip || engine !== 'postgres')('reopens a LISTEN connection the server closed, and still reports changes', async () => {
    const t = await open()
    const warnings: string[] = []
    const reported: number[] = []
    const watch = await watchChanges({
      read: () => readChangeNumber(t.b),
      intervalMs: 600_000,
      listen: t.b.options as PostgresConnectionOptions,
      onChange: (n) => reported.push(n),
      logWarning: (m) => warnings.push(m),
    })
    try {
      await t.a.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'Sidara (perubahan)' AND datname = current_database()`)
      await expect.poll(() => warnings.length, { timeout: 3000 }).toBeGreaterThan(0)
      // Back after the 1 s pause; a change made meanwhile is found by the full read after reconnecting.
      await t.a.transaction((em) => recordChange(em))
      await expect.poll(() => reported, { timeout: 5000 }).toEqual([1])
      await t.a.transaction((em) => recordChange(em))
      await expect.poll(() => reported, { timeout: 3000 }).toEqual([1, 2])
    } finally {
      await watch.stop()
      await t.done()
    }
  })
})
