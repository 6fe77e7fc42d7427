import { resolve } from 'node:path'
import { createCore, type Core } from '../src/api/core'
import { describeTarget, resolveDatabaseTarget, type DatabaseTarget } from '../src/db/database-target'
import { fillDemoData } from '../src/db/seed/demo'
import { dailyBackupIfDue } from '../src/services/backup/automatic'
import type { ShellArgs } from '../src/server/args'
import type { AnchorKeySource } from '../src/services/audit-seal/key'
import { databaseFile } from '../src/server/paths'
import { databaseFromSettings } from './database-settings'

type DatabaseArgs = Pick<ShellArgs, 'db' | 'demo' | 'database' | 'databaseCa'>

/** `--db FILE` wins; otherwise sidara.sqlite (or sidara-demo.sqlite with --demo) in the user-data folder. */
export function resolveDatabaseFile(args: Pick<ShellArgs, 'db' | 'demo'>, userDataDir: string): string {
  return args.db ? resolve(args.db) : databaseFile(userDataDir, args.demo)
}

/**
 * The database this PC uses: the PostgreSQL server from --database (or env SIDARA_DATABASE_URL), else the server
 * chosen on Pengaturan -> Basis Data (basis-data.json in the user-data folder; not with --db or --demo), else the SQLite
 * file. The demo always runs on its own SQLite file, never on a shared server. Throws with an Indonesian message.
 * Call after app 'ready' (the saved password is decrypted with safeStorage).
 */
export function resolveAppDatabase(args: DatabaseArgs, userDataDir: string, env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const target = resolveDatabaseTarget(args, env, resolveDatabaseFile(args, userDataDir))
  if (target.engine === 'sqlite' && !args.db && !args.demo) {
    const saved = databaseFromSettings(userDataDir)
    if (saved) return { engine: 'postgres', connection: saved }
  }
  return target
}

/**
 * Opens (and migrates) the database; with --demo fills the sample data on first use. `where` names it for the log.
 * `auditKey` picks the anchor key's home for a SQLite file (Electron: safeStorage); without it, the owner-only key
 * file beside the database. `env` is read for SIDARA_DATABASE_URL.
 */
export async function openAppCore(
  args: DatabaseArgs,
  userDataDir: string,
  options: { auditKey?: (dbFile: string) => AnchorKeySource; env?: NodeJS.ProcessEnv } = {},
): Promise<{ core: Core; dbFile: string; where: string }> {
  const target = resolveAppDatabase(args, userDataDir, options.env ?? process.env)
  const auditKey = target.engine === 'sqlite' ? options.auditKey?.(target.file) : undefined
  const core = await createCore({ database: target, demo: args.demo, auditKey })
  try {
    if (args.demo) await fillDemoData(core)
    // The first start of each day keeps a verified backup (in the background; the window opens meanwhile).
    await dailyBackupIfDue(core)
  } catch (error) {
    await core.close().catch(() => undefined)
    throw error
  }
  return { core, dbFile: target.engine === 'sqlite' ? target.file : '', where: describeTarget(target) }
}
