// Bytes over the desktop's IPC (issue 14, item 4): an upload crosses as a Uint8Array, a generated document is built
// and saved in the main process and never crosses at all. The fake IPC clones like Electron and records what crossed.
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BrowserWindow as ElectronWindow } from 'electron'
import type { CaseDetail, CaseRow, StepInput } from '../src/contract/cases'
import { dispatch } from '../src/api/dispatch'
import { DEMO_PASSWORD, fillDemoData } from '../src/demo/demo'
import { todayInOffice } from '../src/domain/dates'
import { pngImage } from '../src/documents/kit/testing/png'
import { docxText } from '../src/documents/testing/docx'
import { newSession, type Session } from '../src/runtime/session'
import { attachmentBytes } from '../src/services/attachments'
import { createTestCore, type TestCore } from '../src/testing/core'
import { APP_ORIGIN, trustedOrigins } from './app-origin'
import { INVOKE_CHANNEL } from './channel'
import { registerIpc, type IpcBridge } from './ipc'
import * as fake from './testing/fake-electron'

vi.mock('electron', () => import('./testing/fake-electron'))
vi.mock('../src/api/dispatch', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/api/dispatch')>()
  return { ...real, dispatch: vi.fn(real.dispatch) }
})

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')
let t: TestCore
let bridge: IpcBridge
const dir = mkdtempSync(join(tmpdir(), 'sidara-ipc-bytes-'))

/** A demo case carried to its Berita Acara (SOP step 10), and the BA's number. */
let baCase: number
let baNomor: string

/** The demo case waiting at the form (step 7), carried through step 10 as demo.test.ts does, so its BA is issued. */
async function caseWithBeritaAcara(): Promise<void> {
  const login = async (username: string): Promise<Session> => {
    const s = newSession('test')
    await t.call(s, 'session.login', { username, password: DEMO_PASSWORD })
    return s
  }
  const timdc = await login('timdc')
  const atForm = ((await t.call(timdc, 'kasus.list', { pageSize: 50 })).items as CaseRow[]).find((c) => c.langkahNo === 7)!
  const get = async () => (await t.call(timdc, 'kasus.get', { id: atForm.id })) as CaseDetail
  const act = async (input: StepInput) => t.call(timdc, 'kasus.act', { kasusId: atForm.id, versi: (await get()).versi, input })
  const ids = (await get()).perangkat.map((d) => d.perangkatId)
  const today = todayInOffice(t.core.clock())
  await act({ langkah: 'formulir', tanggalKembali: today, penanggungJawab: { nama: 'Budi Santoso' }, perangkat: ids.map((perangkatId) => ({ perangkatId, dikonfirmasi: true })) })
  await t.call(timdc, 'kasus.attachPhoto', { kasusId: atForm.id, fileName: 'rak.png', bytes: pngImage(40, 30, (x, y) => [x * 6, y * 8, 120, 255]), keterangan: 'Server dilepas dari rak' })
  await act({ langkah: 'pendampingan', tanggal: today, jam: '09:30', wakilOpd: { nama: 'Budi Santoso' }, verifikasi: ids.map((perangkatId) => ({ perangkatId, serialSesuai: true, merekTipeSesuai: true, spesifikasiSesuai: true })) })
  await act({ langkah: 'hapus-monitoring', perangkat: ids.map((perangkatId) => ({ perangkatId, waktu: `${today}T10:00` })) })
  const pihakPertama = Number((await t.core.ds.query("SELECT pegawai_id AS id FROM app_user WHERE username = 'timdc'"))[0].id)
  const done = (await act({
    langkah: 'laporan', tanggal: today, pihakPertamaPegawaiId: pihakPertama, mengetahui: 'kasi-it', ringkasan: 'Perangkat ditarik dalam keadaan baik.',
    pihakKedua: { nama: 'Budi Santoso', nip: '', jabatan: 'Kasubbag Umum', instansi: atForm.pemohon },
  })) as CaseDetail
  baCase = atForm.id
  baNomor = done.dokumen.find((d) => d.jenis === 'ba-penarikan')!.nomor
}

beforeAll(async () => {
  t = await createTestCore()
  await fillDemoData(t.core, 5)
  await caseWithBeritaAcara()
  bridge = registerIpc({ core: t.core, origins: trustedOrigins(false, '') })
}, 120_000)
afterAll(async () => {
  bridge.dispose()
  await t.close()
  rmSync(dir, { recursive: true, force: true })
})
beforeEach(() => {
  vi.mocked(dispatch).mockClear()
  fake.dialog.showSaveDialog.mockReset()
  fake.ipcTraffic.length = 0
})

const invoke = (win: fake.BrowserWindow, name: string, input: unknown = {}) => fake.invokeFrom(win.webContents, win.webContents.mainFrame, INVOKE_CHANNEL, name, input)

/** A tracked app window signed in as `username` (through the IPC, like the sign-in screen). */
async function signedInWindow(username: string): Promise<fake.BrowserWindow> {
  const win = new fake.BrowserWindow({})
  win.webContents.mainFrame.url = `${APP_ORIGIN}/index.html`
  bridge.trackWindow(win as unknown as ElectronWindow)
  expect(await invoke(win, 'session.login', { username, password: DEMO_PASSWORD })).toMatchObject({ ok: true })
  return win
}

/** Every string that crossed the IPC, both ways (base64 would show up here as a long one). */
function stringsCrossed(): string[] {
  const out: string[] = []
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v)
    else if (v && typeof v === 'object' && !(v instanceof Uint8Array)) Object.values(v).forEach(walk)
  }
  fake.ipcTraffic.forEach((m) => walk([m.args, m.answer]))
  return out
}

describe('desktop: bytes over IPC', () => {
  it('a 20 MB scan crosses as a Uint8Array and is stored byte for byte', async () => {
    const win = await signedInWindow('sekretariat')
    const letter = (await invoke(win, 'letters.register', {
      nomorSurat: 'B/88/2026', tanggalSurat: '2026-11-20', asalSurat: 'Dinas Sosial', hal: 'Pindaian surat', sifat: 'Biasa', jenisPermohonan: 'Lainnya',
    })) as { ok: true; data: { id: number } }
    const bytes = new Uint8Array(20 * 1024 * 1024)
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + (i >>> 11)) & 0xff
    bytes.set(new TextEncoder().encode('%PDF-1.7\n'), 0)
    fake.ipcTraffic.length = 0
    const env = (await invoke(win, 'letters.attach', { letterId: letter.data.id, fileName: 'pindaian.pdf', mimeType: 'application/pdf', bytes, keterangan: '' })) as { ok: true; data: { id: number; sha256: string } }
    expect(env).toMatchObject({ ok: true, data: { size: bytes.length, sha256: sha256(bytes) } })
    expect(sha256(await attachmentBytes(t.core.ds.manager, env.data.id))).toBe(sha256(bytes))
    // What crossed: the bytes as bytes, and no string longer than the file name.
    const sent = fake.ipcTraffic[0].args[1] as { bytes: unknown }
    expect(sent.bytes).toBeInstanceOf(Uint8Array)
    expect(Math.max(...stringsCrossed().map((s) => s.length))).toBeLessThan(100)
  })

  it('a generated Berita Acara is built and saved by the main process: only where it went crosses back', async () => {
    const win = await signedInWindow('kasi')
    const target = join(dir, 'BA.docx')
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target })
    fake.ipcTraffic.length = 0
    vi.mocked(dispatch).mockClear()
    const env = await invoke(win, 'shell.saveDocument', { operation: 'kasus.document', input: { kasusId: baCase, jenis: 'ba-penarikan' }, open: false })
    expect(env).toEqual({ ok: true, data: { saved: true, path: target, fileName: expect.stringMatching(/\.docx$/) } })
    // The core was asked once, in-process, with this window's session (its permissions, its audit).
    expect(vi.mocked(dispatch).mock.calls.map((c) => [c[2], c[3]])).toEqual([['kasus.document', { kasusId: baCase, jenis: 'ba-penarikan' }]])
    expect(vi.mocked(dispatch).mock.calls[0][1]).toBe(bridge.sessionOf(win as unknown as ElectronWindow))
    // The dialog is modal to the window and proposes the core's file name; the path is the user's choice.
    const [parent, options] = fake.dialog.showSaveDialog.mock.calls[0] as [unknown, { defaultPath: string }]
    expect(parent).toBe(win)
    expect(options.defaultPath.endsWith((env as { data: { fileName: string } }).data.fileName)).toBe(true)
    expect((await docxText(await readFile(target))).text).toContain(baNomor)
    // Nothing of the document crossed the IPC: no bytes, no base64.
    expect(JSON.stringify(fake.ipcTraffic).length).toBeLessThan(1000)
    expect(fake.ipcTraffic.flatMap((m) => [m.args, m.answer]).some((v) => JSON.stringify(v).includes('"bytes"'))).toBe(false)
  })

  it('cancelling the dialog saves nothing and opens nothing; a user without the role gets the core refusal and no dialog', async () => {
    const kasi = await signedInWindow('kasi')
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true })
    const cancelled = await invoke(kasi, 'shell.saveDocument', { operation: 'kasus.document', input: { kasusId: baCase, jenis: 'ba-penarikan' }, open: true })
    expect(cancelled).toEqual({ ok: true, data: { saved: false, fileName: expect.stringMatching(/\.docx$/) } })
    expect(fake.shell.openPath).not.toHaveBeenCalled()

    // Buku Agenda is for the Sekretariat and the leaders; the Tim DC may not print it (contract/documents.ts).
    const timdc = await signedInWindow('timdc')
    fake.dialog.showSaveDialog.mockClear()
    const refused = await invoke(timdc, 'shell.saveDocument', { operation: 'documents.bukuAgenda', input: { dari: '2026-11-01', sampai: '2026-11-30' }, open: false })
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled()
  })
})
