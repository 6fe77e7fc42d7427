// Browser mode: `npm run web` (or `node out/main/web.js [--demo] [--db FILE] [--port N]`).
import { join } from 'node:path'
import { createCore } from '../api/core'
import { fillDemoData } from '../db/seed/demo'
import { dailyBackupIfDue } from '../services/backup/automatic'
import { parseShellArgs } from './args'
import { startWebServer } from './http-server'
import { databaseFile, defaultDataDir } from './paths'

async function main(): Promise<void> {
  const args = parseShellArgs(process.argv.slice(2))
  const dbFile = args.db ?? databaseFile(args.dataDir ?? defaultDataDir(), args.demo)
  const core = await createCore({ dbFile, demo: args.demo })
  if (args.demo) await fillDemoData(core)
  await dailyBackupIfDue(core)
  const server = await startWebServer({ core, rendererDir: join(__dirname, '../renderer'), port: args.port })
  console.log(`Sidara (mode peramban${args.demo ? ', data contoh' : ''})`)
  console.log(`Basis data: ${dbFile}`)
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

main().catch((error) => {
  console.error('Sidara gagal dijalankan:', error)
  process.exit(1)
})
