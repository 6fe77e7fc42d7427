// Runs in a sandboxed preload: only 'electron' may be required at run time (channel.ts is inlined by the bundler,
// the shell contract import is types only). Exposes the API call and nothing else.
import { contextBridge, ipcRenderer } from 'electron'
import type { PreloadBridge } from '../src/api/contract/shell'
import { INVOKE_CHANNEL } from './channel'

const bridge: PreloadBridge = {
  invoke: (name, input) => ipcRenderer.invoke(INVOKE_CHANNEL, name, input),
}

contextBridge.exposeInMainWorld('sidara', bridge)
