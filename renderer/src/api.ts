import { isCommand, type Input, type OperationName, type Output } from '@core/contract'
import { createClient, type Transport } from '@core/contract/client'
import { AppError, type Envelope } from '@core/contract/errors'
import { FILE_ANSWER_HEADER, FILE_ANSWER_VALUE, fileFromResponse, uploadBody } from '@core/contract/binary-wire'
import type { PreloadBridge, ShellOperations } from '@core/contract/shell'

declare global {
  interface Window {
    /** Present only inside Electron (exposed by the preload). */
    sidara?: PreloadBridge
  }
}

const bridge = window.sidara

// Browser mode: JSON both ways, except bytes (binary-wire.ts): an input holding a Uint8Array goes as multipart, and
// a file answer comes back as its own bytes.
const httpTransport: Transport = async (name, input) => {
  let res: Response
  try {
    const form = uploadBody(input ?? {})
    res = await fetch(`/api/${name}`, {
      method: 'POST',
      // The browser writes the multipart Content-Type (with its boundary) itself.
      headers: form ? {} : { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: form ?? JSON.stringify(input ?? {}),
    })
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: 'Tidak dapat terhubung ke Sidara. Pastikan programnya masih berjalan.' } }
  }
  try {
    if (res.ok && res.headers.get(FILE_ANSWER_HEADER) === FILE_ANSWER_VALUE) return { ok: true, data: await fileFromResponse(res) }
    return (await res.json()) as Envelope<unknown>
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: `Jawaban server tidak dapat dibaca (HTTP ${res.status}).` } }
  }
}

const ipcTransport: Transport = (name, input) => bridge!.invoke(name, input) as Promise<Envelope<unknown>>

let sessionEnded: ((message: string) => void) | null = null

/** Called (with the core's reason) whenever the core answers that nobody is signed in (any call but the sign-in itself). */
export function onSessionEnded(listener: (message: string) => void): void {
  sessionEnded = listener
}

let ownChange: (() => void) | null = null

/**
 * Called after each command the core carried out for this window (one's own save, answered ok): the change feed reads
 * the Nomor Perubahan at once, so badges and open lists show one's own change without waiting for the next poll.
 */
export function onOwnChange(listener: () => void): void {
  ownChange = listener
}

const watching =
  (transport: Transport): Transport =>
  async (name, input) => {
    const envelope = await transport(name, input)
    if (!envelope.ok && envelope.error.code === 'UNAUTHENTICATED' && name !== 'session.login') sessionEnded?.(envelope.error.message)
    if (envelope.ok && isCommand(name)) ownChange?.()
    return envelope
  }

const transport = watching(bridge ? ipcTransport : httpTransport)

/** The typed API: `api.letters.register(input)`. Electron's bridge when present, HTTP otherwise. */
export const api = createClient(transport)

/** One operation called by its name (for helpers given the name, e.g. saveDocument); throws its AppError. */
export async function callOperation<K extends OperationName>(name: K, input: Input<K>): Promise<Output<K>> {
  const envelope = await transport(name, input)
  if (envelope.ok) return envelope.data as Output<K>
  throw new AppError(envelope.error.code, envelope.error.message, envelope.error.fields)
}

/** In Electron: calls `listener` with the router path of a desktop reminder the user clicked. Nothing in browser mode. */
export function onDesktopOpen(listener: (tautan: string) => void): void {
  bridge?.onBuka(listener)
}

/** True inside the Electron shell. */
export const isDesktop = !!bridge

/** Calls a desktop-only operation (native dialogs); undefined in browser mode. */
export async function shellCall<K extends keyof ShellOperations>(name: K, input: ShellOperations[K]['input']): Promise<ShellOperations[K]['output'] | undefined> {
  if (!bridge) return undefined
  const env = (await bridge.invoke(name, input)) as Envelope<ShellOperations[K]['output']>
  // An AppError like the core's calls, so a form can put field messages next to their fields.
  if (!env.ok) throw new AppError(env.error.code, env.error.message, env.error.fields)
  return env.data
}
