import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm'
import { ConflictError } from '../contract/errors'

/**
 * Optimistic lock (issue 11, item 4): moves the row's `versi` on by one if it is still the version the user saw, in
 * the command's transaction, before anything else is written. Runs through the QueryBuilder, so it works on SQLite
 * and PostgreSQL alike (`affected` is the number of rows changed on both).
 *
 * @param where the row's key as entity properties, e.g. `{ id: 7 }` or `{ kode: '500.12' }`
 * @param versiDilihat the version the screen loaded
 * @throws ConflictError ("Data ini sudah diubah oleh pengguna lain...") when the row has moved on or is gone
 */
export async function claimVersi<E extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<E>, where: Partial<E>, versiDilihat: number): Promise<void> {
  const result = await em
    .createQueryBuilder()
    .update(entity)
    .set({ versi: () => 'versi + 1' } as never)
    .where(where)
    .andWhere('versi = :versiDilihat', { versiDilihat })
    .execute()
  if (result.affected !== 1) throw new ConflictError()
}

/**
 * Moves a row's `versi` on without a screen's version to check: for changes the system makes as part of another
 * command (an account's own password change, a post filled while creating an account), so that screens which
 * loaded the row before become stale.
 */
export async function bumpVersi<E extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<E>, where: Partial<E>): Promise<void> {
  await em.createQueryBuilder().update(entity).set({ versi: () => 'versi + 1' } as never).where(where).execute()
}
