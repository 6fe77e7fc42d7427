import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DataSource } from 'typeorm'
import { openDatabase } from '../db/data-source'
import { createPgTestDatabase, PG_URL } from './postgres'

/** One engine for a test suite run on both: `describe.each(TEST_ENGINES)('$name ...', ({ open, skip }) => ...)`. */
export interface TestEngine {
  name: 'sqlite' | 'postgres'
  /** True where this engine cannot run here (PostgreSQL without SIDARA_TEST_PG_URL): use `it.skipIf(skip)`. */
  skip: boolean
  /** A fresh, migrated database of the test's own; `done` closes and removes it. */
  open(): Promise<{ ds: DataSource; done: () => Promise<void> }>
}

export const TEST_ENGINES: TestEngine[] = [
  {
    name: 'sqlite',
    skip: false,
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'sidara-engine-'))
      const ds = await openDatabase({ file: join(dir, 'sidara.sqlite') })
      return {
        ds,
        async done() {
          await ds.destroy()
          rmSync(dir, { recursive: true, force: true })
        },
      }
    },
  },
  {
    name: 'postgres',
    skip: !PG_URL,
    async open() {
      const db = await createPgTestDatabase()
      const ds = await openDatabase({ postgres: db.connection })
      return {
        ds,
        async done() {
          await ds.destroy()
          await db.drop()
        },
      }
    },
  },
]
