// "Pindahkan ke Server" from Pengaturan -> Basis Data: one move at a time, run in the main process; the window polls
// its progress (the preload offers only request/answer, no push), so a progress bar moves while rows are copied.
import type { MoveStatus } from '../src/contract/shell'
import type { PostgresConnection } from '../src/db/database-target'
import { pindahkanKeServer } from '../src/services/move-to-server'

let status: MoveStatus = { tahap: 'belum', baris: 0, totalBaris: 0 }

/** Where the current (or last) move stands. */
export function moveStatus(): MoveStatus {
  return status
}

/**
 * Starts copying `sqliteFile` into the empty server `server` and returns at once; false when a move is already running.
 * The SQLite file in use is only read (a snapshot taken at the start); the server is left empty on any failure.
 * `onMoved` runs once the copy is verified (the desk keeps its key for the server).
 */
export function startMove(sqliteFile: string, server: PostgresConnection, onMoved?: () => void): boolean {
  if (status.tahap === 'memeriksa' || status.tahap === 'menyalin' || status.tahap === 'memverifikasi') return false
  status = { tahap: 'memeriksa', baris: 0, totalBaris: 0 }
  void pindahkanKeServer(sqliteFile, server, { onProgress: (p) => (status = { ...status, tahap: p.tahap, tabel: p.tabel, baris: p.baris, totalBaris: p.totalBaris }) })
    .then((laporan) => {
      try {
        onMoved?.()
      } catch (error) {
        // The move itself succeeded; the key can still be imported by hand (startup dialog).
        console.error('[pindahkan] Kunci Segel Audit tidak tersimpan untuk server', error)
      }
      return laporan
    })
    .then((laporan) => (status = { tahap: 'selesai', baris: laporan.totalBaris, totalBaris: laporan.totalBaris, pemeriksaan: laporan.pemeriksaan.map((p) => p.rincian) }))
    .catch((error: unknown) => {
      console.error('[pindahkan] Gagal', error)
      status = { ...status, tahap: 'gagal', pesan: `${error instanceof Error ? error.message : String(error)} Server dibiarkan kosong; berkas lokal tidak diubah.` }
    })
  return true
}
