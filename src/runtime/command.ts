import type { EntityManager } from 'typeorm'
import { recordChange } from '../db/change-feed'
import type { Core } from './core'

/**
 * Runs one command in one transaction: a failure leaves nothing half-written. It also bumps the Nomor Perubahan
 * other PCs watch (src/db/change-feed.ts), last, so PostgreSQL's lock on the change counter is held only until COMMIT,
 * and after COMMIT hands the new number to this process's watch (its windows see their own save at once).
 */
export async function inCommandTransaction<T>(core: Core, work: (em: EntityManager) => Promise<T>): Promise<T> {
  const [result, nomor] = await core.ds.transaction(async (em) => {
    const done = await work(em)
    return [done, await recordChange(em)] as const
  })
  // Unset only while the core itself is being built (its first writes come before the watch starts).
  core.changes?.saw(nomor)
  return result
}
