// Runs in a sandboxed preload: only 'electron' may be required at run time (channel.ts is inlined by the bundler,
// the shell contract import is types only). Exposes the API call and the "open this item" signal of a clicked desktop reminder, nothing else.
import { contextBridge, ipcRenderer } from 'electron'
import type { PreloadBridge } from '../src/contract/shell'
import { INVOKE_CHANNEL, OPEN_CHANNEL } from './channel'

const bridge: PreloadBridge = {
  invoke: (name, input) => ipcRenderer.invoke(INVOKE_CHANNEL, name, input),
  // Only a string crosses: the page never sees the IPC event (and so no sender or port).
  onBuka: (listener) => {
    ipcRenderer.on(OPEN_CHANNEL, (_event, tautan: unknown) => {
      if (typeof tautan === 'string') listener(tautan)
    })
  },
}

contextBridge.exposeInMainWorld('sidara', bridge)
