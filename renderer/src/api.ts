import { createClient, type Transport } from '@core/contract/client'
import { AppError, type Envelope } from '@core/contract/errors'
import type { PreloadBridge, ShellOperations } from '@core/contract/shell'

declare global {
  interface Window {
    /** Present only inside Electron (exposed by the preload). */
    sidara?: PreloadBridge
  }
}

const bridge = window.sidara

const httpTransport: Transport = async (name, input) => {
  let res: Response
  try {
    res = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(input ?? {}),
    })
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: 'Tidak dapat terhubung ke Sidara. Pastikan programnya masih berjalan.' } }
  }
  try {
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

const watchingSession =
  (transport: Transport): Transport =>
  async (name, input) => {
    const envelope = await transport(name, input)
    if (!envelope.ok && envelope.error.code === 'UNAUTHENTICATED' && name !== 'session.login') sessionEnded?.(envelope.error.message)
    return envelope
  }

/** The typed API: `api.letters.register(input)`. Electron's bridge when present, HTTP otherwise. */
export const api = createClient(watchingSession(bridge ? ipcTransport : httpTransport))

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
