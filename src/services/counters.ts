import type { EntityManager } from 'typeorm'
import { dialectOf } from '../db/engines'
import { Counter } from '../db/entities/Counter'

/**
 * Hands out the next number of a yearly sequence. The increment and the read are one statement, so two
 * registrations can never get the same number, and a number once handed out is never handed out again (even if the
 * record it went to is voided).
 */
export async function nextNumber(em: EntityManager, kind: string, tahun: number): Promise<number> {
  return dialectOf(em).nextCounter(em, kind, tahun)
}

/** The last number handed out of a yearly sequence (0 when none yet); reads only, hands out nothing. */
export async function peekNumber(em: EntityManager, kind: string, tahun: number): Promise<number> {
  const row = await em.getRepository(Counter).findOneBy({ kind, tahun })
  return row ? Number(row.value) : 0
}
