import { resolve } from 'node:path'
import { createCore, type Core } from '../src/api/core'
import { fillDemoData } from '../src/db/seed/demo'
import { dailyBackupIfDue } from '../src/services/backup/automatic'
import type { ShellArgs } from '../src/server/args'
import type { AnchorKeySource } from '../src/services/audit-seal/key'
import { databaseFile } from '../src/server/paths'

/** `--db FILE` wins; otherwise sidara.sqlite (or sidara-demo.sqlite with --demo) in the user-data folder. */
export function resolveDatabaseFile(args: Pick<ShellArgs, 'db' | 'demo'>, userDataDir: string): string {
  return args.db ? resolve(args.db) : databaseFile(userDataDir, args.demo)
}

/**
 * Opens (and migrates) the database; with --demo fills the sample data on first use. `auditKey` picks the anchor
 * key's home for that file (Electron: safeStorage); without it, the owner-only key file beside the database.
 */
export async function openAppCore(
  args: Pick<ShellArgs, 'db' | 'demo'>,
  userDataDir: string,
  auditKey?: (dbFile: string) => AnchorKeySource,
): Promise<{ core: Core; dbFile: string }> {
  const dbFile = resolveDatabaseFile(args, userDataDir)
  const core = await createCore({ dbFile, demo: args.demo, auditKey: auditKey?.(dbFile) })
  try {
    if (args.demo) await fillDemoData(core)
    // The first start of each day keeps a verified backup (in the background; the window opens meanwhile).
    await dailyBackupIfDue(core)
  } catch (error) {
    await core.close().catch(() => undefined)
    throw error
  }
  return { core, dbFile }
}
