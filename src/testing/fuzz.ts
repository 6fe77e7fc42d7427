import { z } from 'zod'
import { contract, type OperationName } from '../contract'
import { ROLES } from '../contract/roles'
import type { Core } from '../runtime/core'
import { dispatch } from '../api/dispatch'
import { newSession } from '../runtime/session'
import { insertUser } from '../services/users'

/** Words that betray an English message reaching the user (zod's defaults, Node and SQLite errors). */
export const ENGLISH = /\b(invalid|expected|received|required|must|should|cannot|failed|error|unknown|undefined|too (big|small)|not a|string|number|boolean|array|object|constraint|syntax|unrecognized)\b/i

/** Odd values for any field: wrong types, edge numbers, huge and hostile text. */
export const ODD_VALUES: unknown[] = [
  'ya', '', ' ', 'x'.repeat(100_000), 'a\u0000b', '\u202Eexe.jpg', '../../etc/passwd', '%E0%A4%A', '"; DROP TABLE surat_masuk; --', '☃'.repeat(300),
  0, -1, 1.5, 2 ** 53, -(2 ** 53), 1e308, true, false, null, [], [1, 'a', null], {}, { a: { b: { c: 1 } } }, '2026-02-30', '9999-99-99',
]

/** Operations whose valid-looking input would touch the machine outside the test's data folder. */
const OUTSIDE_THE_DATABASE: ReadonlySet<OperationName> = new Set<OperationName>(['cadangan.cadangkan'])

export interface FuzzFigures {
  operations: number
  calls: number
  internal: number
  english: number
  /** The first few findings, for the report. */
  findings: string[]
}

function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | null {
  return schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : null
}

/**
 * Calls every contract operation with wrong types, huge and odd values (whole input and each field in turn), as a
 * user holding every role, so access never stops the input before validation. Counts INTERNAL answers and English
 * words in any message. A fresh user per operation keeps one call (a password reset, a sign-out) from hiding the rest.
 */
export async function fuzzContract(core: Core, options: { values?: unknown[]; onCall?: () => void } = {}): Promise<FuzzFigures> {
  const values = options.values ?? ODD_VALUES
  const figures: FuzzFigures = { operations: 0, calls: 0, internal: 0, english: 0, findings: [] }
  const names = Object.keys(contract) as OperationName[]
  let n = 0
  for (const name of names) {
    figures.operations++
    const session = newSession('test')
    const userId = await insertUser(core.ds.manager, { username: `fuzz-${++n}-${Date.now()}`, nama: `Penguji ${n}`, password: 'fuzz-fuzz-123', roles: [...ROLES] }, new Date().toISOString())
    const inputs: unknown[] = [...values]
    const shape = shapeOf(contract[name].input)
    for (const key of Object.keys(shape ?? {})) for (const v of values) inputs.push({ [key]: v })
    for (const input of inputs) {
      if (OUTSIDE_THE_DATABASE.has(name) && typeof input === 'object' && input !== null && typeof (input as Record<string, unknown>).folder === 'string') continue
      session.userId = userId
      const env = await dispatch(core, session, name, input)
      figures.calls++
      options.onCall?.()
      if (env.ok) continue
      const texts = [env.error.message, ...Object.values(env.error.fields ?? {})]
      const shown = JSON.stringify(input)?.slice(0, 60)
      if (env.error.code === 'INTERNAL') {
        figures.internal++
        if (figures.findings.length < 20) figures.findings.push(`${name} ${shown}: INTERNAL`)
      }
      const english = texts.find((m) => ENGLISH.test(m))
      if (english) {
        figures.english++
        if (figures.findings.length < 20) figures.findings.push(`${name} ${shown}: "${english.slice(0, 120)}"`)
      }
    }
  }
  return figures
}
