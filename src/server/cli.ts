// Browser mode: `npm run web` (or `node out/main/web.js [--demo] [--db FILE] [--port N] [--database URL] [--database-ca FILE]`).
// `--pindahkan-ke-server URL [--db FILE]` moves the SQLite file onto an empty server and exits (README, Kantor bersama).
// The PostgreSQL URL may also come from env SIDARA_DATABASE_URL (and the CA file from SIDARA_DATABASE_CA).
import { join } from 'node:path'
import { createCore } from '../api/core'
import { describeTarget, resolveDatabaseTarget } from '../db/database-target'
import { fillDemoData } from '../db/seed/demo'
import { dailyBackupIfDue } from '../services/backup/automatic'
import { parseShellArgs } from './args'
import { runMoveCommand } from './move-command'
import { startWebServer } from './http-server'
import { databaseFile, defaultDataDir } from './paths'

async function main(): Promise<void> {
  const args = parseShellArgs(process.argv.slice(2))
  if (args.pindahkanKeServer) process.exit(await runMoveCommand(args))
  const database = resolveDatabaseTarget(args, process.env, args.db ?? databaseFile(args.dataDir ?? defaultDataDir(), args.demo))
  const core = await createCore({ database, demo: args.demo })
  if (args.demo) await fillDemoData(core)
  await dailyBackupIfDue(core)
  const server = await startWebServer({ core, rendererDir: join(__dirname, '../renderer'), port: args.port })
  console.log(`Sidara (mode peramban${args.demo ? ', data contoh' : ''})`)
  console.log(`Basis data: ${describeTarget(database)}`)
  console.log(`Buka di peramban: ${server.loginUrl}`)
  if (args.demo) console.log('Akun contoh: admin, sekretariat, kadis, kabid, kasi, timdc, timdc2 (kata sandi: sidara-demo)')
  console.log('Tekan Ctrl+C untuk berhenti.')
  const stop = async () => {
    await server.close()
    await core.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  // Our own errors carry an Indonesian message meant for the user; others are shown in full for the log.
  console.error('Sidara gagal dijalankan:', error instanceof Error && /^(Database|Schema|Postgres)\w*Error$/.test(error.name) ? error.message : error)
  process.exit(1)
})
