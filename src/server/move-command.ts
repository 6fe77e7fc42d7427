import { resolve } from 'node:path'
import { copyKeyForServer, defaultServerKeyFile, keyFingerprint, parseKeyText } from '../runtime/server-audit-key'
import { parsePostgresUrl } from '../db/database-target'
import { defaultKeyFile } from '../services/audit-seal/key'
import { readFileSync } from 'node:fs'
import { pindahkanKeServer, type PindahLaporan } from '../services/move-to-server'
import type { ShellArgs } from './args'
import { databaseFile, defaultDataDir, shellDataDir } from '../runtime/paths'

/** The lines printed after a move: one per table, then every verification. */
export function describeMove(l: PindahLaporan): string[] {
  return [
    `Dipindahkan ke ${l.server}: ${l.totalBaris} baris dari ${l.tabel.length} tabel.`,
    ...l.tabel.filter((t) => t.baris > 0).map((t) => `  ${t.nama.padEnd(24)} ${String(t.baris).padStart(9)}`),
    'Pemeriksaan:',
    ...l.pemeriksaan.map((p) => `  [${p.ok ? 'OK' : 'GAGAL'}] ${p.rincian}`),
  ]
}

/**
 * `node out/main/web.js --pindahkan-ke-server postgres://... [--db FILE | --data-dir DIR] [--database-ca FILE]`:
 * copies the SQLite file into the empty server with a progress line, prints the verification, and returns the exit
 * code (0 moved and verified, 1 refused or failed: the server is then left empty).
 */
export async function runMoveCommand(args: ShellArgs, print: (line: string) => void = console.log): Promise<number> {
  const file = args.db ?? databaseFile(args.dataDir ?? defaultDataDir(), false)
  let lastPercent = -1
  try {
    const server = parsePostgresUrl(args.pindahkanKeServer ?? '', { caFile: args.databaseCa })
    print(`Memindahkan ${file} ...`)
    const laporan = await pindahkanKeServer(file, server, {
      onProgress: (p) => {
        const percent = p.totalBaris ? Math.floor((p.baris / p.totalBaris) * 10) * 10 : 0
        if (p.tahap === 'menyalin' && percent !== lastPercent) {
          lastPercent = percent
          print(`  menyalin ${percent}% (${p.baris}/${p.totalBaris} baris)`)
        } else if (p.tahap === 'memverifikasi') print('  memeriksa salinan ...')
      },
    })
    for (const line of describeMove(laporan)) print(line)
    // The server's chain is now sealed with this file's key: this desk keeps it as the server's Kunci Segel Audit.
    const keyFile = args.auditKeyFile ? resolve(args.auditKeyFile) : process.env.SIDARA_AUDIT_KEY_FILE || defaultServerKeyFile(shellDataDir(args), server)
    if (copyKeyForServer(defaultKeyFile(file), keyFile)) {
      const fingerprint = keyFingerprint(parseKeyText(readFileSync(keyFile, 'utf8')))
      print(`Kunci Segel Audit server: ${keyFile} (sidik ${fingerprint}). Salin berkas ini ke PC lain dan jalankan di sana dengan --audit-key-file BERKAS.`)
    }
    for (const line of nextSteps(args.pindahkanKeServer ?? '')) print(line)
    return 0
  } catch (error) {
    print(`Pemindahan gagal: ${error instanceof Error ? error.message : String(error)}`)
    print('Server dibiarkan kosong; berkas SQLite tidak diubah.')
    return 1
  }
}

/**
 * What the administrator does after a good move (README, "Menyiapkan server"): the move ran with the owner's URL, but
 * the PCs must not (the owner may alter the audit trail's grants); so the last lines name the second SQL block and an
 * app-role URL for the same server and database, never the owner's password. `server`: the owner URL given.
 */
export function nextSteps(server: string): string[] {
  const url = new URL(server)
  const port = url.port ? `:${url.port}` : ''
  const appUrl = `postgres://PERAN_APLIKASI:SANDI@${url.hostname}${port}${url.pathname}${url.search}`
  return [
    'Selesai. Berikutnya (README, "Menyiapkan server"): jalankan blok SQL kedua sebagai superuser (REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM peran aplikasi).',
    `Lalu jalankan Sidara di tiap PC dengan peran aplikasi, bukan peran pemilik ${decodeURIComponent(url.username)}: --database ${appUrl} (atau Pengaturan -> Basis Data).`,
  ]
}

