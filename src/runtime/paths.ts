import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

/**
 * The folder Electron would use as userData for "Sidara", so both shells open the same database by default:
 * %APPDATA%\Sidara on Windows, ~/Library/Application Support/Sidara on macOS, $XDG_CONFIG_HOME/Sidara on Linux.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Sidara')
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Sidara')
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Sidara')
}

export function databaseFile(dataDir: string, demo: boolean): string {
  return join(dataDir, demo ? 'sidara-demo.sqlite' : 'sidara.sqlite')
}

/** Where a shell keeps its own files (a server's audit key): --data-dir, else the --db file's folder, else defaultDataDir(). */
export function shellDataDir(args: { dataDir?: string; db?: string }): string {
  return args.dataDir ?? (args.db ? dirname(resolve(args.db)) : defaultDataDir())
}
