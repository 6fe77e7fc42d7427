// Browser mode: `npm run web` (or `node out/main/web.js [--demo] [--db FILE] [--port N] [--database URL] [--database-ca FILE]
// [--audit-key-file FILE]`). `--pindahkan-ke-server URL [--db FILE]` moves the SQLite file onto an empty server and exits
// (README, Kantor bersama). The PostgreSQL URL may also come from env SIDARA_DATABASE_URL (and the CA file from
// SIDARA_DATABASE_CA, the audit key file from SIDARA_AUDIT_KEY_FILE).
import { resolve, join } from 'node:path'
import { defaultServerKeySource } from '../runtime/core'
import { keyFingerprint, serverKeySource } from '../runtime/server-audit-key'
import { resolveDatabaseTarget } from '../db/database-target'
import { parseShellArgs } from './args'
import { unknownFlagsMessage, WEB_USAGE } from './usage'
import { runMoveCommand } from './move-command'
import { startWebServer } from './http-server'
import { isUserFacingStartError, openShellCore } from '../boot/open-core'
import { databaseFile, defaultDataDir, shellDataDir } from '../runtime/paths'

async function main(): Promise<void> {
  const args = parseShellArgs(process.argv.slice(2))
  if (args.help) {
    console.log(WEB_USAGE)
    process.exit(0)
  }
  // Nothing starts on a mistyped flag: "--databse URL" would otherwise open (and create) the local SQLite file.
  if (args.unknown) {
    console.error(unknownFlagsMessage(args.unknown))
    process.exit(2)
  }
  if (args.pindahkanKeServer) process.exit(await runMoveCommand(args))
  const database = resolveDatabaseTarget(args, process.env, args.db ?? databaseFile(args.dataDir ?? defaultDataDir(), args.demo))
  const dataDir = shellDataDir(args)
  // A server's key: --audit-key-file, else SIDARA_AUDIT_KEY_FILE, else one file per server in the data folder.
  const auditKey =
    database.engine !== 'postgres' ? undefined : args.auditKeyFile ? serverKeySource(resolve(args.auditKeyFile)) : defaultServerKeySource(database, { dataDir })
  const { core, where } = await openShellCore(database, { demo: args.demo, auditKey })
  const server = await startWebServer({ core, rendererDir: join(__dirname, '../renderer'), port: args.port })
  console.log(`Sidara (mode peramban${args.demo ? ', data contoh' : ''})`)
  console.log(`Basis data: ${where}`)
  if (database.engine === 'postgres') console.log(`Kunci Segel Audit: sidik ${keyFingerprint(core.auditKey.key())} (bandingkan dengan PC lain di server yang sama)`)
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
  console.error('Sidara gagal dijalankan:', isUserFacingStartError(error) ? error.message : error)
  process.exit(1)
})
