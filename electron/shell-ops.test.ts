import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BrowserWindow } from 'electron'
import { answerShellOperation, safeFileName } from './shell-ops'
import type { Envelope } from '../src/contract/errors'
import * as fake from './testing/fake-electron'

vi.mock('electron', () => import('./testing/fake-electron'))

const dir = mkdtempSync(join(tmpdir(), 'sidara-save-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const DOCX_BYTES = Buffer.from('PK\u0003\u0004 isi dokumen')
/** The core as shell.saveDocument reaches it (ipc.ts passes dispatch with the window's session): builds one .docx. */
const callCore = vi.fn(async (_operation: string, _input: unknown, fileName = 'Lembar-Disposisi-0012-2026.docx'): Promise<Envelope<unknown>> => ({
  ok: true,
  data: { fileName, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: new Uint8Array(DOCX_BYTES) },
}))
const saveInput = (fields: Record<string, unknown> = {}) => ({ operation: 'documents.lembarDisposisi', input: { suratId: 12 }, open: false, ...fields })
const noWindow = { window: null, callCore }

beforeEach(() => {
  vi.clearAllMocks()
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
})

describe('safeFileName', () => {
  it.each([
    ['Lembar-Disposisi-0012-2026.docx', 'Lembar-Disposisi-0012-2026.docx'],
    ['../../Windows/System32/evil.docx', 'evil.docx'],
    ['C:\\Users\\x\\laporan.pdf', 'laporan.pdf'],
    ['Surat: "penting"?.docx', 'Surat_ _penting__.docx'],
    ['.bashrc', 'bashrc'],
    ['laporan.docx. . ', 'laporan.docx'],
    ['CON.docx', '_CON.docx'],
    ['', 'dokumen'],
    ['...', 'dokumen'],
  ])('%j -> %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected)
  })

  it('shortens long names and keeps the extension', () => {
    const name = safeFileName(`${'a'.repeat(300)}.docx`)
    expect(name).toHaveLength(150)
    expect(name.endsWith('.docx')).toBe(true)
  })
})

describe('shell.saveDocument', () => {
  it('writes the bytes to the path the save dialog returns', async () => {
    const target = join(dir, 'disposisi.docx')
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target })
    const env = await answerShellOperation('shell.saveDocument', saveInput(), noWindow)
    expect(env).toEqual({ ok: true, data: { saved: true, path: target, fileName: 'Lembar-Disposisi-0012-2026.docx' } })
    expect(callCore).toHaveBeenCalledWith('documents.lembarDisposisi', { suratId: 12 })
    expect(readFileSync(target)).toEqual(DOCX_BYTES)
    expect(fake.shell.openPath).not.toHaveBeenCalled()
    // The dialog starts in Documents with the suggested name, filtered to Word documents.
    const options = fake.dialog.showSaveDialog.mock.calls[0][0] as Record<string, unknown>
    expect(options.defaultPath).toBe(join(fake.app.paths.documents, 'Lembar-Disposisi-0012-2026.docx'))
    expect(options.filters).toEqual([
      { name: 'Dokumen Word', extensions: ['docx'] },
      { name: 'Semua Berkas', extensions: ['*'] },
    ])
  })

  it('starts the next save in the folder used last, and is modal to the asking window', async () => {
    const win = { id: 1 } as unknown as BrowserWindow
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true })
    callCore.mockImplementationOnce((op, input) => callCore(op, input, 'kedua.docx'))
    await answerShellOperation('shell.saveDocument', saveInput(), { window: win, callCore })
    const [parent, options] = fake.dialog.showSaveDialog.mock.calls[0] as [unknown, Record<string, unknown>]
    expect(parent).toBe(win)
    expect(options.defaultPath).toBe(join(dir, 'kedua.docx'))
  })

  it('opens the saved file when asked', async () => {
    const target = join(dir, 'dibuka.docx')
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target })
    const env = await answerShellOperation('shell.saveDocument', saveInput({ open: true }), noWindow)
    expect(env.ok).toBe(true)
    expect(fake.shell.openPath).toHaveBeenCalledWith(target)
  })

  it('adds the extension when the user typed a name without one', async () => {
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'tanpa-ekstensi') })
    const env = await answerShellOperation('shell.saveDocument', saveInput(), noWindow)
    expect(env).toEqual({ ok: true, data: { saved: true, path: join(dir, 'tanpa-ekstensi.docx'), fileName: 'Lembar-Disposisi-0012-2026.docx' } })
    expect(existsSync(join(dir, 'tanpa-ekstensi.docx'))).toBe(true)
  })

  it('writes nothing when the user cancels', async () => {
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true })
    const env = await answerShellOperation('shell.saveDocument', saveInput({ open: true }), noWindow)
    expect(env).toEqual({ ok: true, data: { saved: false, fileName: 'Lembar-Disposisi-0012-2026.docx' } })
    expect(fake.shell.openPath).not.toHaveBeenCalled()
  })

  it('reports a folder it cannot write to in Indonesian', async () => {
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'tidak-ada', 'x.docx') })
    const env = await answerShellOperation('shell.saveDocument', saveInput(), noWindow)
    expect(env).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(!env.ok && env.error.message).toMatch(/tidak dapat disimpan/)
  })

  it.each([
    ['an operation that answers no file', { operation: 'letters.list' }, 'operation'],
    ['no operation', { operation: undefined }, 'operation'],
    ['open not a boolean', { open: 'ya' }, 'open'],
  ])('validates its input: %s', async (_label, fields, field) => {
    const env = await answerShellOperation('shell.saveDocument', saveInput(fields), noWindow)
    expect(env).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(!env.ok && env.error.fields?.[field]).toBeTruthy()
    expect(callCore).not.toHaveBeenCalled()
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled()
  })

  it("passes the core's refusal on and shows no dialog", async () => {
    const refusal = { ok: false as const, error: { code: 'FORBIDDEN' as const, message: 'Anda tidak memiliki hak untuk melakukan tindakan ini.' } }
    callCore.mockResolvedValueOnce(refusal)
    expect(await answerShellOperation('shell.saveDocument', saveInput(), noWindow)).toEqual(refusal)
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled()
  })

  it('is refused where no core is reachable', async () => {
    expect(await answerShellOperation('shell.saveDocument', saveInput(), { window: null })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('refuses input that is not an object', async () => {
    const env = await answerShellOperation('shell.saveDocument', 'x', noWindow)
    expect(env).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })
})

describe('shell.openExternal', () => {
  it('opens an https link', async () => {
    const env = await answerShellOperation('shell.openExternal', { url: 'https://batam.go.id/' }, noWindow)
    expect(env).toEqual({ ok: true, data: { ok: true } })
    expect(fake.shell.openExternal).toHaveBeenCalledWith('https://batam.go.id/')
  })

  it.each(['javascript:alert(1)', 'file:///C:/Windows/System32/calc.exe', '\\\\server\\share\\x.exe'])('refuses %s', async (url) => {
    const env = await answerShellOperation('shell.openExternal', { url }, noWindow)
    expect(env).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { url: expect.stringMatching(/https/) } } })
    expect(fake.shell.openExternal).not.toHaveBeenCalled()
  })
})

it('answers an unknown shell operation with NOT_FOUND', async () => {
  expect(await answerShellOperation('shell.format', {}, noWindow)).toEqual({
    ok: false,
    error: { code: 'NOT_FOUND', message: 'Operasi tidak dikenal.' },
  })
})

describe('Kunci Segel Audit (Pengaturan -> Basis Data)', () => {
  const key = Buffer.alloc(32, 7)
  const auditKey = { existedBefore: true, key: () => key }

  it('shows only the fingerprint, and exports the key as text or a file only on a server', async () => {
    const { formatKeyText, keyFingerprint } = await import('../src/runtime/server-audit-key')
    const onServer = { window: null, auditKey, sqliteFile: '' }
    expect(await answerShellOperation('shell.auditKeyInfo', {}, onServer)).toEqual({ ok: true, data: { server: true, sidik: keyFingerprint(key) } })
    expect(await answerShellOperation('shell.exportAuditKey', { tujuan: 'teks' }, onServer)).toEqual({ ok: true, data: { saved: false, teks: formatKeyText(key) } })
    const out = join(dir, 'kunci-segel-audit.txt')
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: out })
    expect(await answerShellOperation('shell.exportAuditKey', { tujuan: 'berkas' }, onServer)).toEqual({ ok: true, data: { saved: true, path: out } })
    expect(readFileSync(out, 'utf8')).toBe(formatKeyText(key))

    const onFile = { window: null, auditKey, sqliteFile: '/data/sidara.sqlite' }
    expect(await answerShellOperation('shell.auditKeyInfo', {}, onFile)).toEqual({ ok: true, data: { server: false, sidik: '' } })
    expect(await answerShellOperation('shell.exportAuditKey', { tujuan: 'teks' }, onFile)).toMatchObject({ ok: false, error: { code: 'DOMAIN' } })
    expect(await answerShellOperation('shell.exportAuditKey', { tujuan: 'surel' }, onServer)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })
})
