export interface ShellArgs {
  demo: boolean
  db?: string
  dataDir?: string
  port?: number
}

/** Options shared by both shells: --demo, --db FILE, --data-dir DIR, --port N (browser mode). */
export function parseShellArgs(argv: string[]): ShellArgs {
  const out: ShellArgs = { demo: false }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2)
    const value = () => inline ?? argv[++i]
    if (flag === '--demo') out.demo = true
    else if (flag === '--db') out.db = value()
    else if (flag === '--data-dir') out.dataDir = value()
    else if (flag === '--port') out.port = Number(value())
  }
  return out
}
