import { resolve } from 'node:path'
import { defaultServerKeySource, type Core } from '../src/runtime/core'
import { serverKeySource } from '../src/runtime/server-audit-key'
import { resolveDatabaseTarget, type DatabaseTarget, type PostgresConnection } from '../src/db/database-target'
import { openShellCore } from '../src/boot/open-core'
import type { ShellArgs } from '../src/server/args'
import type { AnchorKeySource } from '../src/services/audit-seal/key'
import { databaseFile } from '../src/runtime/paths'
import { DESKTOP_KEY_HELP } from './audit-key'
import { databaseFromSettings } from './database-settings'

type DatabaseArgs = Pick<ShellArgs, 'db' | 'demo' | 'database' | 'databaseCa' | 'auditKeyFile'>

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
 * Opens (and migrates) the database; with --demo fills the sample data on first use (src/boot/open-core.ts, the same
 * way as browser mode). `where` names it for the log. `auditKey` picks the anchor key's home for a SQLite file
 * (Electron: safeStorage); `serverKey` for a server (Electron: safeStorage, one key per server in the user-data
 * folder; --audit-key-file FILE wins). Without them, browser mode's files. `env` is read for SIDARA_DATABASE_URL.
 * Throws AuditKeyMissingError / AuditKeyMismatchError when this PC lacks the server's Kunci Segel Audit.
 */
export async function openAppCore(
  args: DatabaseArgs,
  userDataDir: string,
  options: { auditKey?: (dbFile: string) => AnchorKeySource; serverKey?: (server: PostgresConnection) => AnchorKeySource; env?: NodeJS.ProcessEnv } = {},
): Promise<{ core: Core; dbFile: string; where: string }> {
  const target = resolveAppDatabase(args, userDataDir, options.env ?? process.env)
  let auditKey: AnchorKeySource | undefined
  if (target.engine === 'sqlite') auditKey = options.auditKey?.(target.file)
  else if (args.auditKeyFile) auditKey = serverKeySource(resolve(args.auditKeyFile))
  else auditKey = options.serverKey?.(target.connection) ?? defaultServerKeySource(target, { env: options.env ?? process.env, dataDir: userDataDir })
  return openShellCore(target, { demo: args.demo, auditKey, auditKeyHelp: DESKTOP_KEY_HELP })
}
