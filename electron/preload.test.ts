import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it, vi } from 'vitest'
import type { PreloadBridge } from '../src/contract/shell'
import * as fake from './testing/fake-electron'

vi.mock('electron', () => import('./testing/fake-electron'))

it('exposes window.sidara with exactly two functions, invoke and onBuka', async () => {
  await import('./preload')
  expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1)
  const [key, api] = fake.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>]
  expect(key).toBe('sidara')
  expect(Object.keys(api)).toEqual(['invoke', 'onBuka'])
  expect(typeof api.invoke).toBe('function')
})

it('invoke forwards to the one channel and returns its answer', async () => {
  await import('./preload')
  const api = fake.contextBridge.exposeInMainWorld.mock.calls[0][1] as PreloadBridge
  fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, data: 42 })
  await expect(api.invoke('letters.list', { page: 1 })).resolves.toEqual({ ok: true, data: 42 })
  expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith('sidara:invoke', 'letters.list', { page: 1 })
})

it('needs nothing at run time but electron (a sandboxed preload can require nothing else)', () => {
  const source = readFileSync(join(__dirname, 'preload.ts'), 'utf8')
  const runtimeImports = [...source.matchAll(/^import\s+(?!type\b)[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1])
  // channel.ts holds one string constant and is inlined by the bundler.
  expect(runtimeImports.sort()).toEqual(['./channel', 'electron'])
  expect(readFileSync(join(__dirname, 'channel.ts'), 'utf8')).not.toMatch(/^import /m)
})

it('onBuka passes only the path of a clicked reminder to the page, never the IPC event', async () => {
  await import('./preload')
  const api = fake.contextBridge.exposeInMainWorld.mock.calls[0][1] as PreloadBridge
  const opened: unknown[] = []
  api.onBuka((tautan) => opened.push(tautan))
  const [channel, handler] = fake.ipcRenderer.on.mock.calls.at(-1) as [string, (...args: unknown[]) => void]
  expect(channel).toBe('sidara:buka')
  handler({ sender: 'secret' }, '/surat-masuk/12')
  handler({ sender: 'secret' }, { not: 'a path' })
  expect(opened).toEqual(['/surat-masuk/12'])
})
