import type { Input } from '@core/contract'
import type { DocumentOperationName, FileBytes } from '@core/contract/files'
import { callOperation, isDesktop, shellCall } from './api'

/**
 * Generate-and-save a document (or save a stored file) for the user. In the desktop app the main process does it all
 * (shell.saveDocument: the core builds it, the native dialog asks where, main writes it and opens it when `open`), so
 * the bytes never come to this window. In the browser the server answers with the bytes and the browser downloads
 * them. `saved` is false when the user cancelled the dialog; AppErrors of the core (fields included) are thrown.
 */
export async function saveDocument<K extends DocumentOperationName>(operation: K, input: Input<K>, open = true): Promise<{ saved: boolean; fileName: string }> {
  if (isDesktop) {
    const res = await shellCall('shell.saveDocument', { operation, input, open } as never)
    return { saved: !!res?.saved, fileName: res?.fileName ?? '' }
  }
  const file = (await callOperation(operation, input)) as FileBytes
  download(file)
  return { saved: true, fileName: file.fileName }
}

/** A browser download of a file the server sent as bytes. */
function download(file: FileBytes): void {
  const url = URL.createObjectURL(blobOf(file))
  const a = document.createElement('a')
  a.href = url
  a.download = file.fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** A file's bytes as a Blob of its type (for a blob: URL to show a photo or the logo). */
export function blobOf(file: Pick<FileBytes, 'bytes' | 'mimeType'>): Blob {
  return new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mimeType })
}

/** The bytes of a picked file, as the API takes them (over IPC a structured clone, in the browser a multipart part). */
export async function bytesOf(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer())
}
