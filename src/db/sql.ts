import type { EntityManager } from 'typeorm'

// TypeORM's sqlite driver runs INSERT/UPDATE/DELETE with sqlite3's run(): RETURNING rows are dropped and an INSERT
// yields the new rowid. These helpers make that explicit instead of relying on it by accident.

/** Runs an INSERT and returns the new row's id. */
export async function insertRow(em: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const id: unknown = await em.query(sql, params)
  return Number(id)
}

/** Runs an UPDATE/DELETE and returns how many rows it changed (same connection, and calls are serialised). */
export async function execute(em: EntityManager, sql: string, params: unknown[]): Promise<number> {
  await em.query(sql, params)
  const [{ n }] = await em.query('SELECT changes() AS n')
  return Number(n)
}
