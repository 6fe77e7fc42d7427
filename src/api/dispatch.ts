import { makeCtx, type Ctx } from '../services/context'
import { loadActor } from '../services/auth'
import { sessionSettings } from '../services/session-settings'
import { contract, isOperationName, type OperationName } from '../contract'
import { AppError, GENERIC_ERROR_MESSAGE, toValidationError, type Envelope } from '../contract/errors'
import { allows } from '../contract/roles'
import { inCommandTransaction } from '../runtime/command'
import type { Core } from '../runtime/core'
import { handlers } from './handlers'
import { READS } from './reads'
import type { Session } from '../runtime/session'

/** What a user whose password was reset by an Admin may do before choosing a new one. */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set<OperationName>(['session.current', 'session.logout', 'users.changePassword'])

/**
 * Operations whose handler queues its own database steps: sign-in derives a key for about a second, which must not
 * hold up every other call waiting in the single work queue.
 */
const OUTSIDE_THE_QUEUE = new Set<OperationName>(['session.login'])

/**
 * Reads answered beside the work queue: progress of an import that holds the queue for its one transaction. They
 * resolve the actor with reads only (beside an open SQLite transaction a read sees it, which is harmless for the
 * session's own user) and their handlers read memory, never tables.
 */
const BESIDE_THE_QUEUE = new Set<OperationName>(['devices.importKemajuan'])

/**
 * Each session's calls not on the read path, still under way: a read of the same session waits for them, so a
 * session's own reads keep the order it sent its calls in (a session.current right after session.logout must not
 * overtake it and answer as still signed in). Other sessions' reads do not wait.
 */
const unfinished = new WeakMap<Session, Promise<unknown>>()

/**
 * Operations the screen polls by itself (badges, the change feed, import progress): they do not count as the user's
 * activity, so an open but unattended window still reaches the idle timeout (issue 11, sessions).
 */
export const BACKGROUND_OPERATIONS = new Set<OperationName>(['perubahan.nomor', 'tugas.jumlah', 'disposisi.inboxCount', 'devices.importKemajuan'])

/** Turns zod's issues into one Indonesian message per field path (kept here for its callers; it lives in the contract). */
export { toValidationError }

/**
 * The one door into the core, used by both shells: look up the operation, check who may call it, validate the
 * input, run the handler (commands in one transaction, so a failure leaves nothing half-written, which also bumps
 * the Nomor Perubahan other PCs watch), map errors.
 */
export async function dispatch(core: Core, session: Session, name: string, rawInput: unknown): Promise<Envelope<unknown>> {
  if (!isOperationName(name)) return { ok: false, error: { code: 'NOT_FOUND', message: 'Operasi tidak dikenal.' } }
  const op: OperationName = name
  const def = contract[op]
  try {
    // Reads take the read path (src/api/reads.ts), the rest the work queue; `em` is what the actor and a query read with.
    const enter = <T>(work: (em: Ctx['em']) => Promise<T>): Promise<T> =>
      READS.has(op) ? core.read(work) : BESIDE_THE_QUEUE.has(op) ? work(core.ds.manager) : core.run(() => work(core.ds.manager))
    if (READS.has(op)) await unfinished.get(session)
    const preparing = enter(async (em) => {
      const idle = (await sessionSettings(em)).batasMenganggurMenit
      const { actor, ended } = await loadActor(em, session, core.clock().getTime(), idle, !BACKGROUND_OPERATIONS.has(op))
      if (!allows(def.access, actor?.roles ?? null)) {
        throw actor
          ? new AppError('FORBIDDEN', 'Anda tidak memiliki hak untuk melakukan tindakan ini.')
          : new AppError('UNAUTHENTICATED', ended ?? 'Sesi Anda telah berakhir. Silakan masuk kembali.')
      }
      if (actor?.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(op)) {
        throw new AppError('FORBIDDEN', 'Ganti kata sandi Anda terlebih dahulu.')
      }
      const parsed = def.input.safeParse(rawInput ?? {})
      if (!parsed.success) throw toValidationError(parsed.error)
      const handler = handlers[op] as (ctx: ReturnType<typeof makeCtx>, input: unknown) => Promise<unknown>
      if (OUTSIDE_THE_QUEUE.has(op)) return { data: undefined, later: () => handler(makeCtx(core, core.ds.manager, session, actor, op), parsed.data) }
      const data =
        def.kind === 'command'
          ? await inCommandTransaction(core, (em) => handler(makeCtx(core, em, session, actor, op), parsed.data))
          : await handler(makeCtx(core, em, session, actor, op), parsed.data)
      return { data, later: null }
    })
    // A command's new Nomor Perubahan reaches the watch at COMMIT (inCommandTransaction), so this window's next
    // question about it (a kept screen shown again, the change feed) already counts its own save.
    const answered = preparing.then((p) => (p.later ? p.later() : p.data))
    if (!READS.has(op)) {
      const done = answered.catch(() => undefined)
      unfinished.set(session, Promise.all([unfinished.get(session), done]))
    }
    return { ok: true as const, data: await answered }
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toBody() }
    core.logError(`Operasi ${op} gagal`, error)
    return { ok: false, error: { code: 'INTERNAL', message: GENERIC_ERROR_MESSAGE } }
  }
}
