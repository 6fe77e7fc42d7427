// Operations only a desktop shell can do (native dialogs). They travel on the same single channel as the API but
// are answered by the Electron main process, never by the core. In browser mode the renderer does without them.
import type { Input } from './index'
import type { DocumentOperationName } from './files'

/**
 * Generate-and-save in the desktop app: the main process runs `operation` (one answering a file, see files.ts) through
 * the core's one door (dispatch: the window's session, its permissions), asks where to save with the native dialog
 * and writes the bytes there. The renderer never holds the file; it gets back whether and where it was saved.
 */
export interface SaveDocumentInput<K extends DocumentOperationName = DocumentOperationName> {
  operation: K
  input: Input<K>
  /** Open the saved file with its default program (Word/LibreOffice, a PDF viewer). */
  open: boolean
}

/** What shell.saveDocument answers: `saved` false when the user cancelled the dialog. */
export interface SaveDocumentResult {
  saved: boolean
  /** Where it was written (chosen by the user in the dialog). */
  path?: string
  /** The name the core gave the file, e.g. "Berita-Acara-Penarikan-....docx" (for the notice). */
  fileName: string
}

/** Pengaturan -> Basis Data as the desktop screen sees it: everything but the password (only whether one is saved). */
export interface DatabaseSettingsView {
  engine: 'sqlite' | 'postgres'
  host: string
  port: number
  database: string
  user: string
  tls: boolean
  caFile: string
  passwordSaved: boolean
  /** Whether a password can be kept safely on this PC (Electron safeStorage); when not, `storageMessage` says why. */
  storageOk: boolean
  storageMessage: string
  /** The database this running Sidara uses (password never shown); a saved change applies at the next start. */
  aktif: string
}

/** The Basis Data form as saved: `password` empty keeps the saved one. */
export interface DatabaseSettingsInput {
  engine: 'sqlite' | 'postgres'
  host: string
  port: number
  database: string
  user: string
  password: string
  tls: boolean
  caFile: string
}

/** Where "Pindahkan ke Server" stands ('belum': not started in this session). */
export interface MoveStatus {
  tahap: 'belum' | 'memeriksa' | 'menyalin' | 'memverifikasi' | 'selesai' | 'gagal'
  tabel?: string
  baris: number
  totalBaris: number
  /** The verifications, one line each (when 'selesai'). */
  pemeriksaan?: string[]
  /** Why it failed (when 'gagal'), Indonesian. */
  pesan?: string
}

/** Kunci Segel Audit of the server in use (Pengaturan -> Basis Data): what desks compare, never the key itself. */
export interface AuditKeyView {
  /** Whether this Sidara runs on a shared server (the key matters only there). */
  server: boolean
  /** "Sidik Kunci": 4 groups of 4 hex of a hash of the key; equal on every desk of one server. '' on SQLite. */
  sidik: string
}

export interface ShellOperations {
  'shell.saveDocument': { input: SaveDocumentInput; output: SaveDocumentResult }
  'shell.openExternal': { input: { url: string }; output: { ok: boolean } }
  /** Admin only. */
  'shell.databaseSettings': { input: Record<string, never>; output: DatabaseSettingsView }
  /** Admin only; takes effect at the next start. */
  'shell.saveDatabaseSettings': { input: DatabaseSettingsInput; output: DatabaseSettingsView }
  /** Admin only: the native open dialog for the CA's PEM file. */
  'shell.pickCaFile': { input: Record<string, never>; output: { path?: string } }
  /** Admin only: copies the SQLite file in use into the (empty) server given; answers at once, then poll moveStatus. */
  'shell.moveToServer': { input: Omit<DatabaseSettingsInput, 'engine'>; output: MoveStatus }
  /** Admin only. */
  'shell.moveStatus': { input: Record<string, never>; output: MoveStatus }
  /** Admin only. */
  'shell.auditKeyInfo': { input: Record<string, never>; output: AuditKeyView }
  /**
   * Admin only, on a server: the key for another PC, saved as a file (native save dialog) or answered as text to copy.
   * The Admin's choice is itself logged to the main process's log (who exported it is not in the audit chain: the
   * export is a shell act).
   */
  'shell.exportAuditKey': { input: { tujuan: 'berkas' | 'teks' }; output: { saved: boolean; path?: string; teks?: string } }
}

export type ShellOperationName = keyof ShellOperations
export const SHELL_OPERATIONS: readonly ShellOperationName[] = ['shell.saveDocument', 'shell.openExternal', 'shell.databaseSettings', 'shell.saveDatabaseSettings', 'shell.pickCaFile', 'shell.moveToServer', 'shell.moveStatus', 'shell.auditKeyInfo', 'shell.exportAuditKey']

/** Shell operations only an Admin may call (checked by the main process against the window's session). */
export const ADMIN_SHELL_OPERATIONS: readonly ShellOperationName[] = [
  'shell.databaseSettings', 'shell.saveDatabaseSettings', 'shell.pickCaFile', 'shell.moveToServer', 'shell.moveStatus', 'shell.auditKeyInfo', 'shell.exportAuditKey',
]

/** What the preload exposes on window.sidara, and nothing more. */
export interface PreloadBridge {
  invoke(name: string, input: unknown): Promise<unknown>
  /** Calls `listener` with a router path (e.g. "/surat-masuk/12") when the user clicks a desktop reminder. */
  onBuka(listener: (tautan: string) => void): void
}
