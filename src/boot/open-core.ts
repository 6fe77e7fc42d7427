// How both shells (Electron's main process and browser mode's src/server/cli.ts) bring the core up, so they cannot
// drift apart: open (migrate, seal or check the audit key), fill the demo, start the daily backup.
import { createCore, type Core } from '../runtime/core'
import type { KeyHelp } from '../runtime/server-audit-key'
import { describeTarget, type DatabaseTarget } from '../db/database-target'
import { fillDemoData } from '../demo/demo'
import { dailyBackupIfDue } from '../services/backup/automatic'
import type { AnchorKeySource } from '../services/audit-seal/key'

export interface ShellCoreOptions {
  demo: boolean
  /** The audit key's home; default: createCore's (SQLite: beside the file; server: SIDARA_AUDIT_KEY_FILE or the data folder). */
  auditKey?: AnchorKeySource
  /** How this shell's user imports a server's key (ends the refusal message). */
  auditKeyHelp?: KeyHelp
}

/**
 * Opens `target` for a shell: createCore, then the sample data with --demo (first use only) and the first start's
 * daily backup (in the background). Closes the core again if either fails. Throws createCore's errors (Indonesian).
 */
export async function openShellCore(target: DatabaseTarget, options: ShellCoreOptions): Promise<{ core: Core; dbFile: string; where: string }> {
  const core = await createCore({ database: target, demo: options.demo, auditKey: options.auditKey, auditKeyHelp: options.auditKeyHelp })
  try {
    if (options.demo) await fillDemoData(core)
    await dailyBackupIfDue(core)
  } catch (error) {
    await core.close().catch(() => undefined)
    throw error
  }
  return { core, dbFile: target.engine === 'sqlite' ? target.file : '', where: describeTarget(target) }
}

/** Whether an error's message is meant for the user as it stands (our own, Indonesian) rather than a crash to log. */
export function isUserFacingStartError(error: unknown): error is Error {
  return error instanceof Error && /^(Database|Schema|Postgres|AuditKey)\w*Error$/.test(error.name)
}
