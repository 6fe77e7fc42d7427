import { isDesktop, shellCall } from './api'

/**
 * Hands a generated or stored file to the user: the desktop app asks where to save it and opens it; the browser
 * downloads it (or opens it in a tab for viewing).
 */
export async function saveFile(file: { fileName: string; mimeType: string; dataBase64: string }, open = true): Promise<boolean> {
  if (isDesktop) {
    const res = await shellCall('shell.saveFile', { ...file, open })
    return !!res?.saved
  }
  const url = URL.createObjectURL(base64ToBlob(file.dataBase64, file.mimeType))
  const a = document.createElement('a')
  a.href = url
  a.download = file.fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
  return true
}

export function base64ToBlob(dataBase64: string, mimeType: string): Blob {
  const bin = atob(dataBase64)
  const bytes = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i)
  return new Blob([bytes], { type: mimeType })
}

/** Reads a picked file as base64 (for the JSON API). */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(reader.error)
    reader.readAsDataURL(file)
  })
}
