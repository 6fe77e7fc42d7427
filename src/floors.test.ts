import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The core's floors (eslint.config.mjs): a file may import only from the floors below it. These run the real lint
// configuration on one-line files placed on each floor, so a loosened rule fails here and not only in review.
const eslint = new ESLint({ cwd: process.cwd() })

async function importErrors(file: string, line: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${line}\nexport const used = x\n`, { filePath: file })
  return result!.messages.filter((m) => m.ruleId?.endsWith('no-restricted-imports')).map((m) => m.message)
}

describe('the floors of src/', () => {
  it.each([
    ['src/db/probe.ts', "import { x } from '../services/letters'"],
    ['src/db/probe.ts', "import { x } from '../api/dispatch'"],
    ['src/documents/probe.ts', "import { x } from '../services/settings'"],
    ['src/documents/kit/probe.ts', "import { x } from '../../db/entities/Opd'"],
    ['src/documents/probe.ts', "import { x } from 'typeorm'"],
    ['src/sops/sop-07/docx/probe.ts', "import { x } from '../../../services/settings'"],
    ['src/sops/sop-07/docx/probe.ts', "import { x } from 'typeorm'"],
    ['src/services/probe.ts', "import { x } from '../api/dispatch'"],
    ['src/services/permohonan/probe.ts', "import { x } from '../../demo/demo'"],
    ['src/services/probe.ts', "import { x } from '../runtime/core'"],
    ['src/runtime/probe.ts', "import { x } from '../api/handlers'"],
    ['src/api/handlers/probe.ts', "import { x } from '../../db/entities/Opd'"],
    ['src/api/probe.ts', "import { x } from 'typeorm'"],
    ['src/contract/probe.ts', "import { x } from '../services/letters'"],
    ['src/domain/probe.ts', "import { x } from 'node:fs'"],
    ['src/demo/probe.ts', "import { x } from '../server/cli'"],
    ['src/services/probe.ts', "import { x } from '../../electron/main'"],
    ['src/services/permohonan/probe.ts', "import { x } from '../../sops/registry'"],
    ['src/sops/sop-07/probe.ts', "import { x } from '../../db/entities/Kasus'"],
    ['src/sops/sop-07/probe.ts', "import { x } from '../../api/dispatch'"],
    ['src/sops/sop-07/common/probe.ts', "import { x } from '../step-handlers'"],
    ['src/sops/sop-07/common/probe.ts', "import { x } from '../../../services/letters'"],
    ['src/documents/probe.ts', "import { x } from '../sops/sop-07/common'"],
    ['renderer/src/sops/probe.ts', "import { x } from '@core/sops/sop-07'"],
    ['renderer/src/sops/probe.ts', "import { x } from '@core/sops/registry'"],
  ])('%s may not %s', async (file, line) => {
    expect(await importErrors(file, line)).not.toEqual([])
  })

  it.each([
    ['src/services/probe.ts', "import type { x } from '../runtime/core'"],
    ['src/services/probe.ts', "import { x } from '../runtime/session'"],
    ['src/services/probe.ts', "import { x } from '../documents/kit'"],
    ['src/services/backup/probe.ts', "import { x } from './server'"],
    ['src/api/handlers/probe.ts', "import { x } from '../../services/letters'"],
    ['src/runtime/probe.ts', "import { x } from '../db/data-source'"],
    ['src/boot/probe.ts', "import { x } from '../demo/demo'"],
    ['src/documents/probe.ts', "import { x } from '../contract/settings'"],
    ['src/sops/sop-07/docx/probe.ts', "import { x } from '../../../documents/kit'"],
    ['src/db/probe.test.ts', "import { x } from '../services/letters'"],
    ['src/sops/sop-07/probe.ts', "import { x } from '../../services/permohonan/store'"],
    ['src/sops/sop-07/common/probe.ts', "import { x } from '../../../contract/fields'"],
    ['src/api/handlers/probe.ts', "import { x } from '../../sops/registry'"],
    ['renderer/src/sops/probe.ts', "import { x } from '@core/sops/sop-07/common'"],
  ])('%s may %s', async (file, line) => {
    expect(await importErrors(file, line)).toEqual([])
  })
})

// Hand-written SQL (eslint.config.mjs, issue 9): services, SOPs and the api query through TypeORM's repositories and
// QueryBuilder; raw SQL and the SQLite driver stay in src/db.
async function sqlErrors(file: string, line: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${line}\n`, { filePath: file })
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message)
}

describe('hand-written SQL', () => {
  it.each([
    ['src/services/probe.ts', "export const rows = em.query('SELECT 1')"],
    ['src/services/move/probe.ts', "export const rows = qr.query('SELECT count(*) FROM surat_masuk', [])"],
    ['src/services/probe.ts', "export const rows = ds.manager.query('SELECT 1')"],
    ['src/services/probe.ts', "export const rows = em?.query('SELECT 1')"],
    ['src/services/probe.ts', "export const rows = em['query']('SELECT 1')"],
    ['src/sops/sop-07/probe.ts', "export const rows = em.query('SELECT 1')"],
    ['src/api/handlers/probe.ts', "export const rows = em.query('SELECT 1')"],
    ['src/services/probe.ts', "import sqlite3 from 'sqlite3'\nexport const used = sqlite3"],
    ['src/services/probe.ts', "export const driver = import('sqlite3')"],
  ])('%s may not run %s', async (file, line) => {
    expect(await sqlErrors(file, line)).not.toEqual([])
  })

  it.each([
    ['src/db/probe.ts', "export const rows = em.query('SELECT 1')"],
    ['src/db/move/probe.ts', "import sqlite3 from 'sqlite3'\nexport const used = sqlite3"],
    ['src/services/probe.test.ts', "export const rows = em.query('SELECT 1')"],
    ['src/services/probe.ts', "export const rows = em.createQueryBuilder().select('COUNT(*)', 'n').from('surat_masuk', 's').getRawOne()"],
    ['src/services/probe.ts', 'export const q = input.query'],
  ])('%s may run %s', async (file, line) => {
    expect(await sqlErrors(file, line)).toEqual([])
  })
})
