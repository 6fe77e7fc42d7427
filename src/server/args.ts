export interface ShellArgs {
  demo: boolean
  db?: string
  dataDir?: string
  port?: number
  /** `--database postgres://USER:PASS@HOST:PORT/DB`: the office's PostgreSQL server instead of the SQLite file. */
  database?: string
  /** `--database-ca FILE`: the CA (PEM) that signed the server's certificate; turns TLS on. */
  databaseCa?: string
  /**
   * `--audit-key-file FILE` (or env SIDARA_AUDIT_KEY_FILE): the Kunci Segel Audit of the PostgreSQL server, as exported
   * on Pengaturan -> Basis Data (src/runtime/server-audit-key.ts). Default: one file per server in the data folder.
   */
  auditKeyFile?: string
  /** `--pindahkan-ke-server URL`: copy the SQLite file (--db or the data folder's) into this empty server, then exit. */
  pindahkanKeServer?: string
  /** `--help` / `-h`: print the options and exit (browser mode). */
  help?: true
  /** Flags this parser does not know, as given (Electron passes Chromium's own; browser mode refuses them). */
  unknown?: string[]
}

/**
 * Options shared by both shells: --demo, --db FILE, --data-dir DIR, --port N (browser mode), --database URL and
 * --database-ca FILE (PostgreSQL; the URL may also come from env SIDARA_DATABASE_URL, see resolveDatabaseTarget),
 * --audit-key-file FILE (the server's Kunci Segel Audit), and
 * --pindahkan-ke-server URL (browser-mode CLI: move the SQLite file onto an empty server and exit), --help. Anything
 * else is listed in `unknown` (never dropped silently: a mistyped --database must not start on the SQLite file).
 */
export function parseShellArgs(argv: string[]): ShellArgs {
  const out: ShellArgs = { demo: false }
  for (let i = 0; i < argv.length; i++) {
    // Split at the first "=" only: a database URL holds "=" in its query (?sslmode=require).
    const eq = argv[i].indexOf('=')
    const flag = eq < 0 ? argv[i] : argv[i].slice(0, eq)
    const inline = eq < 0 ? undefined : argv[i].slice(eq + 1)
    const value = () => inline ?? argv[++i]
    if (flag === '--demo') out.demo = true
    else if (flag === '--db') out.db = value()
    else if (flag === '--data-dir') out.dataDir = value()
    else if (flag === '--port') out.port = Number(value())
    else if (flag === '--database') out.database = value()
    else if (flag === '--database-ca') out.databaseCa = value()
    else if (flag === '--audit-key-file') out.auditKeyFile = value()
    else if (flag === '--pindahkan-ke-server') out.pindahkanKeServer = value()
    else if (flag === '--help' || flag === '-h') out.help = true
    else (out.unknown ??= []).push(argv[i])
  }
  return out
}
