// Operations only a desktop shell can do (native dialogs). They travel on the same single channel as the API but
// are answered by the Electron main process, never by the core. In browser mode the renderer does without them.

export interface SaveFileInput {
  /** Suggested file name, e.g. "Lembar-Disposisi-0012-2026.docx". */
  fileName: string
  mimeType: string
  dataBase64: string
  /** Open the saved file with its default program (Word/LibreOffice, a PDF viewer). */
  open: boolean
}

export interface ShellOperations {
  'shell.saveFile': { input: SaveFileInput; output: { saved: boolean; path?: string } }
  'shell.openExternal': { input: { url: string }; output: { ok: boolean } }
}

export type ShellOperationName = keyof ShellOperations
export const SHELL_OPERATIONS: readonly ShellOperationName[] = ['shell.saveFile', 'shell.openExternal']

/** What the preload exposes on window.sidara, and nothing more. */
export interface PreloadBridge {
  invoke(name: string, input: unknown): Promise<unknown>
}
