// Desktop-only operations (src/contract/shell.ts), answered by the main process, never by the core.
import { app, dialog, type BrowserWindow, type SaveDialogOptions } from 'electron'
import { writeFile } from 'node:fs/promises'
import { dirname, extname, join } from 'node:path'
import { z } from 'zod'
import type { Envelope } from '../src/contract/errors'
import { DatabaseServerInput } from '../src/contract/database'
import type { ShellOperations } from '../src/contract/shell'
import { DOCUMENT_OPERATIONS, isFileBytes, type DocumentOperationName, type FileBytes } from '../src/contract/files'
import { toValidationError } from '../src/api/dispatch'
import { DatabaseSettingsError, saveDatabaseSettings, viewDatabaseSettings } from './database-settings'
import { moveStatus, startMove } from './move-job'
import { formatKeyText, keyFingerprint } from '../src/runtime/server-audit-key'
import type { AnchorKeySource } from '../src/services/audit-seal/key'
import { importServerKey } from './audit-key'
import { isAllowedExternalUrl, markSavedBySidara, safeOpenExternal, safeOpenPath } from './security'

// The operation's own input is checked by dispatch, as for any call of the core.
const SaveDocumentInput = z.object({
  operation: z.enum(DOCUMENT_OPERATIONS, { error: 'Dokumen tidak dikenal.' }),
  input: z.unknown(),
  open: z.boolean({ error: 'Pilihan membuka berkas tidak valid.' }).default(false),
})

const OpenExternalInput = z.object({
  url: z.string({ error: 'Alamat tautan wajib diisi.' }).max(2048, { error: 'Alamat tautan terlalu panjang.' }),
})

export interface ShellContext {
  /** The window that asked: the save dialog is modal to it. */
  window: BrowserWindow | null
  /** The user-data folder (Pengaturan -> Basis Data keeps basis-data.json there); default app.getPath('userData'). */
  userDataDir?: string
  /** The database in use now, without the password. */
  activeDatabase?: string
  /** The SQLite file in use ('' when this Sidara runs on a server): what "Pindahkan ke Server" copies. */
  sqliteFile?: string
  /** The audit key in use (the core's): exported on a server; on SQLite, what a move seals the server with. */
  auditKey?: AnchorKeySource
  /**
   * Calls an operation of the core as the asking window's user (ipc.ts: dispatch with the window's session), for
   * shell.saveDocument. Absent: that operation is refused.
   */
  callCore?: (operation: DocumentOperationName, input: unknown) => Promise<Envelope<unknown>>
}

type Answer<K extends keyof ShellOperations> = Promise<Envelope<ShellOperations[K]['output']>>

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i

/**
 * The suggested name as a plain file name: no folders, no characters Windows refuses, no leading dots (hidden
 * files) or trailing dots/spaces, not a reserved device name, at most 150 characters.
 */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  // eslint-disable-next-line no-control-regex
  let clean = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').replace(/^[\s.]+|[\s.]+$/g, '')
  if (clean.length > 150) {
    const ext = extname(clean).slice(0, 16)
    clean = clean.slice(0, 150 - ext.length) + ext
  }
  if (!clean) clean = 'dokumen'
  return WINDOWS_RESERVED.test(clean) ? `_${clean}` : clean
}

const FILTER_NAMES: Record<string, string> = {
  docx: 'Dokumen Word', doc: 'Dokumen Word', xlsx: 'Buku Kerja Excel', pdf: 'Dokumen PDF', csv: 'Berkas CSV',
  zip: 'Arsip ZIP', png: 'Gambar PNG', jpg: 'Gambar JPEG', jpeg: 'Gambar JPEG', txt: 'Berkas Teks',
  json: 'Berkas JSON', sqlite: 'Basis Data Sidara',
}

function saveFilters(fileName: string): SaveDialogOptions['filters'] {
  const ext = extname(fileName).slice(1).toLowerCase()
  const all = { name: 'Semua Berkas', extensions: ['*'] }
  return ext ? [{ name: FILTER_NAMES[ext] ?? `Berkas ${ext.toUpperCase()}`, extensions: [ext] }, all] : [all]
}

let lastFolder: string | null = null

function defaultFolder(): string {
  if (lastFolder) return lastFolder
  try {
    return app.getPath('documents')
  } catch {
    return app.getPath('home')
  }
}

const ok = <T>(data: T): Envelope<T> => ({ ok: true, data })

/**
 * Generate-and-save: the core builds the file (dispatch, so the window's user needs the operation's role), the user
 * picks where it goes in the native dialog, the main process writes it there. The bytes never reach the renderer.
 */
async function saveDocument(rawInput: unknown, ctx: ShellContext): Answer<'shell.saveDocument'> {
  const parsed = SaveDocumentInput.safeParse(rawInput ?? {})
  if (!parsed.success) return { ok: false, error: toValidationError(parsed.error).toBody() }
  if (!ctx.callCore) return { ok: false, error: { code: 'NOT_FOUND', message: 'Operasi tidak dikenal.' } }
  const answer = await ctx.callCore(parsed.data.operation, parsed.data.input ?? {})
  if (!answer.ok) return answer
  if (!isFileBytes(answer.data)) throw new Error(`${parsed.data.operation} tidak menjawab dengan berkas`)
  return saveBytes(answer.data, parsed.data.open, ctx)
}

/** Asks where to save `file` (native dialog, modal to the window) and writes it there; opens it when asked. */
export async function saveBytes(file: FileBytes, open: boolean, ctx: ShellContext): Answer<'shell.saveDocument'> {
  const bytes = file.bytes
  const fileName = safeFileName(file.fileName)
  const options: SaveDialogOptions = {
    title: 'Simpan Berkas',
    buttonLabel: 'Simpan',
    defaultPath: join(defaultFolder(), fileName),
    filters: saveFilters(fileName),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  }
  const choice = ctx.window ? await dialog.showSaveDialog(ctx.window, options) : await dialog.showSaveDialog(options)
  if (choice.canceled || !choice.filePath) return ok({ saved: false, fileName })
  // Some Linux dialogs accept a name typed without its extension; keep the document openable.
  let path = choice.filePath
  if (!extname(path) && extname(fileName)) path += extname(fileName)
  try {
    await writeFile(path, bytes)
  } catch (error) {
    console.error('[berkas] Gagal menyimpan', path, error)
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: 'Berkas tidak dapat disimpan di lokasi itu. Pastikan berkas tidak sedang dibuka di program lain dan folder dapat ditulisi, lalu coba lagi.',
      },
    }
  }
  lastFolder = dirname(path)
  markSavedBySidara(path)
  // A file that will not open is not a failed save: the user still has it where they chose.
  if (open) await safeOpenPath(path)
  return ok({ saved: true, path, fileName })
}

async function openExternal(rawInput: unknown): Answer<'shell.openExternal'> {
  const parsed = OpenExternalInput.safeParse(rawInput ?? {})
  if (!parsed.success) return { ok: false, error: toValidationError(parsed.error).toBody() }
  if (!isAllowedExternalUrl(parsed.data.url)) {
    const message = 'Tautan ini tidak dapat dibuka. Hanya alamat https:// dan alamat email yang diizinkan.'
    return { ok: false, error: { code: 'VALIDATION', message, fields: { url: message } } }
  }
  return ok({ ok: await safeOpenExternal(parsed.data.url) })
}

const SettingsInput = z.discriminatedUnion('engine', [
  z.object({ engine: z.literal('sqlite') }),
  DatabaseServerInput.extend({ engine: z.literal('postgres') }),
], { error: 'Pilih jenis basis data.' })

function databaseSettings(ctx: ShellContext): Answer<'shell.databaseSettings'> {
  return Promise.resolve(ok({ ...viewDatabaseSettings(ctx.userDataDir ?? app.getPath('userData')), aktif: ctx.activeDatabase ?? '' }))
}

async function saveDatabaseChoice(rawInput: unknown, ctx: ShellContext): Answer<'shell.saveDatabaseSettings'> {
  const parsed = SettingsInput.safeParse(rawInput ?? {})
  if (!parsed.success) return { ok: false, error: toValidationError(parsed.error).toBody() }
  const input = parsed.data.engine === 'sqlite' ? { engine: 'sqlite' as const, host: '', port: 5432, database: '', user: '', password: '', tls: true, caFile: '' } : parsed.data
  try {
    return ok({ ...saveDatabaseSettings(ctx.userDataDir ?? app.getPath('userData'), input), aktif: ctx.activeDatabase ?? '' })
  } catch (error) {
    if (!(error instanceof DatabaseSettingsError)) throw error
    return { ok: false, error: { code: 'VALIDATION', message: error.message, ...(error.field ? { fields: { [error.field]: error.message } } : {}) } }
  }
}

async function pickCaFile(ctx: ShellContext): Answer<'shell.pickCaFile'> {
  const options = {
    title: 'Pilih Sertifikat CA Server',
    buttonLabel: 'Pilih',
    filters: [{ name: 'Sertifikat (PEM)', extensions: ['pem', 'crt', 'cer'] }, { name: 'Semua Berkas', extensions: ['*'] }],
    properties: ['openFile' as const],
  }
  const choice = ctx.window ? await dialog.showOpenDialog(ctx.window, options) : await dialog.showOpenDialog(options)
  return ok(choice.canceled || !choice.filePaths[0] ? {} : { path: choice.filePaths[0] })
}

const MoveInput = DatabaseServerInput.extend({ password: z.string().trim().min(1, { error: 'Kata sandi wajib diisi.' }) })

async function moveToServer(rawInput: unknown, ctx: ShellContext): Answer<'shell.moveToServer'> {
  const parsed = MoveInput.safeParse(rawInput ?? {})
  if (!parsed.success) return { ok: false, error: toValidationError(parsed.error).toBody() }
  if (!ctx.sqliteFile) return { ok: false, error: { code: 'DOMAIN', message: 'Sidara ini sudah memakai server, bukan berkas lokal: tidak ada yang dipindahkan.' } }
  const i = parsed.data
  const server = { host: i.host, port: i.port, database: i.database, user: i.user, password: i.password, tls: i.tls || Boolean(i.caFile), ...(i.caFile ? { caFile: i.caFile } : {}) }
  // The moved chain stays sealed with this PC's SQLite key: this PC keeps it as the server's Kunci Segel Audit.
  const key = ctx.auditKey
  const userDataDir = ctx.userDataDir ?? app.getPath('userData')
  const started = startMove(ctx.sqliteFile, server, key ? () => importServerKey(userDataDir, server, key.key()) : undefined)
  if (!started) return { ok: false, error: { code: 'CONFLICT', message: 'Pemindahan sedang berjalan.' } }
  return ok(moveStatus())
}

const ExportKeyInput = z.object({ tujuan: z.enum(['berkas', 'teks'], { error: 'Pilih cara ekspor: berkas atau teks.' }) })

function auditKeyInfo(ctx: ShellContext): Answer<'shell.auditKeyInfo'> {
  const server = !ctx.sqliteFile && Boolean(ctx.auditKey)
  return Promise.resolve(ok({ server, sidik: server && ctx.auditKey ? keyFingerprint(ctx.auditKey.key()) : '' }))
}

async function exportAuditKey(rawInput: unknown, ctx: ShellContext): Answer<'shell.exportAuditKey'> {
  const parsed = ExportKeyInput.safeParse(rawInput ?? {})
  if (!parsed.success) return { ok: false, error: toValidationError(parsed.error).toBody() }
  if (ctx.sqliteFile || !ctx.auditKey) {
    return { ok: false, error: { code: 'DOMAIN', message: 'Kunci Segel Audit hanya dibagikan saat Sidara memakai server kantor.' } }
  }
  const teks = formatKeyText(ctx.auditKey.key())
  console.info(`[kunci-segel] Diekspor sebagai ${parsed.data.tujuan}`)
  if (parsed.data.tujuan === 'teks') return ok({ saved: false, teks })
  const options: SaveDialogOptions = {
    title: 'Simpan Kunci Segel Audit',
    buttonLabel: 'Simpan',
    defaultPath: join(defaultFolder(), 'kunci-segel-audit.txt'),
    filters: [{ name: 'Kunci Segel Audit', extensions: ['txt'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  }
  const choice = ctx.window ? await dialog.showSaveDialog(ctx.window, options) : await dialog.showSaveDialog(options)
  if (choice.canceled || !choice.filePath) return ok({ saved: false })
  await writeFile(choice.filePath, teks, { mode: 0o600 })
  return ok({ saved: true, path: choice.filePath })
}

export function isShellOperationName(name: string): boolean {
  return name.startsWith('shell.')
}

/** Answers a `shell.*` operation. Input is validated here, as dispatch does for the core's operations. */
export async function answerShellOperation(name: string, input: unknown, ctx: ShellContext): Promise<Envelope<unknown>> {
  switch (name) {
    case 'shell.saveDocument':
      return saveDocument(input, ctx)
    case 'shell.openExternal':
      return openExternal(input)
    case 'shell.databaseSettings':
      return databaseSettings(ctx)
    case 'shell.saveDatabaseSettings':
      return saveDatabaseChoice(input, ctx)
    case 'shell.pickCaFile':
      return pickCaFile(ctx)
    case 'shell.moveToServer':
      return moveToServer(input, ctx)
    case 'shell.moveStatus':
      return ok(moveStatus())
    case 'shell.auditKeyInfo':
      return auditKeyInfo(ctx)
    case 'shell.exportAuditKey':
      return exportAuditKey(input, ctx)
    default:
      return { ok: false, error: { code: 'NOT_FOUND', message: 'Operasi tidak dikenal.' } }
  }
}
