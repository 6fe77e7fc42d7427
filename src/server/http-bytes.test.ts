import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fileFromResponse, FILE_ANSWER_HEADER, uploadBody } from '../contract/binary-wire'
import { UPLOAD_MAX_BYTES, UPLOAD_TOO_LARGE_MESSAGE } from '../contract/files'
import { attachmentBytes } from '../services/attachments'
import { insertUser } from '../services/users'
import { docxText } from '../documents/testing/docx'
import { createTestCore, type TestCore } from '../testing/core'
import { startWebServer, type WebServer } from './http-server'

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex')

/** A 20 MB "scan": a PDF header, then bytes that are not all alike (so a truncation or a shift changes the hash). */
function scan(size: number): Uint8Array {
  const bytes = new Uint8Array(size)
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + (i >>> 11)) & 0xff
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'), 0)
  return bytes
}

describe('browser mode: files travel as bytes over HTTP (no base64)', () => {
  let t: TestCore
  let server: WebServer
  let cookie = ''
  const renderer = mkdtempSync(join(tmpdir(), 'sidara-renderer-'))

  /** An API call as the renderer's HTTP transport makes it: multipart when the input holds bytes, JSON otherwise. */
  const post = (name: string, input: unknown, headers: Record<string, string> = {}): Promise<Response> => {
    const form = uploadBody(input)
    return fetch(`${server.origin}/api/${name}`, {
      method: 'POST',
      headers: { Cookie: cookie, ...(form ? {} : { 'Content-Type': 'application/json' }), ...headers },
      body: form ?? JSON.stringify(input),
    })
  }

  beforeAll(async () => {
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Sidara</title>')
    // A fixed clock: the letters are received in the Buku Agenda's period.
    t = await createTestCore({ now: () => new Date('2026-11-24T03:00:00Z') })
    server = await startWebServer({ core: t.core, rendererDir: renderer })
    await insertUser(t.core.ds.manager, { username: 'sekre', nama: 'Sekre', password: 'rahasia-uji-123', roles: ['sekretariat'] }, new Date().toISOString())
    const open = await fetch(server.loginUrl, { redirect: 'manual' })
    cookie = open.headers.get('set-cookie')!.split(';')[0]
    const login = await post('session.login', { username: 'sekre', password: 'rahasia-uji-123' })
    cookie = login.headers.get('set-cookie')!.split(';')[0]
  })
  afterAll(async () => {
    await server.close()
    await t.close()
    rmSync(renderer, { recursive: true, force: true })
  })

  async function newLetter(): Promise<number> {
    const res = await post('letters.register', { nomorSurat: 'B/77/2026', tanggalSurat: '2026-11-20', asalSurat: 'Dinas Sosial', hal: 'Pindaian surat', sifat: 'Biasa', jenisPermohonan: 'Lainnya' })
    const env = (await res.json()) as { ok: boolean; data: { id: number } }
    expect(env.ok).toBe(true)
    return env.data.id
  }

  it('a 20 MB scan uploads as multipart; the stored bytes are the sent bytes; it comes back as a binary download', async () => {
    const letterId = await newLetter()
    const bytes = scan(20 * 1024 * 1024)
    const res = await post('letters.attach', { letterId, fileName: 'pindaian surat.pdf', mimeType: 'application/pdf', bytes, keterangan: 'Pindaian 40 halaman' })
    expect(res.status).toBe(200)
    const env = (await res.json()) as { ok: boolean; data: { id: number; size: number; sha256: string } }
    expect(env).toMatchObject({ ok: true, data: { size: bytes.length, sha256: sha256(bytes) } })
    expect(sha256(await attachmentBytes(t.core.ds.manager, env.data.id))).toBe(sha256(bytes))

    const down = await post('attachments.content', { id: env.data.id })
    expect(down.headers.get(FILE_ANSWER_HEADER)).toBe('berkas')
    expect(down.headers.get('content-type')).toBe('application/pdf')
    expect(down.headers.get('content-disposition')).toBe(`attachment; filename="pindaian surat.pdf"; filename*=UTF-8''pindaian%20surat.pdf`)
    const file = await fileFromResponse(down)
    expect(file.fileName).toBe('pindaian surat.pdf')
    expect(sha256(file.bytes)).toBe(sha256(bytes))
  })

  it('an upload over the limit is refused with its Indonesian message, and nothing is stored', async () => {
    const letterId = await newLetter()
    const res = await post('letters.attach', { letterId, fileName: 'besar.pdf', mimeType: 'application/pdf', bytes: scan(UPLOAD_MAX_BYTES + 2 * 1024 * 1024) })
    expect(res.status).toBe(413)
    expect(await res.json()).toEqual({ ok: false, error: { code: 'VALIDATION', message: UPLOAD_TOO_LARGE_MESSAGE, fields: { file: UPLOAD_TOO_LARGE_MESSAGE } } })
    const letter = (await (await post('letters.get', { id: letterId })).json()) as { data: { attachments: unknown[] } }
    expect(letter.data.attachments).toEqual([])
  })

  it('base64 in JSON is no longer a file: the field asks for the file again', async () => {
    const letterId = await newLetter()
    const res = await post('letters.attach', { letterId, fileName: 'a.pdf', mimeType: 'application/pdf', bytes: Buffer.from('%PDF-1.4').toString('base64') })
    const env = (await res.json()) as { ok: boolean; error: { fields: Record<string, string> } }
    expect(env.ok).toBe(false)
    expect(env.error.fields.bytes).toBe('Isi berkas tidak terbaca; pilih berkasnya lagi.')
  })

  it('a multipart body that does not follow the wire is refused as unreadable (no prototype keys, no stray parts)', async () => {
    for (const name of ['__proto__.bytes', 'tidakAda', 'letterId']) {
      const form = new FormData()
      form.append('masukan', JSON.stringify({ letterId: 1, fileName: 'a.pdf', mimeType: 'application/pdf', bytes: null }))
      form.append(name, new Blob([new Uint8Array([0x25, 0x50])]), 'berkas')
      const res = await fetch(`${server.origin}/api/letters.attach`, { method: 'POST', headers: { Cookie: cookie }, body: form })
      expect(res.status, name).toBe(400)
      expect(await res.json()).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'Permintaan tidak dapat dibaca.' } })
    }
  })

  it('a generated document downloads as its bytes, not as base64 inside JSON', async () => {
    const res = await post('documents.bukuAgenda', { dari: '2026-11-01', sampai: '2026-11-30', format: 'docx' })
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    const file = await fileFromResponse(res)
    expect(file.fileName).toMatch(/\.docx$/)
    expect((await docxText(file.bytes)).text).toContain('B/77/2026')
  })

  it('the per-launch cookie and the origin check hold for uploads too', async () => {
    const form = uploadBody({ letterId: 1, fileName: 'a.pdf', mimeType: 'application/pdf', bytes: scan(10) })!
    expect((await fetch(`${server.origin}/api/letters.attach`, { method: 'POST', body: form })).status).toBe(401)
    const foreign = await fetch(`${server.origin}/api/letters.attach`, { method: 'POST', headers: { Cookie: cookie, Origin: 'https://evil.example' }, body: uploadBody({ letterId: 1, bytes: scan(10) })! })
    expect(foreign.status).toBe(401)
  })
})
