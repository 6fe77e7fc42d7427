import type { EntityManager } from 'typeorm'
import { recordChange } from '../db/change-feed'
import type { Core } from './core'

/**
 * Runs one command in one transaction: a failure leaves nothing half-written. It also bumps the Nomor Perubahan
 * other PCs watch (src/db/change-feed.ts), last, so PostgreSQL's lock on the change counter is held only until COMMIT.
 */
export async function inCommandTransaction<T>(core: Core, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return core.ds.transaction(async (em) => {
    const result = await work(em)
    await recordChange(em)
    return result
  })
}
