// The desktop's way to bring a shared server's Kunci Segel Audit to a new PC: Sidara refuses to open the server
// without it (src/runtime/server-audit-key.ts), so the refusal itself offers to import the key file the Admin exported
// on Pengaturan -> Basis Data. After the import Sidara starts again and checks the key against the server's seal.
import { dialog } from 'electron'
import { readFileSync } from 'node:fs'
import { keyFingerprint, parseKeyText } from '../src/runtime/server-audit-key'
import type { ShellArgs } from '../src/server/args'
import { importServerKey } from './audit-key'
import { resolveAppDatabase } from './open-core'

type Args = Pick<ShellArgs, 'db' | 'demo' | 'database' | 'databaseCa'>

/**
 * Shows `message` with "Impor Kunci Segel Audit..." and "Tutup"; on import asks for the file, keeps the key
 * (safeStorage) for the server in use and answers true (the caller restarts Sidara). False when closed or cancelled;
 * a file that holds no whole key is reported and the question asked again.
 */
export async function offerKeyImport(message: string, args: Args, userDataDir: string): Promise<boolean> {
  const target = resolveAppDatabase(args, userDataDir)
  if (target.engine !== 'postgres') return false
  let detail = message
  for (;;) {
    const choice = await dialog.showMessageBox({
      type: 'warning',
      title: 'Kunci Segel Audit diperlukan',
      message: 'Sidara belum dapat membuka server kantor di PC ini.',
      detail,
      buttons: ['Impor Kunci Segel Audit...', 'Tutup'],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    })
    if (choice.response !== 0) return false
    const file = await dialog.showOpenDialog({
      title: 'Pilih Berkas Kunci Segel Audit',
      buttonLabel: 'Impor',
      filters: [{ name: 'Kunci Segel Audit', extensions: ['txt', 'key'] }, { name: 'Semua Berkas', extensions: ['*'] }],
      properties: ['openFile'],
    })
    if (file.canceled || !file.filePaths[0]) continue
    try {
      const key = parseKeyText(readFileSync(file.filePaths[0], 'utf8').slice(0, 4096))
      importServerKey(userDataDir, target.connection, key)
      await dialog.showMessageBox({ type: 'info', title: 'Kunci Segel Audit diimpor', message: `Kunci diimpor (sidik ${keyFingerprint(key)}). Sidara dibuka ulang.`, buttons: ['OK'] })
      return true
    } catch (error) {
      detail = `${error instanceof Error ? error.message : String(error)}\n\n${message}`
    }
  }
}
