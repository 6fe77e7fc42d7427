import type { EntityManager } from 'typeorm'
import { dialectOf } from '../db/engines'

/**
 * Hands out the next number of a yearly sequence. The increment and the read are one statement, so two
 * registrations can never get the same number, and a number once handed out is never handed out again (even if the
 * record it went to is voided).
 */
export async function nextNumber(em: EntityManager, kind: string, tahun: number): Promise<number> {
  return dialectOf(em).nextCounter(em, kind, tahun)
}

export async function peekNumber(em: EntityManager, kind: string, tahun: number): Promise<number> {
  const rows: { value: number }[] = await em.query('SELECT value FROM counter WHERE kind = ? AND tahun = ?', [kind, tahun])
  return rows.length ? Number(rows[0].value) : 0
}
