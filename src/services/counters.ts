import type { EntityManager } from 'typeorm'

/**
 * Hands out the next number of a yearly sequence. The increment and the read are one statement, so two
 * registrations can never get the same number, and a number once handed out is never handed out again (even if the
 * record it went to is voided).
 */
export async function nextNumber(em: EntityManager, kind: string, tahun: number): Promise<number> {
  // Inside the caller's transaction the write lock is held from the upsert on, so the read sees only our increment.
  await em.query(
    `INSERT INTO counter (kind, tahun, value) VALUES (?, ?, 1)
     ON CONFLICT (kind, tahun) DO UPDATE SET value = value + 1`,
    [kind, tahun],
  )
  return peekNumber(em, kind, tahun)
}

export async function peekNumber(em: EntityManager, kind: string, tahun: number): Promise<number> {
  const rows: { value: number }[] = await em.query('SELECT value FROM counter WHERE kind = ? AND tahun = ?', [kind, tahun])
  return rows.length ? Number(rows[0].value) : 0
}
