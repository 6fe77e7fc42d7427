import type { ImportKemajuan } from '../../contract/inventory'
import type { Session } from '../../runtime/session'

// How far a running import is, for the progress bar. The import runs as one call in the single work queue (one
// transaction), so the screen cannot ask through the queue while it runs: it polls devices.importKemajuan, which
// reads only this map (dispatch runs it beside the queue). Keyed by the session and a token the screen picks, so a
// window sees only its own imports. Finished entries are dropped after a minute.

const running = new Map<string, ImportKemajuan & { until: number | null }>()
const KEEP_MS = 60_000

const keyOf = (sessionId: string, token: string) => `${sessionId}|${token}`

/** Reports progress of the import `token` of session `sessionId`: `selesai` of `total` rows in `tahap`. */
export function reportProgress(sessionId: string, token: string | undefined, tahap: ImportKemajuan['tahap'], selesai: number, total: number): void {
  if (!token) return
  running.set(keyOf(sessionId, token), { tahap, selesai, total, persen: total ? Math.min(100, Math.floor((selesai * 100) / total)) : 0, until: null })
}

/** Marks the import finished; its last state stays readable for a minute. */
export function finishProgress(sessionId: string, token: string | undefined, now = Date.now()): void {
  if (!token) return
  const entry = running.get(keyOf(sessionId, token))
  if (entry) running.set(keyOf(sessionId, token), { ...entry, tahap: 'selesai', persen: 100, until: now + KEEP_MS })
  for (const [key, e] of running) if (e.until !== null && e.until < now) running.delete(key)
}

/** The progress of an import of this session, or null when none is known under `token`. */
export function readProgress(sessionId: string, token: string): ImportKemajuan | null {
  const entry = running.get(keyOf(sessionId, token))
  if (!entry) return null
  const { until: _until, ...progress } = entry
  return progress
}

/** devices.importKemajuan: the progress of this session's import `token` (null when unknown). */
export async function importProgress(session: Session, token: string): Promise<ImportKemajuan | null> {
  return readProgress(session.id, token)
}

/**
 * Lets the event loop answer a poll between slices of CPU-bound work (every `every` rows). A timer, not setImmediate:
 * the poll itself waits on a few database reads, and each needs a turn of the loop to come back.
 */
export async function breathe(i: number, every = 250): Promise<void> {
  if (i > 0 && i % every === 0) await new Promise((resolve) => setTimeout(resolve, 0))
}
